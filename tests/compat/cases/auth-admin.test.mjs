// The admin API through supabase-js's `auth.admin`, as a server-side tool uses it with the service_role key:
// createUser → listUsers → getUserById → updateUserById (metadata, roles, ban) → deleteUser, and the refusal of a
// non-admin caller.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { createClient } from '@supabase/supabase-js';
import { BASE_URL } from '../lib/client.mjs';
import { anonKey, serviceKey } from '../lib/jwt.mjs';

class NoRealtime {
  constructor() {
    throw new Error('realtime is not used by the auth cases');
  }
}

const client = (key) => createClient(BASE_URL, key, {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: NoRealtime },
});

const newEmail = (label) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

describe('auth admin: users through supabase-js', () => {
  test('create, list, get, update and delete a user', async () => {
    const admin = client(serviceKey).auth.admin;
    const email = newEmail('admin');
    const created = await admin.createUser({
      email, password: 'correct horse battery', email_confirm: true,
      user_metadata: { name: 'Ada' }, app_metadata: { roles: ['editor'] },
    });
    assert.equal(created.error, null);
    const id = created.data.user.id;
    assert.equal(created.data.user.email, email);
    assert.ok(created.data.user.email_confirmed_at);
    assert.deepEqual(created.data.user.app_metadata.roles, ['editor']);

    const signIn = await client(anonKey).auth.signInWithPassword({ email, password: 'correct horse battery' });
    assert.equal(signIn.error, null);

    const listed = await admin.listUsers({ page: 1, perPage: 1000 });
    assert.equal(listed.error, null);
    assert.ok(listed.data.users.some((u) => u.id === id));
    assert.ok(listed.data.total >= 1);

    const got = await admin.getUserById(id);
    assert.equal(got.error, null);
    assert.equal(got.data.user.user_metadata.name, 'Ada');

    const updated = await admin.updateUserById(id, { user_metadata: { team: 'core' }, app_metadata: { roles: ['admin'] }, ban_duration: '1h' });
    assert.equal(updated.error, null);
    assert.equal(updated.data.user.user_metadata.team, 'core');
    assert.deepEqual(updated.data.user.app_metadata.roles, ['admin']);
    const banned = await client(anonKey).auth.signInWithPassword({ email, password: 'correct horse battery' });
    assert.equal(banned.error?.code, 'user_banned');

    const deleted = await admin.deleteUser(id);
    assert.equal(deleted.error, null);
    const gone = await admin.getUserById(id);
    assert.equal(gone.error?.status, 404);
  });

  test('the anon key is not an admin', async () => {
    const { error } = await client(anonKey).auth.admin.createUser({ email: newEmail('nope'), password: 'correct horse battery' });
    assert.equal(error?.status, 403);
    assert.equal(error?.code, 'not_admin');
  });
});
