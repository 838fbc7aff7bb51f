// Rows for the write cases. Each case writes only rows carrying its own `batch` marker (lib/client.mjs batchName),
// reads them back by that marker, and so never sees or disturbs another case, whatever order they run in.
import assert from 'node:assert/strict';
import { rest } from './client.mjs';

/** `count` item rows of one batch: sku `${batch}-${i}`, name `Item ${i}`, plus whatever `extra(i)` adds. */
export function items(batch, count, extra = () => ({})) {
  return Array.from({ length: count }, (_, k) => ({ batch, sku: `${batch}-${k + 1}`, name: `Item ${k + 1}`, ...extra(k + 1) }));
}

/** Every row of `table` in this batch, ordered by its key, read with the service_role key. */
export async function readBatch(table, batch, columns = '*') {
  const key = table === 'kv' ? 'key' : 'id';
  const { data, error } = await rest().from(table).select(columns).eq('batch', batch).order(key);
  assert.equal(error, null, `reading ${table} batch ${batch}: ${JSON.stringify(error)}`);
  return data;
}

/** Inserts rows with the service_role key as the starting state of a case, failing the case if that fails. */
export async function given(table, rows) {
  const { data, error } = await rest().from(table).insert(rows).select();
  assert.equal(error, null, `setting up ${table}: ${JSON.stringify(error)}`);
  return data;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
