// Password recovery and magic links through the real clients: resetPasswordForEmail → the recovery mail (read from
// auth.mail_outbox) → verifyOtp({type: 'recovery'}) → updateUser({password}) → sign in with the new password; and
// signInWithOtp → the magic-link mail → verifyOtp({type: 'magiclink'}) → a session. Both by code and by token hash.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { isAuthApiError } from '@supabase/auth-js';
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

const app = () => createClient(BASE_URL, anonKey, {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: NoRealtime },
});

const newEmail = (label) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

async function confirmedUser(email) {
  const supabase = app();
  assert.equal((await supabase.auth.signUp({ email, password: PASSWORD })).error, null);
  const { token } = await confirmation(email);
  assert.equal((await supabase.auth.verifyOtp({ token_hash: token, type: 'signup' })).error, null);
}

describe('auth: recovery and magic links', () => {
  test('resetPasswordForEmail, verify the recovery code, set a new password, sign in with it', async () => {
    const email = newEmail('recover');
    await confirmedUser(email);
    const supabase = app();

    const { data, error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo: 'http://localhost:3000/reset' });
    assert.equal(error, null);
    assert.deepEqual(data, {});
    const mail = await lastMail(email);
    assert.equal(mail.template, 'recovery');
    assert.match(mail.body_text, /type=recovery/);
    const { code } = await confirmation(email);

    const verified = await supabase.auth.verifyOtp({ email, token: code, type: 'recovery' });
    assert.equal(verified.error, null);
    assert.equal(verified.data.user.email, email);
    assert.ok(verified.data.session.access_token);

    const updated = await supabase.auth.updateUser({ password: 'a brand new secret' });
    assert.equal(updated.error, null);
    await supabase.auth.signOut();

    const old = await app().auth.signInWithPassword({ email, password: PASSWORD });
    assert.ok(isAuthApiError(old.error));
    assert.equal(old.error.code, 'invalid_credentials');
    const fresh = await app().auth.signInWithPassword({ email, password: 'a brand new secret' });
    assert.equal(fresh.error, null);
    assert.equal(fresh.data.user.email, email);

    // The code was used: a second verify is otp_expired.
    const again = await app().auth.verifyOtp({ email, token: code, type: 'recovery' });
    assert.equal(again.error?.code, 'otp_expired');
  });

  test('an unknown address gets the same answer and no mail', async () => {
    const email = newEmail('nobody');
    const { data, error } = await app().auth.resetPasswordForEmail(email);
    assert.equal(error, null);
    assert.deepEqual(data, {});
    await assert.rejects(lastMail(email), /no mail/);
    assert.equal(await userCount(email), 0);
  });

  test('signInWithOtp sends a magic link whose token hash signs in once', async () => {
    const email = newEmail('magic');
    await confirmedUser(email);
    const supabase = app();

    const sent = await supabase.auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
    assert.equal(sent.error, null);
    const mail = await lastMail(email);
    assert.equal(mail.template, 'magic_link');
    const { token } = await confirmation(email);

    const verified = await supabase.auth.verifyOtp({ token_hash: token, type: 'magiclink' });
    assert.equal(verified.error, null);
    assert.equal(verified.data.session.user.email, email);
    const { data: me, error } = await supabase.auth.getUser();
    assert.equal(error, null);
    assert.equal(me.user.email, email);

    const reused = await app().auth.verifyOtp({ token_hash: token, type: 'magiclink' });
    assert.equal(reused.error?.code, 'otp_expired');
  });

  test('signInWithOtp with shouldCreateUser false refuses an unknown address', async () => {
    const email = newEmail('ghost');
    const { error } = await app().auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
    assert.ok(isAuthApiError(error));
    assert.equal(error.status, 422);
    assert.equal(error.code, 'otp_disabled');
    assert.equal(await userCount(email), 0);
  });
});
