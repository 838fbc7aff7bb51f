// The API description: /openapi.json (OpenAPI 3.1, every table and verb, row schemas, the security schemes), the
// same document at the REST root where PostgREST serves it (postgrest-js getOpenApiSpec()), and the /docs viewer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_URL, rest } from '../lib/client.mjs';
import { samples } from '../fixture/seed.mjs';

const TABLES = ['profiles', 'profile_settings', 'categories', 'posts', 'comments', 'tags', 'post_tags', 'samples', 'vendors', 'items', 'kv'];

async function document() {
  const res = await fetch(`${BASE_URL}/openapi.json`, { signal: AbortSignal.timeout(15_000) });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /json/);
  return res.json();
}

describe('OpenAPI', () => {
  test('/openapi.json is OpenAPI 3.1 with one path per table and none for Basalt\'s own tables', async () => {
    const doc = await document();
    assert.match(doc.openapi, /^3\.1\./);
    const paths = Object.keys(doc.paths);
    for (const table of TABLES) {
      assert.ok(paths.some((p) => p === `/${table}` || p === `/rest/v1/${table}`), `no path for ${table} in ${paths.join(', ')}`);
    }
    assert.ok(!paths.some((p) => /auth/.test(p)), `Basalt's auth tables are not part of the REST API: ${paths.join(', ')}`);
  });

  test('every table path has GET, HEAD, POST, PATCH, PUT and DELETE', async () => {
    const doc = await document();
    for (const table of TABLES) {
      const item = doc.paths[`/${table}`] ?? doc.paths[`/rest/v1/${table}`];
      for (const verb of ['get', 'head', 'post', 'patch', 'put', 'delete']) {
        assert.ok(item?.[verb], `${table} lacks ${verb}`);
      }
    }
  });

  test('a row schema lists every column of the table', async () => {
    const doc = await document();
    const columns = Object.keys(samples[0]).sort();
    const schemas = Object.values(doc.components?.schemas ?? {});
    assert.ok(schemas.some((s) => s.properties && columns.every((c) => c in s.properties)),
      `no component schema has all of ${columns.join(', ')}`);
  });

  test('the security schemes are the apikey header and a bearer JWT', async () => {
    const doc = await document();
    const schemes = Object.values(doc.components?.securitySchemes ?? {});
    assert.ok(schemes.some((s) => s.type === 'apiKey' && s.in === 'header' && s.name.toLowerCase() === 'apikey'), JSON.stringify(schemes));
    assert.ok(schemes.some((s) => s.type === 'http' && s.scheme.toLowerCase() === 'bearer'), JSON.stringify(schemes));
  });

  test('postgrest-js getOpenApiSpec() gets the same document from the REST root', async () => {
    const result = await rest().getOpenApiSpec();
    assert.equal(result.error, null, JSON.stringify(result.error));
    assert.deepEqual(result.data, await document());
  });

  test('/docs serves an HTML viewer', async () => {
    const res = await fetch(`${BASE_URL}/docs`, { signal: AbortSignal.timeout(15_000), redirect: 'follow' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = await res.text();
    assert.match(html, /<html/i);
    assert.match(html, /<script/i, 'an interactive viewer runs scripts');
  });
});
