// Upserts: POST with resolution=merge-duplicates|ignore-duplicates, on the primary key or on_conflict, with
// missing=default; and PUT, the single-row upsert, with its PGRST105/114/115 errors.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchName, http, rest, supabase } from '../lib/client.mjs';
import { assertClientError, assertHttpError, ok } from '../lib/expect.mjs';
import { given, items, readBatch } from '../lib/rows.mjs';

const kv = (batch, name, value, extra = {}) => ({ key: `${batch}-${name}`, batch, value, ...extra });

describe('upsert (POST with resolution)', () => {
  test('merge-duplicates on the primary key updates existing rows and inserts new ones', async () => {
    const batch = batchName('ups-merge');
    await given('kv', [kv(batch, 'a', 'old a', { version: 1 }), kv(batch, 'b', 'old b', { version: 5 })]);
    const data = ok(await rest().from('kv').upsert([kv(batch, 'b', 'new b'), kv(batch, 'c', 'new c')]).select('key,value,version'), 201);
    assert.deepEqual([...data].sort((x, y) => x.key.localeCompare(y.key)),
      [{ key: `${batch}-b`, value: 'new b', version: 5 }, { key: `${batch}-c`, value: 'new c', version: 1 }]);
    assert.deepEqual(await readBatch('kv', batch, 'key,value,version'), [
      { key: `${batch}-a`, value: 'old a', version: 1 },
      { key: `${batch}-b`, value: 'new b', version: 5 },
      { key: `${batch}-c`, value: 'new c', version: 1 },
    ]);
  });

  // Known gap: Basalt answers 201 for every POST; telling an upsert's insert from its update needs the engine to
  // report which happened, and SQLite's RETURNING cannot. Kept as a todo so it shows in every run.
  test('merge-duplicates that only updates answers 200, not 201', { todo: 'insert-or-update status not reported (see docs/rest.md)' }, async () => {
    const batch = batchName('ups-200');
    await given('kv', [kv(batch, 'a', 'old')]);
    const result = await rest().from('kv').upsert(kv(batch, 'a', 'new')).select('value');
    assert.deepEqual(ok(result), [{ value: 'new' }]);
    assert.equal(result.status, 200);
  });

  test('ignore-duplicates keeps existing rows and returns only the inserted ones', async () => {
    const batch = batchName('ups-ignore');
    await given('kv', [kv(batch, 'a', 'old a')]);
    const data = ok(await supabase().from('kv').upsert([kv(batch, 'a', 'new a'), kv(batch, 'b', 'new b')], { ignoreDuplicates: true })
      .select('key,value'), 201);
    assert.deepEqual(data, [{ key: `${batch}-b`, value: 'new b' }]);
    assert.deepEqual(await readBatch('kv', batch, 'key,value'), [{ key: `${batch}-a`, value: 'old a' }, { key: `${batch}-b`, value: 'new b' }]);
  });

  test('on_conflict on a unique column merges by it', async () => {
    const batch = batchName('ups-onconflict');
    const [first] = await given('items', items(batch, 1, () => ({ qty: 1 })));
    const data = ok(await rest().from('items').upsert([{ batch, sku: `${batch}-1`, name: 'Renamed', qty: 9 }, { batch, sku: `${batch}-2`, name: 'New', qty: 2 }],
      { onConflict: 'sku' }).select('id,sku,name,qty'), 201);
    const bySku = Object.fromEntries(data.map((r) => [r.sku, r]));
    assert.equal(bySku[`${batch}-1`].id, first.id, 'the existing row keeps its id');
    const stored = await readBatch('items', batch, 'sku,name,qty');
    assert.deepEqual(stored, [{ sku: `${batch}-1`, name: 'Renamed', qty: 9 }, { sku: `${batch}-2`, name: 'New', qty: 2 }]);
  });

  test('on_conflict with ignore-duplicates leaves the existing row alone', async () => {
    const batch = batchName('ups-onconflict-ignore');
    await given('items', items(batch, 1, () => ({ name: 'Original' })));
    ok(await rest().from('items').upsert({ batch, sku: `${batch}-1`, name: 'Changed' }, { onConflict: 'sku', ignoreDuplicates: true }));
    assert.deepEqual(await readBatch('items', batch, 'name'), [{ name: 'Original' }]);
  });

  test('merge with missing=default: a row without the key gets a new identity', async () => {
    const batch = batchName('ups-missing');
    const [existing] = await given('items', items(batch, 1));
    const res = await http('POST', 'items?columns=id,batch,sku,name', {
      body: [{ id: existing.id, batch, sku: `${batch}-1`, name: 'Updated' }, { batch, sku: `${batch}-2`, name: 'Inserted' }],
      headers: { Prefer: 'resolution=merge-duplicates, missing=default, return=representation' },
    });
    assert.equal(res.status, 201, res.text);
    const stored = await readBatch('items', batch, 'id,sku,name');
    assert.equal(stored.length, 2);
    assert.deepEqual(stored[0], { id: existing.id, sku: `${batch}-1`, name: 'Updated' });
    assert.ok(stored[1].id > existing.id);
    assert.equal(stored[1].name, 'Inserted');
  });

  test('a conflict the upsert does not target is still 409 23505', async () => {
    const batch = batchName('ups-other-conflict');
    await given('items', items(batch, 1));
    const result = await rest().from('items').upsert({ batch, sku: `${batch}-1`, name: 'Clash' });
    assertClientError(result, 409, '23505');
  });
});

