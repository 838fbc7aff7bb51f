// TOTP MFA through supabase-js's `auth.mfa`: enroll (QR code, secret, URI), challenge, verify with a code computed
// here from the secret (RFC 6238 with node's crypto), challengeAndVerify, listFactors, getAuthenticatorAssuranceLevel,
// unenroll, the errors, and a table whose policy requires aal2 read through REST with an aal1 and an aal2 session.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { isAuthApiError } from '@supabase/auth-js';
import { createClient } from '@supabase/supabase-js';
import { BASE_URL } from '../lib/client.mjs';
import { anonKey } from '../lib/jwt.mjs';
import { confirmation } from '../lib/outbox.mjs';

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

/** RFC 4648 base32 without padding, as authenticator apps read the secret. */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of text.replace(/=+$/, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238 TOTP: HMAC-SHA1 over the 30-second step counter, dynamic truncation, six digits. */
function totp(secret, stepsFromNow = 0) {
  const counter = Math.floor(Date.now() / 1000 / 30) + stepsFromNow;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac('sha1', base32Decode(secret)).update(message).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

function assertAuthError(error, status, code) {
  assert.ok(error, `expected ${code}, got no error`);
  assert.ok(isAuthApiError(error), `expected an AuthApiError, got ${error?.name}: ${error?.message}`);
  assert.equal(error.status, status, error.message);
  assert.equal(error.code, code, error.message);
}

async function signedIn(label) {
  const supabase = app();
  const email = newEmail(label);
  const { error } = await supabase.auth.signUp({ email, password: PASSWORD });
  assert.equal(error, null);
  const { token } = await confirmation(email);
  const verified = await supabase.auth.verifyOtp({ token_hash: token, type: 'signup' });
  assert.equal(verified.error, null);
  return { supabase, email };
}

const jwtPayload = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

describe('auth: TOTP MFA', () => {
  test('enroll, challenge, verify to aal2, list factors, assurance levels and unenroll', async () => {
    const { supabase, email } = await signedIn('mfa');
    const before = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
    assert.equal(before.error, null);
    assert.deepEqual([before.data.currentLevel, before.data.nextLevel], ['aal1', 'aal1']);

    const enrolled = await supabase.auth.mfa.enroll({ factorType: 'totp', friendlyName: 'phone app' });
    assert.equal(enrolled.error, null);
    const { id, type, friendly_name, totp: details } = enrolled.data;
    assert.equal(type, 'totp');
    assert.equal(friendly_name, 'phone app');
    assert.match(details.secret, /^[A-Z2-7]{32}$/);
    assert.ok(details.qr_code.startsWith('data:image/svg+xml;utf-8,'), details.qr_code.slice(0, 40));
    assert.ok(details.qr_code.includes('<svg'));
    const uri = new URL(details.uri);
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.searchParams.get('secret'), details.secret);
    assert.ok(decodeURIComponent(uri.pathname).endsWith(email));

    const listedBefore = await supabase.auth.mfa.listFactors();
    assert.equal(listedBefore.error, null);
    assert.deepEqual(listedBefore.data.all.map((f) => [f.id, f.status]), [[id, 'unverified']]);
    assert.deepEqual(listedBefore.data.totp, []);

    const challenge = await supabase.auth.mfa.challenge({ factorId: id });
    assert.equal(challenge.error, null);
    assert.equal(challenge.data.type, 'totp');
    assert.ok(challenge.data.expires_at > Date.now() / 1000);

    const wrong = await supabase.auth.mfa.verify({ factorId: id, challengeId: challenge.data.id, code: totp(details.secret) === '000000' ? '111111' : '000000' });
    assertAuthError(wrong.error, 422, 'mfa_verification_failed');

    const code = totp(details.secret);
    const verified = await supabase.auth.mfa.verify({ factorId: id, challengeId: challenge.data.id, code });
    assert.equal(verified.error, null);
    const claims = jwtPayload(verified.data.access_token);
    assert.equal(claims.aal, 'aal2');
    assert.equal(claims.amr[0].method, 'totp');
    assert.ok(claims.amr.some((m) => m.method === 'otp'));

    const { data: { session } } = await supabase.auth.getSession();
    assert.equal(session.access_token, verified.data.access_token);
    const after = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
    assert.deepEqual([after.data.currentLevel, after.data.nextLevel], ['aal2', 'aal2']);
    assert.equal(after.data.currentAuthenticationMethods[0].method, 'totp');
    const listed = await supabase.auth.mfa.listFactors();
    assert.deepEqual(listed.data.totp.map((f) => [f.id, f.status, f.factor_type]), [[id, 'verified', 'totp']]);

    // The same code again, on a new challenge: refused, a code works once.
    const replay = await supabase.auth.mfa.challengeAndVerify({ factorId: id, code });
    assertAuthError(replay.error, 422, 'mfa_verification_failed');

    // A new aal1 sign-in sees that aal2 is next, and cannot unenroll the verified factor.
    const other = app();
    assert.equal((await other.auth.signInWithPassword({ email, password: PASSWORD })).error, null);
    const otherLevel = await other.auth.mfa.getAuthenticatorAssuranceLevel();
    assert.deepEqual([otherLevel.data.currentLevel, otherLevel.data.nextLevel], ['aal1', 'aal2']);
    assertAuthError((await other.auth.mfa.unenroll({ factorId: id })).error, 422, 'insufficient_aal');
    const stepped = await other.auth.mfa.challengeAndVerify({ factorId: id, code: totp(details.secret, 1) });
    assert.equal(stepped.error, null);
    assert.equal(jwtPayload(stepped.data.access_token).aal, 'aal2');

    const removed = await other.auth.mfa.unenroll({ factorId: id });
    assert.equal(removed.error, null);
    assert.equal(removed.data.id, id);
    const empty = await other.auth.mfa.listFactors();
    assert.deepEqual(empty.data.all, []);
  });

  test('unknown and other users\' factors, bad challenges and bad bodies are refused', async () => {
    const { supabase } = await signedIn('mfa-owner');
    const { supabase: intruder } = await signedIn('mfa-intruder');
    const { data: factor } = await supabase.auth.mfa.enroll({ factorType: 'totp' });
    assertAuthError((await intruder.auth.mfa.challenge({ factorId: factor.id })).error, 404, 'mfa_factor_not_found');
    assertAuthError((await intruder.auth.mfa.unenroll({ factorId: factor.id })).error, 404, 'mfa_factor_not_found');
    assertAuthError((await supabase.auth.mfa.challenge({ factorId: randomUUID() })).error, 404, 'mfa_factor_not_found');
    assertAuthError((await supabase.auth.mfa.verify({ factorId: factor.id, challengeId: randomUUID(), code: totp(factor.totp.secret) })).error,
      422, 'mfa_factor_not_found');
    assertAuthError((await supabase.auth.mfa.enroll({ factorType: 'sms' })).error, 400, 'validation_failed');

    const { data: { session } } = await supabase.auth.getSession();
    const headers = { apikey: anonKey, Authorization: `Bearer ${session.access_token}`, 'Content-Type': 'application/json', 'X-Supabase-Api-Version': '2024-01-01' };
    const malformed = await fetch(`${BASE_URL}/auth/v1/factors`, { method: 'POST', headers, body: '{"factor_type":' });
    assert.equal(malformed.status, 400);
    assert.equal((await malformed.json()).code, 'bad_json');
    const noCode = await fetch(`${BASE_URL}/auth/v1/factors/${factor.id}/verify`, { method: 'POST', headers, body: JSON.stringify({ challenge_id: randomUUID() }) });
    assert.equal(noCode.status, 400);
    assert.equal((await noCode.json()).code, 'validation_failed');
    const listed = await supabase.auth.mfa.listFactors();
    assert.deepEqual(listed.data.all.map((f) => f.status), ['unverified']);
  });

  test('a table whose policy requires aal2 refuses an aal1 session and serves an aal2 one', async () => {
    const { supabase } = await signedIn('mfa-vault');
    const batch = randomUUID();
    const refused = await supabase.from('vault').insert({ batch, body: 'secret' });
    assert.ok(refused.error, 'an aal1 insert must be refused');
    assert.equal(refused.error.code, '42501');
    assert.deepEqual((await supabase.from('vault').select('body').eq('batch', batch)).data, []);

    const { data: factor } = await supabase.auth.mfa.enroll({ factorType: 'totp' });
    const verified = await supabase.auth.mfa.challengeAndVerify({ factorId: factor.id, code: totp(factor.totp.secret) });
    assert.equal(verified.error, null);

    const inserted = await supabase.from('vault').insert({ batch, body: 'secret' });
    assert.equal(inserted.error, null);
    assert.deepEqual((await supabase.from('vault').select('body').eq('batch', batch)).data, [{ body: 'secret' }]);
    const aal1 = app();
    const { data: { session } } = await supabase.auth.getSession();
    assert.equal((await aal1.auth.signInWithPassword({ email: session.user.email, password: PASSWORD })).error, null);
    assert.deepEqual((await aal1.from('vault').select('body').eq('batch', batch)).data, []);
  });
});
