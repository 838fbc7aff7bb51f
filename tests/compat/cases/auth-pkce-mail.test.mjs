// The mail flows of a PKCE client (flowType: 'pkce', the default of @supabase/ssr) through the real supabase-js: signUp
// and resetPasswordForEmail send a code_challenge, the mailed link (read from the outbox) leads back to the app with
// ?code=, and exchangeCodeForSession turns it into a session with the verifier the client kept.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { supabase } from '../lib/client.mjs';
import { anonKey } from '../lib/jwt.mjs';
import { confirmation } from '../lib/outbox.mjs';

const PASSWORD = 'correct horse battery';
const APP = 'http://127.0.0.1:5173';

const pkceClient = () => supabase(anonKey, { flowType: 'pkce' });

const newEmail = (label) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

/** Clicks the mailed link as a browser would and returns the app URL it lands on. */
async function click(link) {
  const res = await fetch(link, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  await res.text();
  assert.equal(res.status, 303, `${link} answered ${res.status}`);
  return new URL(res.headers.get('location'));
}

describe('auth: mail links of a PKCE client', () => {
  test('signUp → the confirmation link → ?code= → exchangeCodeForSession', async () => {
    const email = newEmail('pkce-signup');
    const supabase = pkceClient();
    const signedUp = await supabase.auth.signUp({ email, password: PASSWORD, options: { emailRedirectTo: `${APP}/auth/confirm` } });
    assert.equal(signedUp.error, null);
    assert.equal(signedUp.data.session, null);

    const { link } = await confirmation(email);
    assert.match(link, /token=pkce_/);
    const back = await click(link);
    assert.equal(back.origin + back.pathname, `${APP}/auth/confirm`);
    const code = back.searchParams.get('code');
    assert.ok(code, `no code in ${back}`);

    const { data, error } = await supabase.auth.exchangeCodeForSession(code);
    assert.equal(error, null);
    assert.equal(data.user.email, email);
    assert.ok(data.user.email_confirmed_at);
    assert.ok(data.session.access_token);
  });

  test('resetPasswordForEmail → the recovery link → ?code= → exchangeCodeForSession, then a new password', async () => {
    const email = newEmail('pkce-recover');
    const first = pkceClient();
    await first.auth.signUp({ email, password: PASSWORD });
    await first.auth.exchangeCodeForSession(new URL(await click((await confirmation(email)).link)).searchParams.get('code'));

    const supabase = pkceClient();
    assert.equal((await supabase.auth.resetPasswordForEmail(email, { redirectTo: `${APP}/reset` })).error, null);
    const back = await click((await confirmation(email)).link);
    const { data, error } = await supabase.auth.exchangeCodeForSession(back.searchParams.get('code'));
    assert.equal(error, null);
    assert.equal(data.user.email, email);
    assert.equal((await supabase.auth.updateUser({ password: 'a brand new secret' })).error, null);
    assert.equal((await pkceClient().auth.signInWithPassword({ email, password: 'a brand new secret' })).error, null);
  });

  test('a code taken by another client (no verifier) is refused', async () => {
    const email = newEmail('pkce-stolen');
    await pkceClient().auth.signUp({ email, password: PASSWORD });
    const back = await click((await confirmation(email)).link);
    const thief = pkceClient();
    const { error } = await thief.auth.exchangeCodeForSession(back.searchParams.get('code'));
    assert.ok(error, 'a client without the verifier must not get a session');
  });
});
