// Email change and invitations through the real clients: updateUser({email}) → new_email on the user and a mail to
// each address (secure change) → verifyOtp({type: 'email_change'}) for one half (no session yet), then the other
// (a session for the moved account); a taken address is email_exists; auth.admin.inviteUserByEmail → verifyOtp({type:
// 'invite'}) signs the invitee in; auth.admin.generateLink({type: 'magiclink'}) → verifyOtp({token_hash}).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { isAuthApiError } from '@supabase/auth-js';
import { supabase as client } from '../lib/client.mjs';
import { anonKey, serviceKey } from '../lib/jwt.mjs';
import { confirmation, lastMail, userCount } from '../lib/outbox.mjs';

const PASSWORD = 'correct horse battery';

const newEmail = (label) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

/** A confirmed, signed-in user: its client. */
async function signedIn(email) {
  const supabase = client(anonKey);
  assert.equal((await supabase.auth.signUp({ email, password: PASSWORD })).error, null);
  const { token } = await confirmation(email);
  assert.equal((await supabase.auth.verifyOtp({ token_hash: token, type: 'signup' })).error, null);
  return supabase;
}

describe('auth: email change and invitations', () => {
  test('updateUser({email}) moves the account only after both addresses confirm', async () => {
    const [before, after] = [newEmail('before'), newEmail('after')];
    const supabase = await signedIn(before);

    const requested = await supabase.auth.updateUser({ email: after }, { emailRedirectTo: 'http://localhost:3000/account' });
    assert.equal(requested.error, null);
    assert.equal(requested.data.user.email, before);
    assert.equal(requested.data.user.new_email, after);
    assert.equal((await lastMail(after)).template, 'email_change');
    assert.equal((await lastMail(before)).template, 'email_change');

    const half = await supabase.auth.verifyOtp({ email: before, token: (await confirmation(before)).code, type: 'email_change' });
    assert.equal(half.error, null);
    assert.equal(half.data.session, null);
    // Basalt answers GoTrue's {msg, code: "200"}; auth-js keeps neither a user nor a session from it.
    assert.equal(await userCount(after), 0);

    const done = await supabase.auth.verifyOtp({ token_hash: (await confirmation(after)).token, type: 'email_change' });
    assert.equal(done.error, null);
    assert.equal(done.data.user.email, after);
    assert.ok(done.data.session.access_token);
    const { data: me } = await supabase.auth.getUser();
    assert.equal(me.user.email, after);
    assert.equal((await client(anonKey).auth.signInWithPassword({ email: after, password: PASSWORD })).error, null);
  });

  test('updateUser to an address another user has is email_exists and changes nothing', async () => {
    const taken = newEmail('taken');
    await signedIn(taken);
    const supabase = await signedIn(newEmail('mover'));

    const { error } = await supabase.auth.updateUser({ email: taken });
    assert.ok(isAuthApiError(error));
    assert.equal(error.status, 422);
    assert.equal(error.code, 'email_exists');
    const { data: me } = await supabase.auth.getUser();
    assert.equal(me.user.new_email, undefined);
  });

  test('auth.admin.inviteUserByEmail, then the invitee verifies the code and sets a password', async () => {
    const email = newEmail('invitee');
    const invited = await client(serviceKey).auth.admin.inviteUserByEmail(email, { data: { team: 'core' } });
    assert.equal(invited.error, null);
    assert.equal(invited.data.user.email, email);
    assert.ok(invited.data.user.invited_at);
    assert.equal((await lastMail(email)).template, 'invite');

    const invitee = client(anonKey);
    const accepted = await invitee.auth.verifyOtp({ email, token: (await confirmation(email)).code, type: 'invite' });
    assert.equal(accepted.error, null);
    assert.ok(accepted.data.user.email_confirmed_at);
    assert.equal((await invitee.auth.updateUser({ password: PASSWORD })).error, null);
    assert.equal((await client(anonKey).auth.signInWithPassword({ email, password: PASSWORD })).error, null);

    const again = await client(serviceKey).auth.admin.inviteUserByEmail(email);
    assert.equal(again.error.code, 'email_exists');
  });

  test('auth.admin.generateLink({type: "magiclink"}) gives a hashed token that verifyOtp accepts', async () => {
    const email = newEmail('linked');
    await signedIn(email);
    const { data, error } = await client(serviceKey).auth.admin.generateLink({ type: 'magiclink', email });
    assert.equal(error, null);
    assert.equal(data.properties.verification_type, 'magiclink');
    const verified = await client(anonKey).auth.verifyOtp({ token_hash: data.properties.hashed_token, type: 'magiclink' });
    assert.equal(verified.error, null);
    assert.equal(verified.data.user.email, email);
  });
});
