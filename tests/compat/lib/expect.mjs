// Comparing Basalt's answers with expectations computed from fixture/seed.mjs. JSON is compared exactly, except
// where PostgREST's own output varies with the database's settings: timestamps are compared as instants (the offset
// and fraction digits may differ) and numeric/real values as numbers (numeric keeps its scale: 0.5000).
import assert from 'node:assert/strict';

/** Keys compared as instants or numbers, at any depth (embedded rows included). */
const KINDS = {
  created_at: 'instant',
  published_at: 'instant',
  c_tstz: 'instant',
  c_ts: 'local',
  rating: 'number',
  price: 'number',
  c_real: 'number',
  c_double: 'number',
  c_numeric: 'number',
};

function instant(value, local) {
  if (typeof value !== 'string') {
    return value;
  }
  // A timestamp without time zone has no offset: read it as UTC on both sides, so only the wall-clock value counts.
  const text = local && !/(Z|[+-]\d\d(:?\d\d)?)$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(text.replace(' ', 'T'));
  return Number.isNaN(ms) ? `unparseable timestamp ${value}` : `instant ${new Date(ms).toISOString()}`;
}

/** The value with timestamps and numbers canonicalised, recursively. */
export function canon(value, key) {
  if (Array.isArray(value)) {
    return value.map((v) => canon(v, key));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canon(v, k)]));
  }
  switch (KINDS[key]) {
    case 'instant':
      return instant(value, false);
    case 'local':
      return instant(value, true);
    case 'number':
      return value === null ? null : typeof value === 'string' ? Number(value) : value;
    default:
      return value;
  }
}

/** Deep equality after canonicalisation (key order is ignored, array order is not). */
export function same(actual, expected, message) {
  assert.deepStrictEqual(canon(actual), canon(expected), message);
}

/** Rows with only the named columns, renamed when written `alias:column`. */
export function pick(rows, ...columns) {
  return rows.map((row) => Object.fromEntries(columns.map((c) => {
    const [alias, column] = c.includes(':') ? c.split(':') : [c, c];
    return [alias, row[column]];
  })));
}

/**
 * A comparator with PostgreSQL's ordering: ascending puts nulls last and descending puts them first, unless
 * nullsFirst says otherwise. Text compares by code unit (the suite's databases use the C collation).
 */
export function by(...keys) {
  const specs = keys.map((k) => (typeof k === 'string' ? { key: k } : k));
  return (a, b) => {
    for (const { key, desc = false, nullsFirst = desc } of specs) {
      const x = typeof key === 'function' ? key(a) : a[key];
      const y = typeof key === 'function' ? key(b) : b[key];
      if (x === y) continue;
      if (x === null || x === undefined) return nullsFirst ? -1 : 1;
      if (y === null || y === undefined) return nullsFirst ? 1 : -1;
      const order = x < y ? -1 : 1;
      return desc ? -order : order;
    }
    return 0;
  };
}

export const sorted = (rows, ...keys) => [...rows].sort(by(...keys));

/** A PostgREST error body: exactly code, message, details, hint, with the given code. */
export function assertErrorBody(body, code) {
  assert.ok(body && typeof body === 'object', `expected an error body, got ${JSON.stringify(body)}`);
  assert.deepStrictEqual(Object.keys(body).sort(), ['code', 'details', 'hint', 'message'],
    `error body keys: ${JSON.stringify(body)}`);
  assert.equal(body.code, code, `error code in ${JSON.stringify(body)}`);
  assert.equal(typeof body.message, 'string');
  assert.doesNotMatch(JSON.stringify(body), /\b(SELECT|INSERT INTO|UPDATE .* SET|DELETE FROM)\b|\bat Basalt\.|\.cs:line/,
    'an error body must not carry SQL text or a stack trace');
}

/** A postgrest-js/supabase-js result that failed with this status and code. */
export function assertClientError(result, status, code) {
  assert.equal(result.status, status, `status (error: ${JSON.stringify(result.error)})`);
  assert.ok(result.error, 'expected an error');
  assert.equal(result.error.code, code, `code in ${JSON.stringify(result.error)}`);
  assert.equal(result.data, null);
}

/** A postgrest-js/supabase-js result that succeeded: no error, and this status when given. */
export function ok(result, status) {
  assert.equal(result.error, null, `unexpected error (status ${result.status}): ${JSON.stringify(result.error)}`);
  if (status !== undefined) {
    assert.equal(result.status, status);
  }
  return result.data;
}

/** A raw response that failed with this status and a PostgREST body with this code. */
export function assertHttpError(res, status, code) {
  assert.equal(res.status, status, `status; body: ${res.text.slice(0, 500)}`);
  assertErrorBody(res.json, code);
}

/** Parses CSV as RFC 4180 (quoted fields, doubled quotes) into rows of strings. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
