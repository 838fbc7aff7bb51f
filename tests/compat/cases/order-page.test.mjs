// Ordering (directions, nulls first/last, several keys, JSON paths), limit/offset/range(), the Range request header,
// Content-Range, counts (exact, planned, estimated) and the 200/206/416 statuses PostgREST derives from them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, rest, supabase } from '../lib/client.mjs';
import { assertHttpError, ok, pick, same, sorted } from '../lib/expect.mjs';
import { posts, profiles, samples } from '../fixture/seed.mjs';

const N = posts.length;
const idsIn = (rows) => rows.map((r) => r.id);

describe('order', () => {
  test('ascending by default', async () => {
    const data = ok(await rest().from('posts').select('id,views').order('views').order('id'));
    same(data, pick(sorted(posts, 'views', 'id'), 'id', 'views'));
  });

  test('descending, then a second key', async () => {
    const data = ok(await supabase().from('posts').select('id').order('status', { ascending: false }).order('id'));
    // Enums sort in declaration order (draft, published, archived), as PostgreSQL sorts them.
    const rank = { draft: 0, published: 1, archived: 2 };
    assert.deepEqual(idsIn(data), idsIn(sorted(posts, { key: (p) => rank[p.status], desc: true }, 'id')));
  });

  test('ascending puts nulls last by default', async () => {
    const data = ok(await rest().from('posts').select('id').order('rating').order('id'));
    assert.deepEqual(idsIn(data), idsIn(sorted(posts, 'rating', 'id')));
  });

  test('descending puts nulls first by default', async () => {
    const data = ok(await rest().from('posts').select('id').order('rating', { ascending: false }).order('id'));
    assert.deepEqual(idsIn(data), idsIn(sorted(posts, { key: 'rating', desc: true }, 'id')));
  });

  test('asc.nullsfirst', async () => {
    const data = ok(await rest().from('posts').select('id').order('rating', { nullsFirst: true }).order('id'));
    assert.deepEqual(idsIn(data), idsIn(sorted(posts, { key: 'rating', nullsFirst: true }, 'id')));
  });

  test('desc.nullslast', async () => {
    const res = await http('GET', 'posts?select=id&order=rating.desc.nullslast,id');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(idsIn(res.json), idsIn(sorted(posts, { key: 'rating', desc: true, nullsFirst: false }, 'id')));
  });

  test('order by a timestamptz compares instants across offsets', async () => {
    const data = ok(await rest().from('posts').select('id').order('published_at', { ascending: false, nullsFirst: false }).order('id'));
    assert.deepEqual(idsIn(data), idsIn(sorted(posts, { key: (p) => (p.published_at && Date.parse(p.published_at)), desc: true, nullsFirst: false }, 'id')));
  });

  test('order by a JSON path', async () => {
    const res = await http('GET', 'samples?select=id&order=c_jsonb->>a.desc.nullslast,id&id=in.(1,2,3)');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(idsIn(res.json), [2, 1, 3]);
  });

  test('order by a date column', async () => {
    const data = ok(await rest().from('profiles').select('username').order('joined_on'));
    assert.deepEqual(data.map((p) => p.username), sorted(profiles, 'joined_on').map((p) => p.username));
  });
});

describe('limit, offset and range()', () => {
  test('limit', async () => {
    const data = ok(await rest().from('posts').select('id').order('id').limit(3));
    assert.deepEqual(idsIn(data), [1, 2, 3]);
  });

  test('limit and offset', async () => {
    const res = await http('GET', 'posts?select=id&order=id&limit=4&offset=5');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(idsIn(res.json), idsIn(sorted(posts, 'id').slice(5, 9)));
    assert.equal(res.headers.get('content-range'), '5-8/*');
  });

  test('range(from, to) is inclusive', async () => {
    const data = ok(await supabase().from('posts').select('id').order('views', { ascending: false }).order('id').range(2, 5));
    assert.deepEqual(idsIn(data), idsIn(sorted(posts, { key: 'views', desc: true }, 'id').slice(2, 6)));
  });

  test('limit=0 returns an empty page', async () => {
    const res = await http('GET', 'posts?select=id&limit=0');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, []);
  });

  test('an offset past the end without a count is an empty 200, */*', async () => {
    const res = await http('GET', `posts?select=id&offset=${N + 5}`);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, []);
    assert.equal(res.headers.get('content-range'), '*/*');
  });

  test('a negative limit is 416 PGRST103', async () => {
    assertHttpError(await http('GET', 'posts?select=id&limit=-1'), 416, 'PGRST103');
  });
});

