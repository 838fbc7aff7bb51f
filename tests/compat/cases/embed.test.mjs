// Resource embedding: many-to-one, one-to-many, one-to-one, self-references, many-to-many, hints, !inner, spreads,
// nesting, and filters/order/limit/offset/count on embeds. Expectations are joins computed over fixture/seed.mjs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, rest, supabase } from '../lib/client.mjs';
import { by, ok, same, sorted } from '../lib/expect.mjs';
import { categories, comments, posts, postTags, profileSettings, profiles, tags } from '../fixture/seed.mjs';

const profile = (id) => profiles.find((p) => p.id === id) ?? null;
const category = (id) => categories.find((c) => c.id === id) ?? null;
const commentsOf = (postId) => sorted(comments.filter((c) => c.post_id === postId), 'id');
const settingsOf = (profileId) => profileSettings.find((s) => s.profile_id === profileId) ?? null;
const tagsOf = (postId) => postTags.filter((pt) => pt.post_id === postId).map((pt) => tags.find((t) => t.id === pt.tag_id));
const byId = sorted(posts, 'id');

describe('embedding', () => {
  test('many-to-one gives an object', async () => {
    const data = ok(await rest().from('comments').select('id,posts(title)').order('id'));
    same(data, sorted(comments, 'id').map((c) => ({ id: c.id, posts: { title: posts.find((p) => p.id === c.post_id).title } })));
  });

  test('many-to-one with no related row gives null', async () => {
    const data = ok(await supabase().from('posts').select('id,categories(slug)').order('id'));
    same(data, byId.map((p) => ({ id: p.id, categories: p.category_id === null ? null : { slug: category(p.category_id).slug } })));
  });

  test('one-to-many gives an array, empty when there are no children', async () => {
    const data = ok(await rest().from('posts').select('id,comments(id)').order('id').order('id', { referencedTable: 'comments' }));
    same(data, byId.map((p) => ({ id: p.id, comments: commentsOf(p.id).map((c) => ({ id: c.id })) })));
  });

  test('one-to-one (primary key is the foreign key) gives an object or null', async () => {
    const data = ok(await rest().from('profiles').select('username,profile_settings(theme,newsletter)').order('username'));
    same(data, sorted(profiles, 'username').map((p) => {
      const s = settingsOf(p.id);
      return { username: p.username, profile_settings: s && { theme: s.theme, newsletter: s.newsletter } };
    }));
  });

  test('one-to-one from the other side gives an object', async () => {
    const data = ok(await rest().from('profile_settings').select('theme,profiles(username)').order('profile_id'));
    same(data, sorted(profileSettings, 'profile_id').map((s) => ({ theme: s.theme, profiles: { username: profile(s.profile_id).username } })));
  });

  test('self-reference: the key column names the parent (many-to-one)', async () => {
    const data = ok(await rest().from('categories').select('slug,parent:parent_id(slug)').order('id'));
    same(data, sorted(categories, 'id').map((c) => ({ slug: c.slug, parent: c.parent_id === null ? null : { slug: category(c.parent_id).slug } })));
  });

  test('self-reference: the table name gives the children (one-to-many)', async () => {
    const data = ok(await rest().from('categories').select('slug,categories(slug)').order('id')
      .order('id', { referencedTable: 'categories' }));
    same(data, sorted(categories, 'id').map((c) => ({
      slug: c.slug, categories: sorted(categories.filter((k) => k.parent_id === c.id), 'id').map((k) => ({ slug: k.slug })),
    })));
  });

  test('self-reference with a hint and an alias; the alias names the embed in filters', async () => {
    const res = await http('GET', 'categories?select=slug,children:categories!parent_id(slug)&children.order=slug.desc&order=id');
    assert.equal(res.status, 200, res.text);
    same(res.json, sorted(categories, 'id').map((c) => ({
      slug: c.slug, children: sorted(categories.filter((k) => k.parent_id === c.id), { key: 'slug', desc: true }).map((k) => ({ slug: k.slug })),
    })));
  });

  test('threaded comments: replies through the self-reference', async () => {
    const data = ok(await rest().from('comments').select('id,replies:comments(id)').eq('post_id', 5).order('id')
      .order('id', { referencedTable: 'replies' }));
    same(data, commentsOf(5).map((c) => ({ id: c.id, replies: commentsOf(5).filter((r) => r.parent_id === c.id).map((r) => ({ id: r.id })) })));
  });

  test('many-to-many through the junction table', async () => {
    const data = ok(await rest().from('posts').select('id,tags(name)').order('id').order('name', { referencedTable: 'tags' }));
    same(data, byId.map((p) => ({ id: p.id, tags: sorted(tagsOf(p.id), 'name').map((t) => ({ name: t.name })) })));
  });

  test('many-to-many from the other side, including a tag with no posts', async () => {
    const data = ok(await supabase().from('tags').select('name,posts(id)').order('id').order('id', { referencedTable: 'posts' }));
    same(data, sorted(tags, 'id').map((t) => ({
      name: t.name, posts: postTags.filter((pt) => pt.tag_id === t.id).map((pt) => pt.post_id).sort((a, b) => a - b).map((id) => ({ id })),
    })));
  });

  test('the junction table itself embeds as one-to-many', async () => {
    const data = ok(await rest().from('posts').select('id,post_tags(tag_id)').in('id', [1, 4, 7]).order('id')
      .order('tag_id', { referencedTable: 'post_tags' }));
    same(data, [1, 4, 7].map((id) => ({ id, post_tags: postTags.filter((pt) => pt.post_id === id).map((pt) => ({ tag_id: pt.tag_id })).sort(by('tag_id')) })));
  });

  test('two keys to one table: !hint by column picks each one', async () => {
    const data = ok(await rest().from('posts').select('id,author:profiles!author_id(username),editor:profiles!editor_id(username)').order('id'));
    same(data, byId.map((p) => ({
      id: p.id, author: { username: profile(p.author_id).username }, editor: p.editor_id === null ? null : { username: profile(p.editor_id).username },
    })));
  });

  test('!hint by foreign key name', async () => {
    const data = ok(await rest().from('posts').select('id,profiles!posts_editor_id_fkey(username)').order('id'));
    same(data, byId.map((p) => ({ id: p.id, profiles: p.editor_id === null ? null : { username: profile(p.editor_id).username } })));
  });

  test('one-to-many through each of two keys with hints', async () => {
    const res = await http('GET', 'profiles?select=username,authored:posts!author_id(id),edited:posts!editor_id(id)&authored.order=id&edited.order=id&order=username');
    assert.equal(res.status, 200, res.text);
    same(res.json, sorted(profiles, 'username').map((u) => ({
      username: u.username,
      authored: byId.filter((p) => p.author_id === u.id).map((p) => ({ id: p.id })),
      edited: byId.filter((p) => p.editor_id === u.id).map((p) => ({ id: p.id })),
    })));
  });

  test('!inner keeps only parents with a matching child, and only those children', async () => {
    const data = ok(await rest().from('posts').select('id,comments!inner(id)').gte('comments.likes', 7).order('id')
      .order('id', { referencedTable: 'comments' }));
    const expected = byId.map((p) => ({ id: p.id, comments: commentsOf(p.id).filter((c) => c.likes >= 7).map((c) => ({ id: c.id })) }))
      .filter((p) => p.comments.length > 0);
    assert.ok(expected.length > 0 && expected.length < posts.length);
    same(data, expected);
  });

  test('an embedded filter without !inner filters the children, not the parents', async () => {
    const data = ok(await rest().from('posts').select('id,comments(id)').gte('comments.likes', 7).order('id')
      .order('id', { referencedTable: 'comments' }));
    same(data, byId.map((p) => ({ id: p.id, comments: commentsOf(p.id).filter((c) => c.likes >= 7).map((c) => ({ id: c.id })) })));
  });

  test('embed=not.is.null filters parents like !inner', async () => {
    const res = await http('GET', 'posts?select=id,comments(id)&comments.likes=gte.7&comments=not.is.null&order=id&comments.order=id');
    assert.equal(res.status, 200, res.text);
    same(res.json, byId.map((p) => ({ id: p.id, comments: commentsOf(p.id).filter((c) => c.likes >= 7).map((c) => ({ id: c.id })) }))
      .filter((p) => p.comments.length > 0));
  });

  test('an empty embed with embed=is.null is an anti-join and adds no key', async () => {
    const res = await http('GET', 'posts?select=id,comments()&comments=is.null&order=id');
    assert.equal(res.status, 200, res.text);
    same(res.json, byId.filter((p) => commentsOf(p.id).length === 0).map((p) => ({ id: p.id })));
  });

  test('or across embeds with not.is.null on empty aliased embeds', async () => {
    const res = await http('GET', 'posts?select=id,ed:profiles!editor_id(),cm:comments()&ed.username=eq.alice&cm.likes=gte.9&or=(ed.not.is.null,cm.not.is.null)&order=id');
    assert.equal(res.status, 200, res.text);
    same(res.json, byId.filter((p) => p.editor_id === profiles[0].id || commentsOf(p.id).some((c) => c.likes >= 9)).map((p) => ({ id: p.id })));
  });

  test('spread of a to-one embed lifts its columns', async () => {
    const data = ok(await rest().from('posts').select('id,...categories(category:slug),...profiles!author_id(author:username)').order('id'));
    same(data, byId.map((p) => ({ id: p.id, category: p.category_id === null ? null : category(p.category_id).slug, author: profile(p.author_id).username })));
  });

  // Known gap: PostgREST 13's to-many spread is refused with PGRST119 (to-one spreads work).
  test('spread of a to-many embed gives correlated arrays', { todo: 'to-many spread not supported yet (PGRST119)' }, async () => {
    const res = await http('GET', 'profiles?select=username,...posts!author_id(ids:id,views:views)&posts.order=id&order=username');
    assert.equal(res.status, 200, res.text);
    same(res.json, sorted(profiles, 'username').map((u) => {
      const own = byId.filter((p) => p.author_id === u.id);
      return { username: u.username, ids: own.map((p) => p.id), views: own.map((p) => p.views) };
    }));
  });

  test('three levels: posts → comments → profiles → profile_settings', async () => {
    const data = ok(await rest().from('posts').select('id,comments(id,profiles(username,profile_settings(theme)))').in('id', [1, 5])
      .order('id').order('id', { referencedTable: 'comments' }));
    same(data, [1, 5].map((id) => ({
      id,
      comments: commentsOf(id).map((c) => {
        const s = settingsOf(c.author_id);
        return { id: c.id, profiles: { username: profile(c.author_id).username, profile_settings: s && { theme: s.theme } } };
      }),
    })));
  });

  test('a filter on a nested to-one embed nulls the non-matching ones', async () => {
    const res = await http('GET', 'posts?select=id,comments(id,profiles(username))&comments.profiles.username=eq.bob&id=eq.1&comments.order=id');
    assert.equal(res.status, 200, res.text);
    same(res.json, [{ id: 1, comments: commentsOf(1).map((c) => ({ id: c.id, profiles: c.author_id === profiles[1].id ? { username: 'bob' } : null })) }]);
  });

  test('order and limit on an embed (comments.order=likes.desc&comments.limit=2)', async () => {
    const data = ok(await rest().from('posts').select('id,comments(id,likes)').order('id')
      .order('likes', { referencedTable: 'comments', ascending: false }).limit(2, { referencedTable: 'comments' }));
    same(data, byId.map((p) => ({ id: p.id, comments: sorted(commentsOf(p.id), { key: 'likes', desc: true }).slice(0, 2).map((c) => ({ id: c.id, likes: c.likes })) })));
  });

  test('range() on an embed sets its offset and limit', async () => {
    const data = ok(await rest().from('posts').select('id,comments(id)').in('id', [1, 5]).order('id')
      .order('id', { referencedTable: 'comments' }).range(1, 2, { referencedTable: 'comments' }));
    same(data, [1, 5].map((id) => ({ id, comments: commentsOf(id).slice(1, 3).map((c) => ({ id: c.id })) })));
  });

  test('comments(count) counts the children of each row', async () => {
    const data = ok(await rest().from('posts').select('id,comments(count)').order('id'));
    same(data, byId.map((p) => ({ id: p.id, comments: [{ count: commentsOf(p.id).length }] })));
  });

  test('comments(count) respects an embedded filter', async () => {
    const res = await http('GET', 'posts?select=id,comments(count)&comments.likes=gt.3&order=id');
    assert.equal(res.status, 200, res.text);
    same(res.json, byId.map((p) => ({ id: p.id, comments: [{ count: commentsOf(p.id).filter((c) => c.likes > 3).length }] })));
  });

  test('or= on an embed (referencedTable)', async () => {
    const data = ok(await rest().from('posts').select('id,comments(id)').in('id', [1, 2])
      .or('likes.gte.7,body.eq.Indeed', { referencedTable: 'comments' }).order('id').order('id', { referencedTable: 'comments' }));
    same(data, [1, 2].map((id) => ({ id, comments: commentsOf(id).filter((c) => c.likes >= 7 || c.body === 'Indeed').map((c) => ({ id: c.id })) })));
  });

  test('order the top level by a column of a to-one embed', async () => {
    const res = await http('GET', 'comments?select=id,posts(views)&order=posts(views).desc,id');
    assert.equal(res.status, 200, res.text);
    const views = (c) => posts.find((p) => p.id === c.post_id).views;
    same(res.json, sorted(comments, { key: views, desc: true }, 'id').map((c) => ({ id: c.id, posts: { views: views(c) } })));
  });

  test('* inside an embed returns the whole related row', async () => {
    const data = ok(await rest().from('comments').select('*,posts(*)').eq('id', 6));
    const c = comments.find((x) => x.id === 6);
    same(data, [{ ...c, posts: posts.find((p) => p.id === c.post_id) }]);
  });
});
