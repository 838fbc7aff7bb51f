// Logical operators: or=(…), and=(…), not.or/not.and, nesting, quoting of reserved characters inside them, and
// logic on embedded resources.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, rest, supabase } from '../lib/client.mjs';
import { ok, same } from '../lib/expect.mjs';
import { comments, posts, profiles } from '../fixture/seed.mjs';

const idsOf = (rows) => rows.map((r) => r.id).sort((a, b) => a - b);

async function expectIds(result, keep) {
  const data = ok(await result, 200);
  assert.deepEqual(idsOf(data), idsOf(posts.filter(keep)));
}

async function expectRawIds(query, keep) {
  const res = await http('GET', `posts?select=id&${query}`);
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(idsOf(res.json), idsOf(posts.filter(keep)));
}

describe('or and and', () => {
  test('or=(a,b)', () => expectIds(rest().from('posts').select('id').or('views.gt.200,status.eq.draft'),
    (p) => p.views > 200 || p.status === 'draft'));

  test('or combined with a plain filter is ANDed with it', () => expectIds(rest().from('posts').select('id').eq('status', 'published').or('views.lt.50,rating.gte.4.5'),
    (p) => p.status === 'published' && (p.views < 50 || (p.rating !== null && p.rating >= 4.5))));

  test('and nested in or', () => expectIds(supabase().from('posts').select('id').or('and(views.gte.100,views.lte.200),status.eq.archived'),
    (p) => (p.views >= 100 && p.views <= 200) || p.status === 'archived'));

  test('and=(…) as a top-level parameter', () => expectRawIds('and=(views.gte.10,views.lte.100)', (p) => p.views >= 10 && p.views <= 100));

  test('not.or', () => expectRawIds('not.or=(status.eq.draft,status.eq.archived)', (p) => !(p.status === 'draft' || p.status === 'archived')));

  test('not.and nested in or', () => expectRawIds('or=(views.eq.0,not.and(views.gte.10,views.lte.500))',
    (p) => p.views === 0 || !(p.views >= 10 && p.views <= 500)));

  test('three levels of nesting', () => expectRawIds('or=(and(status.eq.published,or(views.gt.500,rating.eq.5)),and(status.eq.draft,editor_id.not.is.null))',
    (p) => (p.status === 'published' && (p.views > 500 || p.rating === 5)) || (p.status === 'draft' && p.editor_id !== null)));

  test('is.null and not.is.null inside or', () => expectRawIds('or=(rating.is.null,category_id.is.null)', (p) => p.rating === null || p.category_id === null));

  test('in inside or, with a quoted value holding a comma', () => expectRawIds('or=(id.in.(1,2),title.in.("Draft, with comma",Nope))',
    (p) => [1, 2].includes(p.id) || p.title === 'Draft, with comma'));

  test('a quoted value holding reserved characters . : ( ) , inside or', async () => {
    const res = await http('GET', 'profiles?select=username&or=(display_name.eq.%22Erin,%20Esq.%20(retired)%22,username.eq.bob)&order=username');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, [{ username: 'bob' }, { username: 'erin' }]);
  });

  test('a modifier inside or', () => expectRawIds('or=(id.eq(any).%7B1,2%7D,title.like(any).%7B*pasta*,*lessons*%7D)',
    (p) => [1, 2].includes(p.id) || /pasta|lessons/.test(p.title)));

  test('like with * inside or', () => expectRawIds('or=(title.like.*SQL*,body.ilike.*PATIENCE*)',
    (p) => p.title.includes('SQL') || p.body.toLowerCase().includes('patience')));

  test('a JSON path inside or', async () => {
    const res = await http('GET', 'samples?select=id&or=(c_jsonb->>a.eq.3,c_text.eq.alpha)&order=id');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, [{ id: 1 }, { id: 2 }]);
  });

  test('or on an embedded resource filters only the embed', async () => {
    const res = await http('GET', 'posts?select=id,comments(id)&comments.or=(likes.gt.6,author_id.eq.' + profiles[3].id + ')&id=in.(1,2,5)&order=id&comments.order=id');
    assert.equal(res.status, 200, res.text);
    same(res.json, [1, 2, 5].map((id) => ({
      id, comments: comments.filter((c) => c.post_id === id && (c.likes > 6 || c.author_id === profiles[3].id)).sort((a, b) => a.id - b.id).map((c) => ({ id: c.id })),
    })));
  });

  test('and on an embedded resource with !inner filters the parents', async () => {
    const res = await http('GET', 'posts?select=id,comments!inner(id)&comments.and=(likes.gte.2,likes.lte.4)&order=id&comments.order=id');
    assert.equal(res.status, 200, res.text);
    const keep = (c) => c.likes >= 2 && c.likes <= 4;
    same(res.json, idsOf(posts).map((id) => ({ id, comments: comments.filter((c) => c.post_id === id && keep(c)).sort((a, b) => a.id - b.id).map((c) => ({ id: c.id })) }))
      .filter((p) => p.comments.length > 0));
  });
});
