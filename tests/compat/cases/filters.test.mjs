// Horizontal filtering: every operator PostgREST documents, with not. and the any/all modifiers, on the column
// types they apply to. Each case states the filter as the client sends it and computes the rows from the seed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, rest, supabase } from '../lib/client.mjs';
import { assertHttpError, ok, same } from '../lib/expect.mjs';
import { U, posts, profileSettings, profiles, samples } from '../fixture/seed.mjs';

const ids = (rows) => rows.map((r) => r.id ?? r.profile_id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const words = (text) => (text ?? '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
const ms = (t) => (t === null ? null : Date.parse(t));
const like = (pattern, flags = '') => new RegExp(`^${pattern.split('').map((c) => (c === '*' || c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, `s${flags}`);
const subset = (a, b) => a.every((x) => b.includes(x));

/** Runs one filtered read of `table` selecting its key and checks the keys against the rows `expect` keeps. */
function filterCase(name, table, apply, keep, { client = rest, key = 'id' } = {}) {
  const source = { posts, profiles, samples, profile_settings: profileSettings }[table];
  test(name, async () => {
    const data = ok(await apply(client().from(table).select(key)), 200);
    const expected = ids(source.filter(keep));
    assert.ok(source.length > 0);
    assert.deepEqual(ids(data), expected);
  });
}

/** The same with a raw query string, for what the clients do not encode the way the case needs. */
function rawCase(name, table, query, keep, key = 'id') {
  const source = { posts, profiles, samples }[table];
  test(name, async () => {
    const res = await http('GET', `${table}?select=${key}&${query}`);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(ids(res.json), ids(source.filter(keep)));
  });
}

describe('comparison operators', () => {
  filterCase('eq on an integer', 'posts', (q) => q.eq('views', 120), (p) => p.views === 120);
  filterCase('eq on text holding a comma and a space', 'posts', (q) => q.eq('title', 'Draft, with comma'), (p) => p.title === 'Draft, with comma');
  filterCase('eq on a uuid (supabase-js)', 'posts', (q) => q.eq('author_id', U.carol), (p) => p.author_id === U.carol, { client: supabase });
  filterCase('eq on an enum', 'posts', (q) => q.eq('status', 'archived'), (p) => p.status === 'archived');
  filterCase('eq on a date', 'profiles', (q) => q.eq('joined_on', '2024-02-29'), (p) => p.joined_on === '2024-02-29');
  filterCase('eq on a boolean', 'profile_settings', (q) => q.eq('newsletter', true), (s) => s.newsletter === true, { key: 'profile_id' });
  filterCase('eq on a numeric', 'samples', (q) => q.eq('c_numeric', 12.3456), (s) => s.c_numeric === 12.3456);
  filterCase('eq on a bigint beyond 32 bits', 'samples', (q) => q.eq('c_big', 9000000000000), (s) => s.c_big === 9000000000000);
  filterCase('eq on a time', 'samples', (q) => q.eq('c_time', '23:59:59'), (s) => s.c_time === '23:59:59');
  filterCase('neq leaves out nulls, as SQL does', 'posts', (q) => q.neq('rating', 4.5), (p) => p.rating !== null && p.rating !== 4.5);
  filterCase('gt on an integer', 'posts', (q) => q.gt('views', 100), (p) => p.views > 100);
  filterCase('gte on an integer', 'posts', (q) => q.gte('views', 120), (p) => p.views >= 120);
  filterCase('lt on a real', 'posts', (q) => q.lt('rating', 3), (p) => p.rating !== null && p.rating < 3);
  filterCase('lte on a real', 'posts', (q) => q.lte('rating', 3), (p) => p.rating !== null && p.rating <= 3);
  filterCase('gt on timestamptz with an offset in the value compares instants', 'posts',
    (q) => q.gt('published_at', '2024-02-01T13:00:00+01:00'), (p) => p.published_at !== null && ms(p.published_at) > Date.parse('2024-02-01T12:00:00Z'));
  filterCase('lt on a date', 'profiles', (q) => q.lt('joined_on', '2023-03-01'), (p) => p.joined_on < '2023-03-01');
  filterCase('gte and lte on one column combine with AND', 'posts', (q) => q.gte('views', 50).lte('views', 150), (p) => p.views >= 50 && p.views <= 150);
  filterCase('match() sets several eq filters', 'posts', (q) => q.match({ status: 'published', author_id: U.alice }), (p) => p.status === 'published' && p.author_id === U.alice);
});

describe('pattern operators', () => {
  filterCase('like is case-sensitive, * is %', 'posts', (q) => q.like('title', '*ull*'), (p) => like('*ull*').test(p.title));
  filterCase('like with _ as a one-character wildcard', 'posts', (q) => q.like('body', '*under_scores*'), (p) => like('*under_scores*').test(p.body));
  filterCase('ilike ignores case', 'posts', (q) => q.ilike('title', '*null*'), (p) => like('*null*', 'i').test(p.title));
  filterCase('match is a POSIX regular expression', 'posts', (q) => q.regexMatch('title', '^[A-Z][a-z]+ [a-z]+$'), (p) => /^[A-Z][a-z]+ [a-z]+$/.test(p.title));
  filterCase('imatch ignores case', 'posts', (q) => q.regexIMatch('title', '^null'), (p) => /^null/i.test(p.title));
  filterCase('not.like', 'posts', (q) => q.not('title', 'like', '*o*'), (p) => !like('*o*').test(p.title));
});

describe('lists, is and isdistinct', () => {
  filterCase('in on integers', 'posts', (q) => q.in('id', [1, 3, 5, 99]), (p) => [1, 3, 5].includes(p.id));
  filterCase('in with values holding , ( ) (the client quotes them)', 'profiles', (q) => q.in('display_name', ['Erin, Esq. (retired)', 'Bob']),
    (p) => ['Erin, Esq. (retired)', 'Bob'].includes(p.display_name));
  rawCase('in with an escaped double quote inside a quoted value', 'profiles', 'display_name=in.(%22Dave%20%5C%22the%20rave%5C%22%20D.%22)',
    (p) => p.display_name === 'Dave "the rave" D.');
  filterCase('not.in', 'posts', (q) => q.notIn('status', ['draft', 'archived']), (p) => p.status === 'published');
  rawCase('in with an empty list matches nothing', 'posts', 'id=in.()', () => false);
  filterCase('is.null', 'posts', (q) => q.is('editor_id', null), (p) => p.editor_id === null);
  filterCase('not.is.null', 'posts', (q) => q.not('rating', 'is', null), (p) => p.rating !== null);
  filterCase('is.true', 'samples', (q) => q.is('c_bool', true), (s) => s.c_bool === true);
  filterCase('is.false', 'samples', (q) => q.is('c_bool', false), (s) => s.c_bool === false);
  rawCase('is.unknown matches a null boolean', 'samples', 'c_bool=is.unknown', (s) => s.c_bool === null);
  rawCase('not.is.true keeps false and null', 'samples', 'c_bool=not.is.true', (s) => s.c_bool !== true);
  filterCase('isdistinct treats null as a value', 'posts', (q) => q.isDistinct('rating', 4.5), (p) => p.rating !== 4.5);
});

describe('array and JSON containment', () => {
  filterCase('cs on text[]', 'posts', (q) => q.contains('labels', ['db']), (p) => p.labels.includes('db'));
  filterCase('cs with two elements', 'posts', (q) => q.contains('labels', ['db', 'intro']), (p) => subset(['db', 'intro'], p.labels));
  filterCase('cd on text[] (an empty array is contained in anything)', 'posts', (q) => q.containedBy('labels', ['db', 'intro', 'tips', 'search']),
    (p) => subset(p.labels, ['db', 'intro', 'tips', 'search']));
  filterCase('ov on text[]', 'posts', (q) => q.overlaps('labels', ['food', 'rust']), (p) => p.labels.some((l) => ['food', 'rust'].includes(l)));
  rawCase('cs on text[] with a quoted element holding a comma', 'samples', 'c_texts=cs.%7B%22d,e%22%7D', (s) => (s.c_texts ?? []).includes('d,e'));
  filterCase('cs on integer[]', 'samples', (q) => q.contains('c_ints', [1, 2]), (s) => subset([1, 2], s.c_ints ?? [null]));
  filterCase('ov on integer[]', 'samples', (q) => q.overlaps('c_ints', [2147483647, 3]), (s) => (s.c_ints ?? []).some((v) => [2147483647, 3].includes(v)));
  filterCase('not.cs on text[]', 'posts', (q) => q.not('labels', 'cs', '{db}'), (p) => !p.labels.includes('db'));
  filterCase('cs on jsonb with an object', 'samples', (q) => q.contains('c_jsonb', { a: 2 }), (s) => s.c_jsonb?.a === 2);
  filterCase('cs on jsonb with a nested object', 'samples', (q) => q.contains('c_jsonb', { nested: { k: 'w' } }), (s) => s.c_jsonb?.nested?.k === 'w');
  filterCase('cd on jsonb', 'samples', (q) => q.containedBy('c_jsonb', { a: 3, tags: [], nested: { k: 'w' }, extra: 1 }), (s) => s.id === 2);
  filterCase('->> path compared as text', 'samples', (q) => q.eq('c_jsonb->>a', '2'), (s) => s.c_jsonb?.a === 2);
  filterCase('-> path compared as JSON', 'samples', (q) => q.gt('c_jsonb->a', 2), (s) => typeof s.c_jsonb?.a === 'number' && s.c_jsonb.a > 2);
});

describe('full-text search', () => {
  filterCase('fts with one word', 'posts', (q) => q.textSearch('body', 'database'), (p) => words(p.body).includes('database'));
  filterCase('fts with & between words', 'posts', (q) => q.textSearch('body', 'full & search'), (p) => words(p.body).includes('full') && words(p.body).includes('search'));
  filterCase('plfts: plain words, all required', 'posts', (q) => q.textSearch('body', 'fast database', { type: 'plain' }),
    (p) => words(p.body).includes('fast') && words(p.body).includes('database'));
  filterCase('phfts: words in sequence', 'posts', (q) => q.textSearch('body', 'full text search', { type: 'phrase' }), (p) => p.body.toLowerCase().includes('full text search'));
  filterCase('phfts: the same words out of order match nothing', 'posts', (q) => q.textSearch('body', 'search text full', { type: 'phrase' }), () => false);
  filterCase('wfts: web search syntax with a negated word', 'posts', (q) => q.textSearch('body', 'database -sqlite', { type: 'websearch' }),
    (p) => words(p.body).includes('database') && !words(p.body).includes('sqlite'));
  filterCase('wfts with a quoted phrase', 'posts', (q) => q.textSearch('body', '"full text"', { type: 'websearch' }), (p) => p.body.toLowerCase().includes('full text'));
  filterCase('plfts(english) stems words', 'posts', (q) => q.textSearch('body', 'databases', { type: 'plain', config: 'english' }),
    (p) => words(p.body).includes('database'));
  filterCase('not.fts', 'posts', (q) => q.not('body', 'fts', 'database'), (p) => !words(p.body).includes('database'));
});

describe('any and all modifiers', () => {
  rawCase('eq(any)', 'posts', 'id=eq(any).%7B1,3,5%7D', (p) => [1, 3, 5].includes(p.id));
  filterCase('like(any) (likeAnyOf)', 'posts', (q) => q.likeAnyOf('title', ['*SQL*', '*Rust*']), (p) => /SQL|Rust/.test(p.title));
  filterCase('like(all) (likeAllOf)', 'posts', (q) => q.likeAllOf('title', ['*a*', '*s*']), (p) => p.title.includes('a') && p.title.includes('s'));
  filterCase('ilike(any) (ilikeAnyOf)', 'posts', (q) => q.ilikeAnyOf('title', ['*null*', '*PASTA*']), (p) => /null|pasta/i.test(p.title));
  rawCase('gt(all)', 'posts', 'views=gt(all).%7B50,100%7D', (p) => p.views > 100);
  rawCase('lt(any)', 'posts', 'views=lt(any).%7B10,50%7D', (p) => p.views < 50);
  rawCase('match(any)', 'posts', 'title=match(any).%7B%5EHello,%5ERust%7D', (p) => /^(Hello|Rust)/.test(p.title));
  rawCase('not.eq(any)', 'posts', 'status=not.eq(any).%7Bdraft,archived%7D', (p) => p.status === 'published');
});

describe('range operators on columns that are not ranges', () => {
  for (const op of ['sl', 'sr', 'nxr', 'nxl', 'adj']) {
    test(`${op} on an integer column is PostgreSQL's "operator does not exist" (404, 42883)`, async () => {
      const res = await http('GET', `posts?select=id&views=${op}.(1,10)`);
      assertHttpError(res, 404, '42883');
    });
  }
});
