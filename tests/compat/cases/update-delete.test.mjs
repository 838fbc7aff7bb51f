// PATCH and DELETE with filters, returns, counts, embeds, max-affected, tx=rollback and singular responses, each
// checked against what the table holds afterwards.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchName, http, rest, supabase } from '../lib/client.mjs';
import { assertClientError, assertHttpError, ok } from '../lib/expect.mjs';
import { given, items, readBatch } from '../lib/rows.mjs';

/** Four items of a fresh batch with qty 1..4. */
async function fourItems(label) {
  const batch = batchName(label);
  const rows = await given('items', items(batch, 4, (i) => ({ qty: i })));
  assert.equal(rows.length, 4);
  return batch;
}

const qtys = async (batch) => (await readBatch('items', batch, 'qty')).map((r) => r.qty);

describe('update (PATCH)', () => {
  test('update with a filter and no return: 204, only the matching rows change', async () => {
    const batch = await fourItems('upd-min');
    const result = await rest().from('items').update({ note: 'big' }).eq('batch', batch).gte('qty', 3);
    assert.equal(result.error, null, JSON.stringify(result.error));
    assert.equal(result.status, 204);
    assert.equal(result.data, null);
    assert.deepEqual((await readBatch('items', batch, 'qty,note')).map((r) => r.note), [null, null, 'big', 'big']);
  });

  test('update … select() returns the new rows (200)', async () => {
    const batch = await fourItems('upd-rep');
    const data = ok(await supabase().from('items').update({ qty: 10, active: false }).eq('batch', batch).in('qty', [1, 2]).select('sku,qty,active').order('sku'), 200);
    assert.deepEqual(data, [{ sku: `${batch}-1`, qty: 10, active: false }, { sku: `${batch}-2`, qty: 10, active: false }]);
    assert.deepEqual(await qtys(batch), [10, 10, 3, 4]);
  });

  test('count: exact on an update reports the matched rows', async () => {
    const batch = await fourItems('upd-count');
    const result = await rest().from('items').update({ note: 'x' }, { count: 'exact' }).eq('batch', batch).lt('qty', 4);
    assert.equal(result.error, null, JSON.stringify(result.error));
    assert.equal(result.count, 3);
  });

  test('Content-Range of an update with count=exact is 0-(n-1)/n', async () => {
    const batch = await fourItems('upd-range');
    const res = await http('PATCH', `items?batch=eq.${batch}&qty=gt.1`, { body: { note: 'y' }, headers: { Prefer: 'count=exact' } });
    assert.equal(res.status, 204, res.text);
    assert.equal(res.headers.get('content-range'), '0-2/3');
  });

  test('an update matching nothing returns []', async () => {
    const batch = await fourItems('upd-none');
    const data = ok(await rest().from('items').update({ note: 'z' }).eq('batch', batch).gt('qty', 100).select(), 200);
    assert.deepEqual(data, []);
  });

  test('an update with or= changes exactly the rows it names', async () => {
    const batch = await fourItems('upd-or');
    ok(await rest().from('items').update({ qty: 0 }).eq('batch', batch).or('qty.eq.1,qty.eq.4'));
    assert.deepEqual(await qtys(batch), [0, 2, 3, 0]);
  });

  test('an update breaking a check is 400 23514 and changes nothing', async () => {
    const batch = await fourItems('upd-check');
    assertClientError(await rest().from('items').update({ qty: -5 }).eq('batch', batch), 400, '23514');
    assert.deepEqual(await qtys(batch), [1, 2, 3, 4]);
  });

  test('an embed in the rows an update returns', async () => {
    const batch = batchName('upd-embed');
    const [vendor] = await given('vendors', [{ batch, name: 'Globex' }]);
    await given('items', items(batch, 1));
    const data = ok(await rest().from('items').update({ vendor_id: vendor.id }).eq('batch', batch).select('sku,vendors(name)'));
    assert.deepEqual(data, [{ sku: `${batch}-1`, vendors: { name: 'Globex' } }]);
  });

  test('an unknown column in the body is 400 PGRST204 and changes nothing', async () => {
    const batch = await fourItems('upd-unknown');
    assertClientError(await rest().from('items').update({ qantity: 1 }).eq('batch', batch), 400, 'PGRST204');
    assert.deepEqual(await qtys(batch), [1, 2, 3, 4]);
  });

  test('max-affected below the matched rows is 400 PGRST124 and changes nothing', async () => {
    const batch = await fourItems('upd-max');
    assertClientError(await rest().from('items').update({ qty: 50 }).eq('batch', batch).maxAffected(3), 400, 'PGRST124');
    assert.deepEqual(await qtys(batch), [1, 2, 3, 4]);
  });

  test('max-affected at the matched rows lets the update through', async () => {
    const batch = await fourItems('upd-max-ok');
    ok(await rest().from('items').update({ qty: 50 }).eq('batch', batch).lte('qty', 2).maxAffected(2));
    assert.deepEqual(await qtys(batch), [50, 50, 3, 4]);
  });

  test('tx=rollback returns the new values but keeps the old ones', async () => {
    const batch = await fourItems('upd-rollback');
    const data = ok(await rest().from('items').update({ qty: 99 }).eq('batch', batch).select('qty').rollback());
    assert.deepEqual(data.map((r) => r.qty), [99, 99, 99, 99]);
    assert.deepEqual(await qtys(batch), [1, 2, 3, 4]);
  });

  test('select().single() on an update of two rows is 406 PGRST116 and rolls the update back', async () => {
    const batch = await fourItems('upd-single');
    assertClientError(await rest().from('items').update({ qty: 7 }).eq('batch', batch).lte('qty', 2).select().single(), 406, 'PGRST116');
    assert.deepEqual(await qtys(batch), [1, 2, 3, 4]);
  });

  test('a limited update (order + limit, PostgREST 12) changes only the first rows of the order', async () => {
    const batch = await fourItems('upd-limit');
    ok(await rest().from('items').update({ note: 'top' }).eq('batch', batch).order('qty', { ascending: false }).limit(2));
    assert.deepEqual((await readBatch('items', batch, 'note')).map((r) => r.note), [null, null, 'top', 'top']);
  });

  test('limit on an update without order is 400 PGRST109 and changes nothing', async () => {
    const batch = await fourItems('upd-limit-noorder');
    assertHttpError(await http('PATCH', `items?batch=eq.${batch}&limit=1`, { body: { note: 'x' } }), 400, 'PGRST109');
    assert.deepEqual((await readBatch('items', batch, 'note')).map((r) => r.note), [null, null, null, null]);
  });

  test('select().single() on an update of one row gives the object', async () => {
    const batch = await fourItems('upd-single-ok');
    const data = ok(await rest().from('items').update({ qty: 8 }).eq('batch', batch).eq('qty', 2).select('qty').single());
    assert.deepEqual(data, { qty: 8 });
  });
});

