// Supabase Auth through the real clients, as a browser app uses them: supabase-js's `supabase.auth` and auth-js's
// AuthClient against /auth/v1. Sign up → the confirmation mail (read from auth.mail_outbox) → verify → sign in →
// getUser → refreshSession → updateUser → signOut, and the errors an app must be able to tell apart.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { AuthClient, AuthWeakPasswordError, isAuthApiError, isAuthSessionMissingError } from '@supabase/auth-js';
import { createClient } from '@supabase/supabase-js';
import { BASE_URL } from '../lib/client.mjs';
import { anonKey } from '../lib/jwt.mjs';
import { confirmation, lastMail, userCount } from '../lib/outbox.mjs';

const PASSWORD = 'correct horse battery';

class NoRealtime {
  constructor() {
    throw new Error('realtime is not used by the auth cases');
  }
}

/** A fresh browser-like client: its own in-memory session, no background refresh. */
const app = () => createClient(BASE_URL, anonKey, {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: NoRealtime },
});

const authClient = () => new AuthClient({
  url: `${BASE_URL}/auth/v1`,
  headers: { apikey: anonKey, Authorization: `Bearer ${anonKey}` },
  persistSession: false,
  autoRefreshToken: false,
});

const newEmail = (label) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

function assertAuthError(error, status, code) {
  assert.ok(error, `expected ${code}, got no error`);
  assert.ok(isAuthApiError(error), `expected an AuthApiError, got ${error?.name}: ${error?.message}`);
  assert.equal(error.status, status, error.message);
  assert.equal(error.code, code, error.message);
}

/** GoTrue's 403 session_not_found, which auth-js reports as AuthSessionMissingError. */
function assertSessionEnded(error) {
  assert.ok(isAuthSessionMissingError(error), `expected AuthSessionMissingError, got ${error?.name}: ${error?.message}`);
}

async function signedUpAndConfirmed(client, email, password = PASSWORD) {
  const { data, error } = await client.auth.signUp({ email, password });
  assert.equal(error, null);
  assert.equal(data.session, null);
  const { token } = await confirmation(email);
  const verified = await client.auth.verifyOtp({ token_hash: token, type: 'signup' });
  assert.equal(verified.error, null);
  return verified.data.session;
}

describe('auth: the whole life of a user', () => {
  test('sign up, confirm from the mail, sign in, read, refresh, update and sign out', async () => {
    const supabase = app();
    const email = newEmail('life');

    const signUp = await supabase.auth.signUp({ email, password: PASSWORD, options: { data: { name: 'Ada' } } });
    assert.equal(signUp.error, null);
    assert.equal(signUp.data.session, null, 'confirmation is on: no session before the mail is confirmed');
    assert.equal(signUp.data.user.email, email);
    assert.equal(signUp.data.user.user_metadata.name, 'Ada');
    assert.equal(signUp.data.user.email_confirmed_at, undefined);

    const mail = await lastMail(email);
    assert.equal(mail.template, 'confirmation');
    assert.ok(mail.sent_at, 'without SMTP the mail is logged and marked sent');

    const unconfirmed = await supabase.auth.signInWithPassword({ email, password: PASSWORD });
    assertAuthError(unconfirmed.error, 400, 'email_not_confirmed');

    const { token } = await confirmation(email);
    const verified = await supabase.auth.verifyOtp({ token_hash: token, type: 'signup' });
    assert.equal(verified.error, null);
    assert.ok(verified.data.session.access_token);
    assert.ok(verified.data.user.email_confirmed_at);

    const signIn = await supabase.auth.signInWithPassword({ email, password: PASSWORD });
    assert.equal(signIn.error, null);
    const session = signIn.data.session;
    assert.equal(session.token_type, 'bearer');
    assert.equal(session.user.email, email);
    assert.equal(session.user.aud, 'authenticated');
    assert.deepEqual(session.user.app_metadata, { provider: 'email', providers: ['email'] });
    const claims = JSON.parse(Buffer.from(session.access_token.split('.')[1], 'base64url').toString());
    assert.equal(claims.sub, session.user.id);
    assert.equal(claims.role, 'authenticated');
    assert.equal(claims.aal, 'aal1');
    assert.equal(claims.amr[0].method, 'password');
    assert.equal(claims.is_anonymous, false);
    assert.ok(claims.session_id);

    const me = await supabase.auth.getUser();
    assert.equal(me.error, null);
    assert.equal(me.data.user.id, session.user.id);

    const refreshed = await supabase.auth.refreshSession();
    assert.equal(refreshed.error, null);
    assert.notEqual(refreshed.data.session.refresh_token, session.refresh_token);
    assert.equal(refreshed.data.user.id, session.user.id);

    const meta = await supabase.auth.updateUser({ data: { theme: 'dark', name: null } });
    assert.equal(meta.error, null);
    assert.deepEqual(meta.data.user.user_metadata, { theme: 'dark' });

    const newPassword = 'a different passphrase';
    const pw = await supabase.auth.updateUser({ password: newPassword });
    assert.equal(pw.error, null);
    assertAuthError((await app().auth.signInWithPassword({ email, password: PASSWORD })).error, 400, 'invalid_credentials');
    assert.equal((await app().auth.signInWithPassword({ email, password: newPassword })).error, null);

    const accessToken = (await supabase.auth.getSession()).data.session.access_token;
    const out = await supabase.auth.signOut();
    assert.equal(out.error, null);
    assert.equal((await supabase.auth.getSession()).data.session, null);
    assertSessionEnded((await app().auth.getUser(accessToken)).error);
  });

  test('the mail link redirects with the session in the fragment, which setSession accepts', async () => {
    const email = newEmail('link');
    assert.equal((await app().auth.signUp({ email, password: PASSWORD })).error, null);
    const { link } = await confirmation(email);
    const res = await fetch(link, { redirect: 'manual' });
    assert.equal(res.status, 303);
    const fragment = new URLSearchParams(new URL(res.headers.get('location')).hash.slice(1));
    assert.equal(fragment.get('type'), 'signup');
    assert.equal(fragment.get('token_type'), 'bearer');

    const browser = app();
    const set = await browser.auth.setSession({ access_token: fragment.get('access_token'), refresh_token: fragment.get('refresh_token') });
    assert.equal(set.error, null);
    assert.equal(set.data.user.email, email);
  });

  test('auth-js verifies the six-digit code from the mail', async () => {
    const email = newEmail('code');
    const client = authClient();
    assert.equal((await client.signUp({ email, password: PASSWORD })).error, null);
    const { code } = await confirmation(email);
    const wrong = await client.verifyOtp({ email, token: code === '000000' ? '000001' : '000000', type: 'email' });
    assertAuthError(wrong.error, 403, 'otp_expired');
    const right = await client.verifyOtp({ email, token: code, type: 'email' });
    assert.equal(right.error, null);
    assert.equal(right.data.user.email, email);
  });
});