describe('Range header and Content-Range', () => {
  test('a full read is 200 with Content-Range 0-(n-1)/*', async () => {
    const res = await http('GET', 'posts?select=id');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-range'), `0-${N - 1}/*`);
  });

  test('Range: 0-2 returns three rows, 0-2/*', async () => {
    const res = await http('GET', 'posts?select=id&order=id', { headers: { 'Range-Unit': 'items', Range: '0-2' } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(idsIn(res.json), [1, 2, 3]);
    assert.equal(res.headers.get('content-range'), '0-2/*');
  });

  test('Range with count=exact on part of the rows is 206 Partial Content', async () => {
    const res = await http('GET', 'posts?select=id&order=id', { headers: { Range: '2-4', Prefer: 'count=exact' } });
    assert.equal(res.status, 206, res.text);
    assert.deepEqual(idsIn(res.json), [3, 4, 5]);
    assert.equal(res.headers.get('content-range'), `2-4/${N}`);
  });

  test('an open-ended Range: 10-', async () => {
    const res = await http('GET', 'posts?select=id&order=id', { headers: { Range: '10-' } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(idsIn(res.json), idsIn(sorted(posts, 'id').slice(10)));
    assert.equal(res.headers.get('content-range'), `10-${N - 1}/*`);
  });

  test('Range and limit intersect (limit=2 is the range 0-1)', async () => {
    const res = await http('GET', 'posts?select=id&order=id&limit=2', { headers: { Range: '1-8' } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(idsIn(res.json), [2]);
    assert.equal(res.headers.get('content-range'), '1-1/*');
  });

  test('Range and limit with offset intersect (offset=2&limit=4 is the range 2-5)', async () => {
    const res = await http('GET', 'posts?select=id&order=id&offset=2&limit=4', { headers: { Range: '4-9' } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(idsIn(res.json), [5, 6]);
    assert.equal(res.headers.get('content-range'), '4-5/*');
  });

  test('Range with the lower bound above the upper one is 416 PGRST103', async () => {
    assertHttpError(await http('GET', 'posts?select=id', { headers: { Range: '5-2' } }), 416, 'PGRST103');
  });

  test('an offset past the end with count=exact is 416 PGRST103', async () => {
    assertHttpError(await http('GET', `posts?select=id&offset=${N + 5}`, { headers: { Prefer: 'count=exact' } }), 416, 'PGRST103');
  });

  test('all rows with count=exact is 200, 0-(n-1)/n', async () => {
    const res = await http('GET', 'posts?select=id', { headers: { Prefer: 'count=exact' } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers.get('content-range'), `0-${N - 1}/${N}`);
  });

  test('no matching rows with count=exact is 200, */0', async () => {
    const res = await http('GET', 'posts?select=id&views=gt.100000', { headers: { Prefer: 'count=exact' } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, []);
    assert.equal(res.headers.get('content-range'), '*/0');
  });
});

describe('counts', () => {
  test('count: exact with a limit gives the total of the filtered rows (postgrest-js)', async () => {
    const result = await rest().from('posts').select('id', { count: 'exact' }).eq('status', 'published').order('id').limit(2);
    const data = ok(result, 206);
    assert.equal(data.length, 2);
    assert.equal(result.count, posts.filter((p) => p.status === 'published').length);
  });

  test('count: exact counts parents, not embedded rows', async () => {
    const result = await supabase().from('posts').select('id,comments(id)', { count: 'exact' }).in('id', [1, 5, 7]);
    ok(result, 200);
    assert.equal(result.count, 3);
  });

  test('count: exact with head: true returns only the count', async () => {
    const result = await rest().from('samples').select('*', { count: 'exact', head: true }).not('c_text', 'is', null);
    assert.equal(result.status, 200);
    assert.equal(result.data, null);
    assert.equal(result.count, samples.filter((s) => s.c_text !== null).length);
  });

  test('count: planned gives a non-negative estimate in Content-Range', async () => {
    const res = await http('GET', 'posts?select=id&limit=1', { headers: { Prefer: 'count=planned' } });
    assert.ok([200, 206].includes(res.status), res.text);
    const m = /^(0-0|\*)\/(\d+)$/.exec(res.headers.get('content-range') ?? '');
    assert.ok(m, `Content-Range ${res.headers.get('content-range')}`);
    assert.equal(res.status, Number(m[2]) > 1 ? 206 : 200);
  });

  test('count: estimated is at least the exact count on a small table', async () => {
    const result = await rest().from('posts').select('id', { count: 'estimated' }).limit(1);
    ok(result);
    assert.ok(Number.isInteger(result.count) && result.count >= N, `count ${result.count}`);
  });
});
