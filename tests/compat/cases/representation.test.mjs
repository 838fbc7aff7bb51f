// Representations chosen by Accept: a single object (single()/maybeSingle(), PGRST116), CSV, stripped nulls,
// media types that cannot be produced (PGRST107).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, rest, supabase } from '../lib/client.mjs';
import { assertClientError, assertHttpError, ok, parseCsv, same, sorted } from '../lib/expect.mjs';
import { posts, profiles } from '../fixture/seed.mjs';

describe('single object', () => {
  test('single() with one row gives the object', async () => {
    const data = ok(await rest().from('profiles').select('username,karma').eq('username', 'carol').single(), 200);
    assert.deepEqual(data, { username: 'carol', karma: 75 });
  });

  test('single() with no row is 406 PGRST116', async () => {
    assertClientError(await rest().from('profiles').select('username').eq('username', 'nobody').single(), 406, 'PGRST116');
  });

  test('single() with several rows is 406 PGRST116', async () => {
    assertClientError(await supabase().from('posts').select('id').eq('status', 'published').single(), 406, 'PGRST116');
  });

  test('Accept: application/vnd.pgrst.object+json answers that media type', async () => {
    const res = await http('GET', 'posts?select=id,title&id=eq.3', { headers: { Accept: 'application/vnd.pgrst.object+json' } });
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers.get('content-type') ?? '', /^application\/vnd\.pgrst\.object\+json;\s*charset=utf-8$/i);
    assert.deepEqual(res.json, { id: 3, title: 'Rust ownership' });
  });

  test('the 406 body says how many rows there were', async () => {
    const res = await http('GET', 'posts?select=id&id=in.(1,2)', { headers: { Accept: 'application/vnd.pgrst.object+json' } });
    assertHttpError(res, 406, 'PGRST116');
    assert.match(String(res.json.details), /\b2\b/);
  });

  test('maybeSingle() with no row gives null without an error', async () => {
    const result = await rest().from('profiles').select('username').eq('username', 'nobody').maybeSingle();
    assert.equal(result.error, null);
    assert.equal(result.data, null);
    assert.equal(result.status, 200);
  });

  test('maybeSingle() with one row gives the object', async () => {
    const data = ok(await supabase().from('posts').select('id,labels').eq('id', 10).maybeSingle());
    assert.deepEqual(data, { id: 10, labels: ['meta', 'odd'] });
  });
});

describe('CSV', () => {
  test('csv() returns a header line and one line per row', async () => {
    const data = ok(await rest().from('posts').select('id,views').order('id').limit(4).csv(), 200);
    assert.equal(typeof data, 'string');
    assert.deepEqual(parseCsv(data), [['id', 'views'], ...sorted(posts, 'id').slice(0, 4).map((p) => [String(p.id), String(p.views)])]);
  });

  test('csv() quotes values holding commas, quotes and spaces; null is an empty field', async () => {
    const data = ok(await rest().from('profiles').select('username,display_name').order('username').csv());
    assert.deepEqual(parseCsv(data), [['username', 'display_name'], ...sorted(profiles, 'username').map((p) => [p.username, p.display_name ?? ''])]);
  });

  test('Accept: text/csv answers text/csv; charset=utf-8', async () => {
    const res = await http('GET', 'tags?select=id,name&order=id&limit=2', { headers: { Accept: 'text/csv' } });
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv;\s*charset=utf-8$/i);
    assert.deepEqual(parseCsv(res.text), [['id', 'name'], ['1', 'sql'], ['2', 'rust']]);
  });
});

describe('other media types', () => {
  test('Accept: application/json and */* give JSON', async () => {
    for (const accept of ['application/json', '*/*', 'text/html, application/json;q=0.9']) {
      const res = await http('GET', 'tags?select=name&id=eq.2', { headers: { Accept: accept } });
      assert.equal(res.status, 200, `${accept}: ${res.text}`);
      assert.deepEqual(res.json, [{ name: 'rust' }], accept);
    }
  });

  test('an Accept that cannot be produced is 406 PGRST107', async () => {
    assertHttpError(await http('GET', 'tags?select=name', { headers: { Accept: 'unknown/unknown' } }), 406, 'PGRST107');
  });

  test('geojson() is refused with PGRST107 (no geometry columns)', async () => {
    assertClientError(await rest().from('tags').select('name').geojson(), 406, 'PGRST107');
  });

  test('stripNulls() leaves out null values (vnd.pgrst.array+json;nulls=stripped)', async () => {
    const data = ok(await rest().from('profiles').select('username,display_name').in('username', ['carol', 'bob']).order('username').stripNulls());
    same(data, [{ username: 'bob', display_name: 'Bob' }, { username: 'carol' }]);
  });
});
