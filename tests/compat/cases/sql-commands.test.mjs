// One request, one SQL command: the server reports how many commands a request ran in X-Basalt-Sql-Commands.
// Reads with embeds, nested embeds, counts and filters on embeds must each run exactly one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http } from '../lib/client.mjs';

const HEADER = 'x-basalt-sql-commands';

async function commandsFor(method, path, headers = {}) {
  const res = await http(method, path, { headers });
  assert.ok(res.status < 300, `${res.status}: ${res.text.slice(0, 300)}`);
  const value = res.headers.get(HEADER);
  assert.notEqual(value, null, `${HEADER} header is missing`);
  return Number(value);
}

describe('one SQL command per read', () => {
  const reads = [
    ['a plain read', 'posts?select=id,title&order=id'],
    ['a read with a filter, an order and a page', 'posts?select=id&views=gt.10&order=views.desc&limit=3&offset=1'],
    ['a read with one-to-many and many-to-one embeds', 'posts?select=id,comments(id),categories(slug)'],
    ['a three-level embed', 'posts?select=id,comments(id,profiles(username,profile_settings(theme)))'],
    ['a many-to-many embed with filters, order and limit on it', 'posts?select=id,tags(name)&tags.name=neq.food&tags.order=name&tags.limit=1'],
    ['an embed count and !inner', 'posts?select=id,comments!inner(count)&comments.likes=gt.1'],
  ];
  for (const [name, path] of reads) {
    test(`${name} runs one command`, async () => {
      assert.equal(await commandsFor('GET', path), 1);
    });
  }

  test('a read with Prefer: count=exact runs one command', async () => {
    assert.equal(await commandsFor('GET', 'posts?select=id,comments(id)&limit=2', { Prefer: 'count=exact' }), 1);
  });
});
