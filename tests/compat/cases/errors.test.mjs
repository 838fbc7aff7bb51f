// Error bodies and statuses: database errors (23505, 23503, 23502, 23514, 22P02, 22003, 42703), schema errors
// (PGRST200, PGRST201, PGRST204, PGRST205), grammar errors (PGRST100, PGRST108, PGRST122). Every body is exactly
// {code, message, details, hint} and never holds SQL; a refused write leaves the table as it was.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchName, http, rest, supabase } from '../lib/client.mjs';
import { assertClientError, assertErrorBody, assertHttpError } from '../lib/expect.mjs';
import { given, items, readBatch } from '../lib/rows.mjs';

describe('database errors', () => {
  test('a duplicate unique value is 409 23505', async () => {
    const batch = batchName('err-unique');
    await given('items', items(batch, 1));
    const res = await http('POST', 'items', { body: { batch, sku: `${batch}-1`, name: 'Twin' } });
    assertHttpError(res, 409, '23505');
    assert.equal((await readBatch('items', batch)).length, 1);
  });

  test('a foreign key to nothing is 409 23503 (supabase-js)', async () => {
    const batch = batchName('err-fk');
    assertClientError(await supabase().from('items').insert(items(batch, 1, () => ({ vendor_id: 987654321 }))), 409, '23503');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('null in a required column is 400 23502', async () => {
    const batch = batchName('err-notnull');
    assertClientError(await rest().from('items').insert({ batch, sku: `${batch}-1`, name: null }), 400, '23502');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('a check constraint is 400 23514', async () => {
    const batch = batchName('err-check');
    assertClientError(await rest().from('items').insert(items(batch, 1, () => ({ qty: -1 }))), 400, '23514');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('max_length from the spec is a check: 400 23514', async () => {
    const batch = batchName('err-length');
    assertClientError(await rest().from('items').insert(items(batch, 1, () => ({ name: 'x'.repeat(101) }))), 400, '23514');
  });

  test('pattern from the spec is a check: 400 23514', async () => {
    const batch = batchName('err-pattern');
    assertClientError(await rest().from('items').insert({ batch, sku: 'no spaces allowed', name: 'Bad sku' }), 400, '23514');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('a value that does not parse for the column in the body is 400 22P02', async () => {
    const batch = batchName('err-body-type');
    assertClientError(await rest().from('items').insert(items(batch, 1, () => ({ qty: 'lots' }))), 400, '22P02');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('a value not in the enum is 400 22P02', async () => {
    const batch = batchName('err-enum');
    assertClientError(await rest().from('items').insert(items(batch, 1, () => ({ kind: 'gadget' }))), 400, '22P02');
  });

  test('a filter value that does not parse for an integer is 400 22P02', async () => {
    assertClientError(await rest().from('posts').select('id').eq('views', 'abc'), 400, '22P02');
  });

  test('a filter value that is not a uuid is 400 22P02', async () => {
    assertClientError(await rest().from('posts').select('id').eq('author_id', 'not-a-uuid'), 400, '22P02');
  });

  test('a filter value out of range for a smallint is 400 22003', async () => {
    assertHttpError(await http('GET', 'samples?select=id&c_small=eq.40000'), 400, '22003');
  });

  test('an unknown column in select is 400 42703', async () => {
    assertClientError(await rest().from('posts').select('id,titel'), 400, '42703');
  });

  test('an unknown column in a filter is 400 42703', async () => {
    assertClientError(await rest().from('posts').select('id').eq('viewz', 1), 400, '42703');
  });

  test('an unknown column in order is 400 42703', async () => {
    assertClientError(await rest().from('posts').select('id').order('nope'), 400, '42703');
  });

  test('an unknown column in an insert body is 400 PGRST204', async () => {
    const batch = batchName('err-pgrst204');
    const res = await http('POST', 'items', { body: { batch, sku: `${batch}-1`, name: 'x', colour: 'red' } });
    assertHttpError(res, 400, 'PGRST204');
    assert.match(res.json.message, /colour/);
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('an unknown column in columns= is 400 PGRST204', async () => {
    assertHttpError(await http('POST', 'items?columns=batch,sku,name,nope', { body: { batch: 'b', sku: 'b-1', name: 'x' } }), 400, 'PGRST204');
  });
});

describe('schema errors', () => {
  test('an unknown table is 404 PGRST205 with a hint naming the closest one', async () => {
    const res = await http('GET', 'post?select=id');
    assertHttpError(res, 404, 'PGRST205');
    assert.match(String(res.json.hint), /posts/);
  });

  test('an unknown table through postgrest-js', async () => {
    assertClientError(await rest().from('no_such_table').select('*'), 404, 'PGRST205');
  });

  test('an ambiguous embed is 300 PGRST201 listing both relationships', async () => {
    const res = await http('GET', 'posts?select=id,profiles(username)');
    assertHttpError(res, 300, 'PGRST201');
    assert.ok(Array.isArray(res.json.details), 'details is the candidate list');
    assert.equal(res.json.details.length, 2);
    for (const candidate of res.json.details) {
      assert.deepEqual(Object.keys(candidate).sort(), ['cardinality', 'embedding', 'relationship']);
      assert.equal(candidate.cardinality, 'many-to-one');
    }
    assert.match(res.json.hint, /profiles!/);
  });

  test('an embed of an unrelated table is 400 PGRST200', async () => {
    assertClientError(await rest().from('tags').select('id,samples(id)'), 400, 'PGRST200');
  });

  test('an embed of an unknown name is 400 PGRST200 with a hint', async () => {
    const res = await http('GET', 'posts?select=id,coments(id)');
    assertHttpError(res, 400, 'PGRST200');
    assert.match(String(res.json.hint), /comments/);
  });

  test('a hint that matches no relationship is 400 PGRST200', async () => {
    assertHttpError(await http('GET', 'posts?select=id,profiles!nope(username)'), 400, 'PGRST200');
  });
});

describe('grammar errors', () => {
  test('an unbalanced select is 400 PGRST100', async () => {
    assertHttpError(await http('GET', 'posts?select=id,comments(id'), 400, 'PGRST100');
  });

  test('an unknown operator is 400 PGRST100', async () => {
    assertHttpError(await http('GET', 'posts?id=equals.1'), 400, 'PGRST100');
  });

  test('a bad order direction is 400 PGRST100', async () => {
    assertHttpError(await http('GET', 'posts?order=id.sideways'), 400, 'PGRST100');
  });

  test('an unclosed or= is 400 PGRST100', async () => {
    assertHttpError(await http('GET', 'posts?or=(id.eq.1,id.eq.2'), 400, 'PGRST100');
  });

  test('a filter on an embed that is not selected is 400 PGRST108', async () => {
    assertHttpError(await http('GET', 'posts?select=id&comments.likes=gt.1'), 400, 'PGRST108');
  });

  test('handling=strict with an unknown preference is 400 PGRST122', async () => {
    assertHttpError(await http('GET', 'posts?select=id', { headers: { Prefer: 'handling=strict, frobnicate' } }), 400, 'PGRST122');
  });

  test('handling=lenient (the default) ignores an unknown preference', async () => {
    const res = await http('GET', 'posts?select=id&id=eq.1', { headers: { Prefer: 'handling=lenient, frobnicate' } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, [{ id: 1 }]);
  });

  test('every error body carries a JSON content type', async () => {
    const res = await http('GET', 'posts?select=nope');
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/i);
    assertErrorBody(res.json, '42703');
  });
});
