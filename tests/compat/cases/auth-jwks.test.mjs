// Asymmetric signing keys as Supabase clients see them: the fixture's current key is ES256 (kid compat-es256), so a
// session's access token carries that kid; the JWKS at /auth/v1/.well-known/jwks.json (no API key) verifies it with
// node's own crypto, and supabase-js's getClaims() verifies it locally with WebCrypto from the JWKS, without asking
// /user. The suite's HS256 keys (lib/jwt.mjs) keep working beside it.
import assert from 'node:assert/strict';
import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { describe, test } from 'node:test';
import { createClient } from '@supabase/supabase-js';
import { BASE_URL } from '../lib/client.mjs';
import { anonKey, serviceKey } from '../lib/jwt.mjs';

const KID = 'compat-es256';
const PASSWORD = 'correct horse battery';

class NoRealtime {
  constructor() {
    throw new Error('realtime is not used by the auth cases');
  }
}

const decode = (part) => JSON.parse(Buffer.from(part, 'base64url').toString());

/** A client whose requests are recorded, to tell a local verification from a call to the server. */
function recordingClient(key) {
  const urls = [];
  const client = createClient(BASE_URL, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: NoRealtime },
    global: { fetch: (input, init) => { urls.push(String(input instanceof Request ? input.url : input)); return fetch(input, init); } },
  });
  return { client, urls };
}

async function signedIn() {
  const email = `jwks-${randomUUID().slice(0, 8)}@example.com`;
  const admin = recordingClient(serviceKey).client.auth.admin;
  assert.equal((await admin.createUser({ email, password: PASSWORD, email_confirm: true })).error, null);
  const user = recordingClient(anonKey);
  const signIn = await user.client.auth.signInWithPassword({ email, password: PASSWORD });
  assert.equal(signIn.error, null, signIn.error?.message);
  return { ...user, session: signIn.data.session };
}

describe('auth: signing keys and the JWKS', () => {
  test('the JWKS is public, cacheable and lists the public key only', async () => {
    const res = await fetch(`${BASE_URL}/auth/v1/.well-known/jwks.json`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=600/);
    const { keys } = await res.json();
    assert.deepEqual(keys.map((k) => [k.kid, k.kty, k.alg, k.crv, k.use]), [[KID, 'EC', 'ES256', 'P-256', 'sig']]);
    assert.deepEqual(keys[0].key_ops, ['verify']);
    assert.equal(keys[0].d, undefined);
  });

  test('a session token is ES256 with the kid, and node verifies it with the JWKS key', async () => {
    const { session } = await signedIn();
    const [header, payload, signature] = session.access_token.split('.');
    assert.deepEqual([decode(header).alg, decode(header).kid], ['ES256', KID]);
    assert.equal(decode(payload).sub, session.user.id);

    const { keys } = await (await fetch(`${BASE_URL}/auth/v1/.well-known/jwks.json`)).json();
    const key = createPublicKey({ key: keys.find((k) => k.kid === KID), format: 'jwk' });
    const signed = Buffer.from(`${header}.${payload}`);
    assert.equal(verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url')), true);
    const tampered = Buffer.from(`${header}.${Buffer.from(JSON.stringify({ ...decode(payload), role: 'service_role' })).toString('base64url')}`);
    assert.equal(verify('sha256', tampered, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url')), false);
  });

  test('getClaims() verifies the session locally from the JWKS, and getUser() and REST accept the token', async () => {
    const { client, urls, session } = await signedIn();
    urls.length = 0;

    const claims = await client.auth.getClaims();

    assert.equal(claims.error, null, claims.error?.message);
    assert.equal(claims.data.claims.sub, session.user.id);
    assert.equal(claims.data.header.kid, KID);
    assert.ok(urls.some((u) => u.endsWith('/auth/v1/.well-known/jwks.json')), urls.join(', '));
    assert.ok(!urls.some((u) => u.endsWith('/auth/v1/user')), urls.join(', '));

    const user = await client.auth.getUser();
    assert.equal(user.error, null, user.error?.message);
    assert.equal(user.data.user.id, session.user.id);
    const notes = await client.from('notes').select('owner_id').eq('owner_id', session.user.id);
    assert.equal(notes.error, null, notes.error?.message);
  });

  test('a token under a kid the server does not have is refused by REST with PostgREST\'s error', async () => {
    const { session } = await signedIn();
    const [, payload, signature] = session.access_token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ alg: 'ES256', kid: 'retired', typ: 'JWT' })).toString('base64url')}.${payload}.${signature}`;

    const res = await fetch(`${BASE_URL}/rest/v1/notes?select=id`, { headers: { apikey: anonKey, Authorization: `Bearer ${forged}` } });

    assert.equal(res.status, 401);
    const body = await res.json();
    assert.deepEqual([body.code, body.message, body.details], ['PGRST301', 'No suitable key or wrong key type', 'No suitable key was found to decode the JWT']);
  });
});