describe('delete', () => {
  test('delete with a filter and no return: 204, the rows are gone', async () => {
    const batch = await fourItems('del-min');
    const result = await rest().from('items').delete().eq('batch', batch).lt('qty', 3);
    assert.equal(result.error, null, JSON.stringify(result.error));
    assert.equal(result.status, 204);
    assert.deepEqual(await qtys(batch), [3, 4]);
  });

  test('delete … select() returns the deleted rows (200)', async () => {
    const batch = await fourItems('del-rep');
    const data = ok(await supabase().from('items').delete().eq('batch', batch).gt('qty', 2).select('qty').order('qty'), 200);
    assert.deepEqual(data, [{ qty: 3 }, { qty: 4 }]);
    assert.deepEqual(await qtys(batch), [1, 2]);
  });

  test('count: exact on a delete reports the deleted rows', async () => {
    const batch = await fourItems('del-count');
    const result = await rest().from('items').delete({ count: 'exact' }).eq('batch', batch);
    assert.equal(result.error, null, JSON.stringify(result.error));
    assert.equal(result.count, 4);
    assert.deepEqual(await qtys(batch), []);
  });

  test('a limited delete with order, limit and offset deletes exactly that slice', async () => {
    const batch = await fourItems('del-limit');
    const res = await http('DELETE', `items?batch=eq.${batch}&order=qty&limit=2&offset=1`);
    assert.equal(res.status, 204, res.text);
    assert.deepEqual(await qtys(batch), [1, 4]);
  });

  test('max-affected below the matched rows is 400 PGRST124 and deletes nothing', async () => {
    const batch = await fourItems('del-max');
    assertClientError(await rest().from('items').delete().eq('batch', batch).maxAffected(1), 400, 'PGRST124');
    assert.deepEqual(await qtys(batch), [1, 2, 3, 4]);
  });

  test('tx=rollback on a delete keeps the rows', async () => {
    const batch = await fourItems('del-rollback');
    const res = await http('DELETE', `items?batch=eq.${batch}`, { headers: { Prefer: 'tx=rollback, return=representation' } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.length, 4);
    assert.deepEqual(await qtys(batch), [1, 2, 3, 4]);
  });

  test('deleting a row others still reference (on_delete: restrict) is 409 23503 and deletes nothing', async () => {
    const batch = batchName('del-fk');
    const [vendor] = await given('vendors', [{ batch, name: 'Initech' }]);
    await given('items', items(batch, 1, () => ({ vendor_id: vendor.id })));
    const res = await http('DELETE', `vendors?id=eq.${vendor.id}`);
    assertHttpError(res, 409, '23503');
    assert.equal((await readBatch('vendors', batch)).length, 1);
  });

  test('a filter on a value of the wrong type is 400 22P02 and deletes nothing', async () => {
    const batch = await fourItems('del-badvalue');
    assertClientError(await rest().from('items').delete().eq('batch', batch).eq('qty', 'many'), 400, '22P02');
    assert.deepEqual(await qtys(batch), [1, 2, 3, 4]);
  });
});
