// POST: one row, many rows (JSON and CSV), columns=, missing=default, return=minimal|headers-only|representation,
// embeds in the returned rows, defaults from the spec, and a failing bulk insert leaving nothing behind.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchName, http, rest, supabase } from '../lib/client.mjs';
import { claims, signJwt } from '../lib/jwt.mjs';
import { assertHttpError, ok, same } from '../lib/expect.mjs';
import { given, items, readBatch, UUID } from '../lib/rows.mjs';
import { U } from '../fixture/seed.mjs';

const DEFAULTS = { qty: 0, price: null, note: null, color: 'grey', kind: 'other', active: true, labels: [], owner_id: null, vendor_id: null, created_by: null };

/** A row as the database holds it after an insert that gave only `given`: the spec's defaults for the rest. */
function withDefaults(row, actual) {
  assert.ok(Number.isInteger(actual.id), `id ${actual.id}`);
  assert.match(actual.token, UUID);
  assert.ok(Date.parse(actual.created_at) > Date.parse('2020-01-01T00:00:00Z'), `created_at ${actual.created_at}`);
  return { ...DEFAULTS, ...row, id: actual.id, token: actual.token, created_at: actual.created_at };
}

describe('insert', () => {
  test('one row with the default return=minimal: 201 and no body; the defaults apply', async () => {
    const batch = batchName('ins-min');
    const [row] = items(batch, 1);
    const result = await rest().from('items').insert(row);
    assert.equal(result.error, null, JSON.stringify(result.error));
    assert.equal(result.status, 201);
    assert.equal(result.data, null);
    const [stored] = await readBatch('items', batch);
    same(stored, withDefaults(row, stored));
  });

  test('select() after insert returns the row with its defaults (return=representation)', async () => {
    const batch = batchName('ins-rep');
    const [row] = items(batch, 1, () => ({ price: 12.5, labels: ['a', 'b'], kind: 'tool' }));
    const data = ok(await supabase().from('items').insert(row).select(), 201);
    assert.equal(data.length, 1);
    same(data[0], withDefaults(row, data[0]));
    same(await readBatch('items', batch), data);
  });

  test('select().single() after insert gives an object', async () => {
    const batch = batchName('ins-single');
    const data = ok(await rest().from('items').insert(items(batch, 1)[0]).select('sku,qty').single(), 201);
    assert.deepEqual(data, { sku: `${batch}-1`, qty: 0 });
  });

  test('a bulk insert of several rows returns them all', async () => {
    const batch = batchName('ins-bulk');
    const rows = items(batch, 5, (i) => ({ qty: i * 2, note: i % 2 ? null : `even ${i}` }));
    const data = ok(await rest().from('items').insert(rows).select('sku,qty,note'), 201);
    same([...data].sort((a, b) => a.sku.localeCompare(b.sku)), rows.map(({ sku, qty, note }) => ({ sku, qty, note })));
    assert.equal((await readBatch('items', batch)).length, 5);
  });

  test('count: exact on an insert reports the inserted rows', async () => {
    const batch = batchName('ins-count');
    const result = await rest().from('items').insert(items(batch, 3), { count: 'exact' });
    assert.equal(result.error, null, JSON.stringify(result.error));
    assert.equal(result.status, 201);
    assert.equal(result.count, 3);
  });

  test('bulk: a key missing from one row is null (defaultToNull, the default)', async () => {
    const batch = batchName('ins-null');
    const rows = [{ batch, sku: `${batch}-1`, name: 'One', color: 'red' }, { batch, sku: `${batch}-2`, name: 'Two' }];
    ok(await rest().from('items').insert(rows), 201);
    const stored = await readBatch('items', batch, 'sku,color');
    assert.deepEqual(stored, [{ sku: `${batch}-1`, color: 'red' }, { sku: `${batch}-2`, color: null }]);
  });

  test('bulk with missing=default (defaultToNull: false): a missing key takes the default', async () => {
    const batch = batchName('ins-default');
    const rows = [{ batch, sku: `${batch}-1`, name: 'One', color: 'red', qty: 4 }, { batch, sku: `${batch}-2`, name: 'Two' }];
    ok(await rest().from('items').insert(rows, { defaultToNull: false }), 201);
    const stored = await readBatch('items', batch, 'sku,color,qty');
    assert.deepEqual(stored, [{ sku: `${batch}-1`, color: 'red', qty: 4 }, { sku: `${batch}-2`, color: 'grey', qty: 0 }]);
  });

  test('columns= inserts only the named keys and ignores the rest of the body', async () => {
    const batch = batchName('ins-columns');
    const res = await http('POST', 'items?columns=batch,sku,name', {
      body: { batch, sku: `${batch}-1`, name: 'Named', qty: 7, not_a_column: 'ignored' },
      headers: { Prefer: 'return=representation' },
    });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.length, 1);
    assert.equal(res.json[0].qty, 0);
    assert.equal(res.json[0].name, 'Named');
  });

  test('a CSV body inserts rows; NULL is null and an empty field is an empty string', async () => {
    const batch = batchName('ins-csv');
    const csv = `batch,sku,name,qty,note\n${batch},${batch}-1,Alpha,3,NULL\n${batch},${batch}-2,"Beta, the second",0,\n`;
    const res = await http('POST', 'items?select=sku,name,qty,note', {
      body: csv, headers: { 'Content-Type': 'text/csv', Prefer: 'return=representation' },
    });
    assert.equal(res.status, 201, res.text);
    const stored = await readBatch('items', batch, 'sku,name,qty,note');
    assert.deepEqual(stored, [
      { sku: `${batch}-1`, name: 'Alpha', qty: 3, note: null },
      { sku: `${batch}-2`, name: 'Beta, the second', qty: 0, note: '' },
    ]);
  });

  test('an x-www-form-urlencoded body inserts one row', async () => {
    const batch = batchName('ins-form');
    const res = await http('POST', 'items', {
      body: new URLSearchParams({ batch, sku: `${batch}-1`, name: 'John Doe', qty: '5' }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 201, res.text);
    assert.deepEqual(await readBatch('items', batch, 'name,qty'), [{ name: 'John Doe', qty: 5 }]);
  });

  test('return=headers-only: 201, no body, a Location that finds the row', async () => {
    const batch = batchName('ins-location');
    const res = await http('POST', 'items', { body: items(batch, 1)[0], headers: { Prefer: 'return=headers-only' } });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.text, '');
    const [stored] = await readBatch('items', batch);
    assert.equal(res.headers.get('location'), `/items?id=eq.${stored.id}`);
    const again = await http('GET', `${res.headers.get('location').slice(1)}&select=sku`);
    assert.deepEqual(again.json, [{ sku: `${batch}-1` }]);
  });

  test('return=minimal: 201 with an empty body', async () => {
    const batch = batchName('ins-minimal');
    const res = await http('POST', 'items', { body: items(batch, 1)[0], headers: { Prefer: 'return=minimal' } });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.text, '');
    assert.equal(res.headers.get('location'), null);
  });

  test('an embed in the returned row (insert … select with a many-to-one)', async () => {
    const batch = batchName('ins-embed');
    const [vendor] = await given('vendors', [{ batch, name: 'Acme' }]);
    const data = ok(await rest().from('items').insert(items(batch, 1, () => ({ owner_id: U.bob, vendor_id: vendor.id })))
      .select('sku,profiles(username),vendors(name)'), 201);
    assert.deepEqual(data, [{ sku: `${batch}-1`, profiles: { username: 'bob' }, vendors: { name: 'Acme' } }]);
  });

  test('an empty array inserts nothing and answers 201 with []', async () => {
    const res = await http('POST', 'items', { body: [], headers: { Prefer: 'return=representation' } });
    assert.equal(res.status, 201, res.text);
    assert.deepEqual(res.json, []);
  });

  test('a bulk insert whose third row breaks a check inserts no row at all', async () => {
    const batch = batchName('ins-atomic');
    const rows = items(batch, 4, (i) => ({ qty: i === 3 ? -1 : i }));
    const result = await rest().from('items').insert(rows);
    assert.equal(result.status, 400);
    assert.equal(result.error?.code, '23514');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('a bulk insert with a duplicate key inside it inserts no row at all', async () => {
    const batch = batchName('ins-dup');
    const rows = [...items(batch, 2), { batch, sku: `${batch}-1`, name: 'Again' }];
    const result = await rest().from('items').insert(rows);
    assert.equal(result.status, 409);
    assert.equal(result.error?.code, '23505');
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('tx=rollback (rollback()) returns the representation but keeps nothing', async () => {
    const batch = batchName('ins-rollback');
    const data = ok(await rest().from('items').insert(items(batch, 2)).select('sku').rollback());
    assert.deepEqual(data.map((r) => r.sku).sort(), [`${batch}-1`, `${batch}-2`]);
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('Preference-Applied echoes the preferences honoured', async () => {
    const batch = batchName('ins-applied');
    const res = await http('POST', 'items', {
      body: items(batch, 1), headers: { Prefer: 'return=representation, tx=rollback, count=exact' },
    });
    assert.ok([200, 201].includes(res.status), res.text);
    const applied = (res.headers.get('preference-applied') ?? '').split(',').map((p) => p.trim()).sort();
    assert.deepEqual(applied, ['count=exact', 'return=representation', 'tx=rollback']);
    assert.deepEqual(await readBatch('items', batch), []);
  });

  test('default auth.uid() takes the sub of the token (a service_role token acting for a user)', async () => {
    const batch = batchName('ins-authuid');
    const token = signJwt(claims('service_role', { sub: U.carol }));
    const data = ok(await rest(token).from('items').insert(items(batch, 1)).select('created_by'), 201);
    assert.deepEqual(data, [{ created_by: U.carol }]);
  });

  test('an explicit value for an identity column is accepted (generated by default)', async () => {
    const batch = batchName('ins-identity');
    const data = ok(await rest().from('vendors').insert({ id: 900000000 + Math.floor(Math.random() * 1e8), batch, name: 'Explicit' }).select('id,name'), 201);
    assert.ok(data[0].id >= 900000000);
  });
});
