// HS256 tokens signed with node's crypto, so the suite makes its own keys (service_role, anon, a user) and the bad
// ones the access cases need (expired, forged, alg none, not a JWT) without any JWT library.
import { createHmac } from 'node:crypto';

/** The fixture's secret: fixture/basalt.yaml holds the same string. */
export const JWT_SECRET = 'compat-suite-fixed-jwt-secret-0123456789-abcdefgh';

const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(claims, { secret = JWT_SECRET, header = { alg: 'HS256', typ: 'JWT' } } = {}) {
  const unsigned = `${encode(header)}.${encode(claims)}`;
  const signature = createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

const now = () => Math.floor(Date.now() / 1000);

/** Claims Basalt's own keys carry: its issuer, an issue time and an expiry (Basalt requires one). */
export function claims(role, extra = {}) {
  return { iss: 'basalt', role, iat: now() - 10, exp: now() + 3600, ...extra };
}

export const serviceKey = signJwt(claims('service_role'));
export const anonKey = signJwt(claims('anon'));
export const userToken = (sub) => signJwt(claims('authenticated', { sub, aud: 'authenticated' }));

export const badTokens = {
  expired: signJwt(claims('service_role', { iat: now() - 7200, exp: now() - 3600 })),
  forged: signJwt(claims('service_role'), { secret: 'another-secret-of-at-least-32-characters!!' }),
  algNone: `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims('service_role'))}.`,
  garbage: 'this-is-not-a-jwt',
};
