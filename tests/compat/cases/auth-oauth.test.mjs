// Sign-in with an OpenID Connect provider through the real supabase-js, as a browser app does it: signInWithOAuth
// (PKCE: the client keeps the verifier) → the browser goes through /auth/v1/authorize, the provider (the test issuer
// the runner started) and Basalt's callback → the app's URL with ?code= → exchangeCodeForSession → getUser shows the
// identity. The "browser" is fetch with a cookie jar, following each redirect by hand.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { BASE_URL, supabase } from '../lib/client.mjs';
import { anonKey } from '../lib/jwt.mjs';

const ISSUER = process.env.COMPAT_OIDC_ISSUER;
const APP = 'http://127.0.0.1:5173';
const MAX_HOPS = 8;

const app = (flowType) => supabase(anonKey, { flowType });

/** Who the test issuer signs in next (a fresh account unless told otherwise). */
async function nextUser(overrides = {}) {
  const id = randomUUID().slice(0, 8);
  const user = { subject: `compat-${id}`, email: `oauth-${id}@example.com`, emailVerified: true, name: `User ${id}`, deny: false, ...overrides };
  const res = await fetch(`${ISSUER}/test/next-user`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) });
  assert.equal(res.status, 204);
  return user;
}

/** A browser without a window: follows redirects one by one with its cookies until one leads back to the app. */
async function browse(start) {
  const jar = new Map();
  let url = new URL(start);
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(10_000) });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    await res.text();
    assert.ok([302, 303].includes(res.status), `${url} answered ${res.status}`);
    url = new URL(res.headers.get('location'), url);
    if (url.origin === APP) return url;
  }
  throw new Error(`no way back to the app within ${MAX_HOPS} redirects`);
}

describe('auth: OAuth / OpenID Connect sign-in', { skip: !ISSUER && 'COMPAT_OIDC_ISSUER is not set' }, () => {
  test('signInWithOAuth with PKCE, then exchangeCodeForSession, signs in a new user with its identity', async () => {
    const who = await nextUser();
    const client = app('pkce');
    const { data, error } = await client.auth.signInWithOAuth({
      provider: 'testidp',
      options: { redirectTo: `${APP}/callback`, skipBrowserRedirect: true },
    });
    assert.equal(error, null);
    const authorize = new URL(data.url);
    assert.equal(authorize.pathname, '/auth/v1/authorize');
    assert.ok(authorize.searchParams.get('code_challenge'), 'supabase-js sends a PKCE challenge');

    const back = await browse(data.url);
    assert.equal(back.pathname, '/callback');
    const code = back.searchParams.get('code');
    assert.ok(code, `no code in ${back}`);
    const exchanged = await client.auth.exchangeCodeForSession(code);
    assert.equal(exchanged.error, null);
    assert.equal(exchanged.data.user.email, who.email);
    assert.equal(exchanged.data.user.app_metadata.provider, 'testidp');
    assert.ok(exchanged.data.session.provider_token, 'the provider access token comes with the session');

    const { data: me, error: meError } = await client.auth.getUser();
    assert.equal(meError, null);
    const identity = me.user.identities.find((i) => i.provider === 'testidp');
    assert.equal(identity?.id, who.subject);
    assert.equal(identity.identity_data.name, who.name);
    assert.equal(me.user.user_metadata.full_name, who.name);
  });

  test('a second sign-in of the same account finds the same user; a code is not exchanged twice', async () => {
    const who = await nextUser();
    const first = app('pkce');
    const one = await first.auth.signInWithOAuth({ provider: 'testidp', options: { redirectTo: APP, skipBrowserRedirect: true } });
    const code = (await browse(one.data.url)).searchParams.get('code');
    const firstSession = await first.auth.exchangeCodeForSession(code);
    assert.equal(firstSession.error, null);

    // auth-js drops the verifier after the first exchange, so the second asks without one: GoTrue's 400.
    // (Basalt's own tests replay the code with the verifier: 404 flow_state_not_found.)
    const again = await first.auth.exchangeCodeForSession(code);
    assert.equal(again.error?.status, 400);
    assert.equal(again.data.session, null);

    await nextUser({ subject: who.subject, email: who.email, name: who.name });
    const second = app('pkce');
    const two = await second.auth.signInWithOAuth({ provider: 'testidp', options: { redirectTo: APP, skipBrowserRedirect: true } });
    const secondSession = await second.auth.exchangeCodeForSession((await browse(two.data.url)).searchParams.get('code'));
    assert.equal(secondSession.error, null);
    assert.equal(secondSession.data.user.id, firstSession.data.user.id);
  });

  test('the implicit flow hands the session to the app in the fragment, which setSession accepts', async () => {
    const who = await nextUser();
    const client = app('implicit');
    const { data } = await client.auth.signInWithOAuth({ provider: 'testidp', options: { redirectTo: APP, skipBrowserRedirect: true } });
    assert.equal(new URL(data.url).searchParams.get('code_challenge'), null);

    const back = await browse(data.url);
    const fragment = new URLSearchParams(back.hash.slice(1));
    assert.equal(fragment.get('token_type'), 'bearer');
    const { data: set, error } = await client.auth.setSession({ access_token: fragment.get('access_token'), refresh_token: fragment.get('refresh_token') });
    assert.equal(error, null);
    assert.equal(set.user.email, who.email);
  });

  test('a user who refuses at the provider comes back to the app with the error', async () => {
    await nextUser({ deny: true });
    const client = app('pkce');
    const { data } = await client.auth.signInWithOAuth({ provider: 'testidp', options: { redirectTo: APP, skipBrowserRedirect: true } });
    const back = await browse(data.url);
    assert.equal(back.searchParams.get('error'), 'access_denied');
    assert.equal(back.searchParams.get('code'), null);
  });

  test('an unknown provider is refused at /authorize', async () => {
    const res = await fetch(`${BASE_URL}/auth/v1/authorize?provider=nope`, { redirect: 'manual' });
    const body = await res.json();
    assert.equal(res.status, 400);
    assert.equal(body.error_code, 'validation_failed');
  });
});