describe('PUT (single-row upsert)', () => {
  // Known gap, as above: PUT answers 200 whether it inserted or replaced.
  test('PUT a new row inserts it: 201 with return=representation', { todo: 'insert-or-update status not reported (see docs/rest.md)' }, async () => {
    const batch = batchName('put-new');
    const res = await http('PUT', `kv?key=eq.${batch}-a`, {
      body: { key: `${batch}-a`, batch, value: 'created', version: 3 }, headers: { Prefer: 'return=representation' },
    });
    assert.equal(res.status, 201, res.text);
    assert.deepEqual(res.json, [{ key: `${batch}-a`, batch, value: 'created', version: 3 }]);
  });

  test('PUT an existing row replaces it: 200 with return=representation', async () => {
    const batch = batchName('put-existing');
    await given('kv', [kv(batch, 'a', 'old', { version: 1 })]);
    const res = await http('PUT', `kv?key=eq.${batch}-a`, {
      body: { key: `${batch}-a`, batch, value: 'replaced', version: 2 }, headers: { Prefer: 'return=representation' },
    });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(await readBatch('kv', batch, 'value,version'), [{ value: 'replaced', version: 2 }]);
  });

  test('PUT without a representation answers 204', async () => {
    const batch = batchName('put-minimal');
    const res = await http('PUT', `kv?key=eq.${batch}-a`, { body: { key: `${batch}-a`, batch, value: 'v', version: 1 } });
    assert.equal(res.status, 204, res.text);
    assert.deepEqual(await readBatch('kv', batch, 'value'), [{ value: 'v' }]);
  });

  test('PUT whose body key differs from the URL is 400 PGRST115', async () => {
    const batch = batchName('put-mismatch');
    const res = await http('PUT', `kv?key=eq.${batch}-a`, { body: { key: `${batch}-b`, batch, value: 'v', version: 1 } });
    assertHttpError(res, 400, 'PGRST115');
    assert.deepEqual(await readBatch('kv', batch), []);
  });

  test('PUT with limit is 400 PGRST114', async () => {
    const batch = batchName('put-limit');
    const res = await http('PUT', `kv?key=eq.${batch}-a&limit=1`, { body: { key: `${batch}-a`, batch, value: 'v', version: 1 } });
    assertHttpError(res, 400, 'PGRST114');
  });

  test('PUT without eq on the whole primary key is 405 PGRST105', async () => {
    const batch = batchName('put-nofilter');
    const res = await http('PUT', `kv?batch=eq.${batch}`, { body: { key: `${batch}-a`, batch, value: 'v', version: 1 } });
    assertHttpError(res, 405, 'PGRST105');
    assert.deepEqual(await readBatch('kv', batch), []);
  });
});
