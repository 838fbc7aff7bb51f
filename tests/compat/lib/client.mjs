// The clients every case uses: the real postgrest-js and supabase-js pointed at the server the runner started
// (BASALT_URL), and a raw fetch helper for what the clients cannot express (headers, Range, HEAD, OPTIONS, CSV…).
import { PostgrestClient } from '@supabase/postgrest-js';
import { createClient } from '@supabase/supabase-js';
import { serviceKey } from './jwt.mjs';

export const BASE_URL = process.env.BASALT_URL;
export const ENGINE = process.env.BASALT_ENGINE ?? 'unknown';
export const REST_URL = `${BASE_URL}/rest/v1`;

function requireUrl() {
  if (!BASE_URL) {
    throw new Error('BASALT_URL is not set: run the suite with `node run.mjs` (see tests/compat/README.md)');
  }
}

/** Every request is bounded, so a hung server fails a case instead of the run. */
const REQUEST_TIMEOUT_MS = 15_000;
const boundedFetch = (url, init = {}) => fetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

/** postgrest-js with a bearer token (the service_role key by default); retries off so a 503 is seen, not hidden. */
export function rest(token = serviceKey) {
  requireUrl();
  return restAt(BASE_URL, token);
}

/** postgrest-js against any server (the runner seeds through it before BASALT_URL exists). */
export function restAt(baseUrl, token = serviceKey) {
  return new PostgrestClient(`${baseUrl}/rest/v1`, {
    headers: { apikey: token, Authorization: `Bearer ${token}` },
    fetch: boundedFetch,
    retry: false,
  });
}

// supabase-js builds a realtime client eagerly; on Node 20 there is no global WebSocket. Nothing here uses realtime,
// so a transport that refuses to be constructed is enough (and says so if something ever tries).
class NoRealtime {
  constructor() {
    throw new Error('realtime is not used by the compat suite');
  }
}

/** supabase-js's createClient(url, key), the way an application calls it; `auth` adds client options (e.g. flowType). */
export function supabase(key = serviceKey, auth = {}) {
  requireUrl();
  return createClient(BASE_URL, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false, ...auth },
    realtime: { transport: NoRealtime },
    global: { fetch: boundedFetch },
  });
}

/**
 * One raw request to /rest/v1/{path}. `path` is sent as written (percent-encode what must be). A non-string body
 * is sent as JSON. `token: null` sends no apikey and no Authorization. Returns status, headers, text and the parsed
 * JSON body when there is one.
 */
export async function http(method, path, { headers = {}, body, token = serviceKey } = {}) {
  requireUrl();
  const sent = token === null ? {} : { apikey: token, Authorization: `Bearer ${token}` };
  Object.assign(sent, headers);
  let payload = body;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    payload = JSON.stringify(body);
    if (!Object.keys(sent).some((h) => h.toLowerCase() === 'content-type')) {
      sent['Content-Type'] = 'application/json';
    }
  }
  const res = await boundedFetch(`${REST_URL}/${path}`, { method, headers: sent, body: payload });
  const text = await res.text();
  let json;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A marker unique to one case, for the rows it writes to `items` and `kv` (cases never see each other's rows). */
let counter = 0;
export function batchName(label) {
  counter += 1;
  return `${label}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
