// Row-level policies through the real clients: supabase.from('notes') as anon, as two users and as service_role
// returns exactly the rows the spec's policies allow; refused writes are PostgreSQL's 42501 and change nothing; a
// user who signed up through supabase.auth reads and writes their own notes with the session's access token.
// Expectations come from the policy as written in fixture/basalt.yaml, applied in JS to the rows this file writes.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { createClient } from '@supabase/supabase-js';
import { BASE_URL, batchName, supabase } from '../lib/client.mjs';
import { anonKey, claims, serviceKey, signJwt, userToken } from '../lib/jwt.mjs';
import { confirmation } from '../lib/outbox.mjs';

const ANN = randomUUID();
const BO = randomUUID();
const ED = randomUUID();
const batch = batchName('policies');
const editorToken = signJwt(claims('authenticated', { sub: ED, aud: 'authenticated', app_metadata: { roles: ['editor'] } }));

// Written with the service key (policies do not apply to it).
const rows = [
  { batch, owner_id: ANN, body: 'ann private', public: false },
  { batch, owner_id: ANN, body: 'ann public', public: true },
  { batch, owner_id: BO, body: 'bo private', public: false },
  { batch, owner_id: null, body: 'nobody public', public: true },
];

class NoRealtime {
  constructor() {
    throw new Error('realtime is not used by the policy cases');
  }
}

const NO_SESSION = { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false };

// supabase-js sends the key as apikey and, without a session, as the bearer too; a user's token rides as the bearer.
const asUser = (token) => createClient(BASE_URL, anonKey, {
  auth: NO_SESSION,
  realtime: { transport: NoRealtime },
  global: { headers: { Authorization: `Bearer ${token}` } },
});

const visible = (user, editor = false) => rows.filter((r) => r.public || (user && r.owner_id === user) || editor).map((r) => r.body).sort();

async function bodies(client) {
  const { data, error } = await client.from('notes').select('body').eq('batch', batch);
  assert.equal(error, null, error?.message);
  return data.map((r) => r.body).sort();
}

async function snapshot() {
  const { data, error } = await supabase(serviceKey).from('notes').select('id, owner_id, body, public').eq('batch', batch).order('id');
  assert.equal(error, null);
  return data;
}

before(async () => {
  const { error } = await supabase(serviceKey).from('notes').insert(rows);
  assert.equal(error, null, error?.message);
});

describe('policies: reads', () => {
  test('anon sees the public notes only', async () => {
    assert.deepEqual(await bodies(supabase(anonKey)), visible(null));
  });

  test('each user sees the public notes and their own', async () => {
    assert.deepEqual(await bodies(asUser(userToken(ANN))), visible(ANN));
    assert.deepEqual(await bodies(asUser(userToken(BO))), visible(BO));
  });

  test('a custom role from app_metadata.roles sees everything its policy grants', async () => {
    assert.deepEqual(await bodies(asUser(editorToken)), visible(ED, true));
  });

  test('service_role bypasses the policies', async () => {
    assert.deepEqual(await bodies(supabase(serviceKey)), rows.map((r) => r.body).sort());
  });

  test('an exact count counts the visible rows only', async () => {
    const { count, error } = await asUser(userToken(BO)).from('notes').select('*', { count: 'exact', head: true }).eq('batch', batch);
    assert.equal(error, null);
    assert.equal(count, visible(BO).length);
  });
});

describe('policies: writes', () => {
  test('a user inserts a note owned by them; one for somebody else is 42501 and writes nothing', async () => {
    const mine = await asUser(userToken(BO)).from('notes').insert({ batch: `${batch}-w`, body: 'bo new' }).select('owner_id, body');
    assert.equal(mine.error, null, mine.error?.message);
    assert.deepEqual(mine.data, [{ owner_id: BO, body: 'bo new' }]);

    const before = await snapshot();
    const forged = await asUser(userToken(BO)).from('notes').insert({ batch, owner_id: ANN, body: 'as ann' });
    assert.equal(forged.status, 403);
    assert.equal(forged.error?.code, '42501');
    assert.match(forged.error?.message, /new row violates row-level security policy for table "notes"/);
    assert.deepEqual(await snapshot(), before);
  });

  test('anon cannot insert (401 42501)', async () => {
    const result = await supabase(anonKey).from('notes').insert({ batch, body: 'anon' });
    assert.equal(result.status, 401);
    assert.equal(result.error?.code, '42501');
  });

  test("updates and deletes leave other users' rows alone", async () => {
    const before = await snapshot();
    const update = await asUser(userToken(BO)).from('notes').update({ body: 'hijacked' }).eq('batch', batch).select('body');
    assert.equal(update.error, null);
    assert.deepEqual(update.data.map((r) => r.body), ['hijacked']);
    const removed = await asUser(userToken(ANN)).from('notes').delete().eq('batch', batch).eq('owner_id', BO).select('id');
    assert.equal(removed.error, null);
    assert.deepEqual(removed.data, []);
    const after = await snapshot();
    assert.deepEqual(after.filter((r) => r.owner_id !== BO), before.filter((r) => r.owner_id !== BO));
    // Put bo's note back for the read cases, whatever order node runs them in.
    await supabase(serviceKey).from('notes').update({ body: 'bo private' }).eq('batch', batch).eq('owner_id', BO);
  });

  test('giving a note away is refused (the new row fails the update policy)', async () => {
    const before = await snapshot();
    const result = await asUser(userToken(ANN)).from('notes').update({ owner_id: BO }).eq('batch', batch).eq('owner_id', ANN);
    assert.equal(result.status, 403);
    assert.equal(result.error?.code, '42501');
    assert.deepEqual(await snapshot(), before);
  });
});

describe('policies: a signed-up user', () => {
  test('signs up, confirms, signs in and uses their own rows through the session', async () => {
    const client = createClient(BASE_URL, anonKey, { auth: NO_SESSION, realtime: { transport: NoRealtime } });
    const email = `policies-${randomUUID()}@example.test`;
    const password = 'correct horse battery';
    assert.equal((await client.auth.signUp({ email, password })).error, null);
    const { token } = await confirmation(email);
    assert.equal((await client.auth.verifyOtp({ token_hash: token, type: 'signup' })).error, null);
    const signIn = await client.auth.signInWithPassword({ email, password });
    assert.equal(signIn.error, null);
    const userId = signIn.data.user.id;

    const inserted = await client.from('notes').insert({ batch: `${batch}-signed`, body: 'from a session' }).select('owner_id');
    assert.equal(inserted.error, null, inserted.error?.message);
    assert.deepEqual(inserted.data, [{ owner_id: userId }]);
    const read = await client.from('notes').select('body').eq('batch', `${batch}-signed`);
    assert.deepEqual(read.data, [{ body: 'from a session' }]);
    const others = await client.from('notes').select('body').eq('batch', batch);
    assert.deepEqual(others.data.map((r) => r.body).sort(), visible(userId));
  });
});
