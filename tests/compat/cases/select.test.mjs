// Vertical filtering: columns, *, renames, casts, JSON paths, every column type's JSON, HEAD and OPTIONS.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, rest, supabase } from '../lib/client.mjs';
import { ok, pick, same, sorted } from '../lib/expect.mjs';
import { posts, profiles, samples } from '../fixture/seed.mjs';

describe('select', () => {
  test('select=* returns every seeded row with every column (postgrest-js)', async () => {
    const data = ok(await rest().from('profiles').select('*').order('id'), 200);
    same(data, sorted(profiles, 'id'));
  });

  test('no select parameter means *', async () => {
    const res = await http('GET', 'profiles?order=id');
    assert.equal(res.status, 200);
    same(res.json, sorted(profiles, 'id'));
  });

  test('named columns only, in any order (supabase-js)', async () => {
    const data = ok(await supabase().from('posts').select('views,title').order('id'));
    same(data, pick(sorted(posts, 'id'), 'views', 'title'));
    assert.deepEqual(Object.keys(data[0]).sort(), ['title', 'views']);
  });

  test('renames with alias:column', async () => {
    const data = ok(await rest().from('profiles').select('handle:username,score:karma').order('username'));
    same(data, pick(sorted(profiles, 'username'), 'handle:username', 'score:karma'));
  });

  test('the same column twice under two aliases', async () => {
    const data = ok(await rest().from('profiles').select('a:username,b:username').eq('username', 'bob'));
    same(data, [{ a: 'bob', b: 'bob' }]);
  });

  test('casts with ::text turn numbers into strings', async () => {
    const data = ok(await rest().from('posts').select('id,views::text').order('id'));
    same(data, sorted(posts, 'id').map((p) => ({ id: p.id, views: String(p.views) })));
  });

  test('a cast keeps an alias', async () => {
    const data = ok(await rest().from('profiles').select('k:karma::text').eq('username', 'carol'));
    same(data, [{ k: '75' }]);
  });

  test('JSON path -> keeps JSON (number) and names the key after the last step', async () => {
    const data = ok(await rest().from('samples').select('id,c_jsonb->a').in('id', [1, 2]).order('id'));
    same(data, [{ id: 1, a: 2 }, { id: 2, a: 3 }]);
  });

  test('JSON path ->> returns text', async () => {
    const data = ok(await rest().from('samples').select('id,c_jsonb->>a').in('id', [1, 2]).order('id'));
    same(data, [{ id: 1, a: '2' }, { id: 2, a: '3' }]);
  });

  test('nested JSON paths, array indexes and aliases', async () => {
    const data = ok(await rest().from('samples')
      .select('id,k:c_jsonb->nested->>k,first:c_jsonb->tags->0,c_json->c->d').in('id', [1, 2]).order('id'));
    same(data, [{ id: 1, k: 'v', first: 'x', d: 'x' }, { id: 2, k: 'w', first: null, d: null }]);
  });

  test('a JSON path on a null or scalar value gives null', async () => {
    const data = ok(await rest().from('samples').select('id,c_jsonb->a').in('id', [3, 4]).order('id'));
    same(data, [{ id: 3, a: null }, { id: 4, a: null }]);
  });

  for (const row of samples) {
    test(`every column type round-trips as PostgREST's JSON: samples row ${row.id}`, async () => {
      const data = ok(await supabase().from('samples').select('*').eq('id', row.id));
      same(data, [row]);
    });
  }

  test('bytea is hex text with a \\x prefix, uuid lower case, date and time as written', async () => {
    const data = ok(await rest().from('samples').select('c_bytes,c_uuid,c_date,c_time').eq('id', 1).single());
    assert.deepEqual(data, { c_bytes: '\\x0102ff', c_uuid: samples[0].c_uuid, c_date: '2024-02-29', c_time: '09:30:00' });
  });

  test('responses are application/json; charset=utf-8', async () => {
    const res = await http('GET', 'tags?select=id&limit=1');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json;\s*charset=utf-8$/i);
  });

  test('HEAD answers like GET without a body (postgrest-js head: true)', async () => {
    const result = await rest().from('posts').select('*', { head: true, count: 'exact' });
    assert.equal(result.status, 200);
    assert.equal(result.error, null);
    assert.equal(result.data, null);
    assert.equal(result.count, posts.length);
    const res = await http('HEAD', 'posts?select=id');
    assert.equal(res.status, 200);
    assert.equal(res.text, '');
    assert.equal(res.headers.get('content-range'), `0-${posts.length - 1}/*`);
  });

  test('OPTIONS lists the verbs a table allows', async () => {
    const res = await http('OPTIONS', 'posts');
    assert.equal(res.status, 200);
    const allowed = (res.headers.get('allow') ?? '').split(',').map((v) => v.trim().toUpperCase()).sort();
    assert.deepEqual(allowed, ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
  });

  test('filters may use columns that are not selected', async () => {
    const data = ok(await rest().from('posts').select('title').eq('status', 'archived').order('id'));
    same(data, pick(sorted(posts.filter((p) => p.status === 'archived'), 'id'), 'title'));
  });

  test('Server-Timing reports the parse, plan, render and db stages', async () => {
    const res = await http('GET', 'posts?select=id&id=eq.1');
    assert.equal(res.status, 200);
    const timing = res.headers.get('server-timing') ?? '';
    const names = timing.split(',').map((m) => m.trim().split(';')[0]);
    for (const stage of ['parse', 'plan', 'render', 'db']) {
      assert.ok(names.includes(stage), `Server-Timing '${timing}' lacks ${stage}`);
    }
  });
});