describe('auth: errors an app tells apart', () => {
  test('a wrong password is invalid_credentials, like an unknown address', async () => {
    const email = newEmail('wrong');
    await signedUpAndConfirmed(app(), email);
    assertAuthError((await app().auth.signInWithPassword({ email, password: 'not the password' })).error, 400, 'invalid_credentials');
    assertAuthError((await app().auth.signInWithPassword({ email: newEmail('nobody'), password: PASSWORD })).error, 400, 'invalid_credentials');
  });

  test('a weak password is AuthWeakPasswordError with its reasons, and no user is created', async () => {
    const email = newEmail('weak');
    const { error } = await app().auth.signUp({ email, password: 'short' });
    assert.ok(error instanceof AuthWeakPasswordError, `got ${error?.name}`);
    assert.equal(error.status, 422);
    assert.deepEqual(error.reasons, ['length']);
    assert.equal(await userCount(email), 0);
  });

  test('signing up again with a confirmed address looks like a new sign-up', async () => {
    const email = newEmail('again');
    const first = await signedUpAndConfirmed(app(), email);
    const { data, error } = await app().auth.signUp({ email, password: 'another passphrase' });
    assert.equal(error, null);
    assert.equal(data.session, null);
    assert.notEqual(data.user.id, first.user.id);
    assert.deepEqual(data.user.identities, []);
    assert.equal(await userCount(email), 1);
  });

  test('a rotated refresh token used again ends the session', async () => {
    const email = newEmail('replay');
    const session = await signedUpAndConfirmed(app(), email);
    const client = authClient();
    const rotated = await client.refreshSession({ refresh_token: session.refresh_token });
    assert.equal(rotated.error, null);
    // GoTrue lets a client race itself for 10 seconds; after that a replay is a stolen token.
    await new Promise((r) => setTimeout(r, 11_000));
    const replay = await authClient().refreshSession({ refresh_token: session.refresh_token });
    assertAuthError(replay.error, 400, 'refresh_token_already_used');
    const newest = await authClient().refreshSession({ refresh_token: rotated.data.session.refresh_token });
    assertAuthError(newest.error, 400, 'refresh_token_not_found');
    assertSessionEnded((await app().auth.getUser(rotated.data.session.access_token)).error);
  });
});
