// Access before policies exist: the service_role key (or any HS256 token signed with the spec's secret carrying
// role service_role) may do everything; anon and authenticated are refused with 42501 (401/403); a missing, forged,
// expired or malformed token is 401 with PGRST301/PGRST302/PGRST303. A refused write changes nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchName, http, rest, supabase } from '../lib/client.mjs';
import { assertClientError, assertErrorBody, ok } from '../lib/expect.mjs';
import { anonKey, badTokens, claims, serviceKey, signJwt, userToken } from '../lib/jwt.mjs';
import { items, readBatch } from '../lib/rows.mjs';
import { U, posts } from '../fixture/seed.mjs';

const readPost1 = async () => ok(await rest().from('posts').select('*').eq('id', 1).single());

describe('allowed', () => {
  test('the service_role key reads through postgrest-js', async () => {
    const data = ok(await rest(serviceKey).from('tags').select('id').order('id'), 200);
    assert.equal(data.length, 6);
  });

  test('the service_role key reads through supabase-js createClient(url, key)', async () => {
    const data = ok(await supabase(serviceKey).from('profiles').select('username').eq('id', U.alice));
    assert.deepEqual(data, [{ username: 'alice' }]);
  });

  test('any token signed with the secret carrying role service_role is accepted', async () => {
    const token = signJwt(claims('service_role', { sub: 'ops-script', extra: { nested: true } }));
    const data = ok(await rest(token).from('tags').select('name').eq('id', 1));
    assert.deepEqual(data, [{ name: 'sql' }]);
  });
});

describe('refused', () => {
  test('the anon key is 401 42501 (no policy grants anon)', async () => {
    assertClientError(await rest(anonKey).from('posts').select('id'), 401, '42501');
  });

  test('the anon key through supabase-js is 401 42501', async () => {
    assertClientError(await supabase(anonKey).from('tags').select('id'), 401, '42501');
  });

  test('an authenticated user is 403 42501 (no policy grants it)', async () => {
    assertClientError(await rest(userToken(U.bob)).from('posts').select('id'), 403, '42501');
  });

  test('no token at all is 401', async () => {
    const res = await http('GET', 'posts?select=id', { token: null });
    assert.equal(res.status, 401, res.text);
    assertErrorBody(res.json, res.json?.code);
    assert.ok(['42501', 'PGRST302'].includes(res.json.code), `code ${res.json.code}`);
  });

  test('an expired token is 401 PGRST303', async () => {
    assertClientError(await rest(badTokens.expired).from('posts').select('id'), 401, 'PGRST303');
  });

  test('a token signed with another secret is 401 PGRST301', async () => {
    assertClientError(await rest(badTokens.forged).from('posts').select('id'), 401, 'PGRST301');
  });

  test('an unsigned token (alg: none) is 401 PGRST301', async () => {
    assertClientError(await rest(badTokens.algNone).from('posts').select('id'), 401, 'PGRST301');
  });

  test('a token that is not a JWT is 401 PGRST301', async () => {
    assertClientError(await rest(badTokens.garbage).from('posts').select('id'), 401, 'PGRST301');
  });

  test('an empty bearer token is 401 PGRST301', async () => {
    const res = await http('GET', 'posts?select=id', { token: null, headers: { Authorization: 'Bearer ' } });
    assert.equal(res.status, 401, res.text);
    assertErrorBody(res.json, 'PGRST301');
  });

});

describe('a refused write changes nothing', () => {
  test('an anon insert is refused and inserts nothing', async () => {
    const batch = batchName('acc-anon-insert');
    assertClientError(await rest(anonKey).from('items').insert(items(batch, 2)), 401, '42501');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('an anon update is refused and the row is unchanged', async () => {
    const before = await readPost1();
    const result = await rest(anonKey).from('posts').update({ title: 'Hacked' }).eq('id', 1);
    assert.equal(result.status, 401);
    assert.equal(result.error?.code, '42501');
    assert.deepEqual(await readPost1(), before);
    assert.equal(before.title, posts[0].title);
  });

  test('an anon delete is refused and the row remains', async () => {
    const result = await rest(anonKey).from('posts').delete().eq('id', 1);
    assert.equal(result.status, 401);
    assert.equal(result.error?.code, '42501');
    assert.equal((await readPost1()).id, 1);
  });

  test('a forged service_role token cannot write', async () => {
    const batch = batchName('acc-forged');
    assertClientError(await rest(badTokens.forged).from('items').insert(items(batch, 1)), 401, 'PGRST301');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('an expired service_role token cannot update', async () => {
    const before = await readPost1();
    const result = await rest(badTokens.expired).from('posts').update({ views: 0 }).eq('id', 1);
    assert.equal(result.status, 401);
    assert.deepEqual(await readPost1(), before);
  });

  test('an authenticated user cannot upsert', async () => {
    const batch = batchName('acc-user-upsert');
    assertClientError(await rest(userToken(U.alice)).from('kv').upsert({ key: `${batch}-a`, batch, value: 'v' }), 403, '42501');
    assert.deepEqual(await readBatch('kv', batch), []);
  });
});
