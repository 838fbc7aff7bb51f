#!/usr/bin/env node
// Runs the compatibility cases against a real Basalt server, once per engine (SQLite, then PostgreSQL):
//   1. a temporary folder with a copy of fixture/basalt.yaml (and, for PostgreSQL, a fresh database),
//   2. `basalt serve <spec> --migrate --host 127.0.0.1 --port <free port>`, waiting for /health/ready,
//   3. the seed (fixture/seed.mjs) inserted through the API with the service_role key,
//   4. `node --test` over cases/*.test.mjs with BASALT_URL, BASALT_ENGINE and BASALT_DATABASE_URL set (the auth cases read
//      the mail outbox from the database),
//   5. the server stopped (SIGTERM, then SIGKILL) and the folder and database removed, whatever happened.
// Every wait is bounded. The TAP output of each engine is printed with the engine as a prefix; the last lines are
// the totals over both engines as `# pass N` and `# fail N` (test.sh reads them), and the exit status is 0 only if
// nothing failed.
//
// Environment: BASALT_CLI (default: dotnet <repo>/src/Basalt.Cli/bin/Release/net10.0/basalt.dll),
// BASALT_TEST_POSTGRES_URL (a PostgreSQL server where the runner may create databases; required for postgres),
// BASALT_COMPAT_ENGINES (default sqlite,postgres), BASALT_COMPAT_CASES (a comma list of case files, e.g. filters).
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seed } from './fixture/seed.mjs';
import { restAt } from './lib/client.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
const CASES_TIMEOUT_MS = 15 * 60_000;

const engines = (process.env.BASALT_COMPAT_ENGINES ?? 'sqlite,postgres').split(',').map((e) => e.trim()).filter(Boolean);
const cli = (process.env.BASALT_CLI ?? `dotnet ${join(repo, 'src/Basalt.Cli/bin/Release/net10.0/basalt.dll')}`)
  .split(/\s+/).filter(Boolean);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The fixture's session signing key (auth.jwt.signing_keys): made fresh for each server, so no private key lives in
// the repository.
const signingKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });

// Children still running when the runner itself is stopped (Ctrl+C, SIGTERM, a crash) are killed with it.
const children = new Set();
function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
}
const log = (line) => process.stdout.write(`${line}\n`);

// ------------------------------------------------------------------------------------------------ helpers
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The OpenID Connect test issuer (tests/Basalt.TestIssuer, built with the solution) on a free loopback port, for the
 * fixture's `testidp` provider: its URL is the first line it prints; it stops when its stdin closes or it is killed.
 */
async function startIssuer() {
  const dll = process.env.BASALT_TEST_ISSUER ?? join(repo, 'tests/Basalt.TestIssuer/bin/Release/net10.0/Basalt.TestIssuer.dll');
  const child = track(spawn('dotnet', [dll, '0'], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const url = await new Promise((resolveUrl, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`the test issuer did not start within ${START_TIMEOUT_MS / 1000}s (${dll})`)), START_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const line = buffered.split('\n')[0].trim();
      if (buffered.includes('\n') && line.startsWith('http://127.0.0.1:')) {
        clearTimeout(timer);
        resolveUrl(line);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test issuer exited with ${code} before it printed its URL (${dll})`));
    });
  });
  // Closing stdin ends it (SIGTERM does not: the web host inside takes that signal over); the kill makes sure.
  return { url, stop: () => { child.stdin.end(); child.kill('SIGKILL'); } };
}

/** A fresh database on the PostgreSQL of BASALT_TEST_POSTGRES_URL; returns its URL and a function that drops it. */
async function createDatabase() {
  const admin = process.env.BASALT_TEST_POSTGRES_URL;
  if (!admin) {
    throw new Error('BASALT_TEST_POSTGRES_URL is not set: the postgres engine needs a PostgreSQL server (test.sh starts one)');
  }
  const name = `basalt_compat_${Date.now()}_${process.pid}`;
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 10_000, query_timeout: 30_000 });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 10_000, query_timeout: 30_000 });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await c.end();
    }
  };
  return { url: url.toString(), drop };
}

async function waitReady(baseUrl, server) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the server exited (code ${server.exitCode}, signal ${server.signalCode}) before it was ready`);
    }
    try {
      const res = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      await res.text();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the server was not ready within ${START_TIMEOUT_MS / 1000}s`);
}

async function stop(server) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const timer = sleep(STOP_TIMEOUT_MS).then(() => 'timeout');
  if ((await Promise.race([exited, timer])) === 'timeout') {
    server.kill('SIGKILL');
    await Promise.race([exited, sleep(5_000)]);
  }
}

/** The server log's last lines, without the access log (one line per request) unless that is all there is. */
function tail(file, lines = 40) {
  let all;
  try {
    all = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  } catch {
    return '#   (no log)';
  }
  const notable = all.filter((l) => !l.includes('"Category":"Basalt.Server.Access"'));
  return (notable.length > 0 ? notable : all).slice(-lines).map((l) => `#   ${l}`).join('\n');
}

/** Runs node --test over the case files, printing its TAP with a prefix; returns the counts from its summary. */
function runCases(engine, baseUrl, databaseUrl) {
  const casesDir = join(here, 'cases');
  const only = process.env.BASALT_COMPAT_CASES?.split(',').map((c) => c.trim()).filter(Boolean);
  const files = readdirSync(casesDir).filter((f) => f.endsWith('.test.mjs'))
    .filter((f) => !only || only.some((o) => f.startsWith(o))).sort().map((f) => join(casesDir, f));
  return new Promise((resolveRun) => {
    const child = track(spawn(process.execPath, ['--test', '--test-reporter=tap', '--test-timeout=30000', ...files], {
      cwd: here,
      env: { ...process.env, BASALT_URL: baseUrl, BASALT_ENGINE: engine, BASALT_DATABASE_URL: databaseUrl, COMPAT_OIDC_ISSUER: issuer.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    }));
    const counts = { pass: null, fail: null, cancelled: 0 };
    let buffer = '';
    const onLine = (line) => {
      const m = /^# (pass|fail|cancelled) (\d+)$/.exec(line);
      if (m) counts[m[1]] = Number(m[2]);
      log(`[${engine}] ${line}`);
    };
    const onData = (chunk) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\n')) >= 0) {
        onLine(buffer.slice(0, i));
        buffer = buffer.slice(i + 1);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    const timer = setTimeout(() => {
      log(`# [${engine}] the cases ran longer than ${CASES_TIMEOUT_MS / 60000} minutes: stopping them`);
      child.kill('SIGKILL');
    }, CASES_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (buffer) onLine(buffer);
      resolveRun({ code, ...counts });
    });
  });
}

// ------------------------------------------------------------------------------------------------ one engine
async function runEngine(engine) {
  const result = { engine, pass: 0, fail: 0 };
  const setupCase = (name, error) => {
    if (error) {
      result.fail += 1;
      log(`not ok - [${engine}] ${name}`);
      log(`# ${String(error).split('\n').join('\n# ')}`);
    } else {
      result.pass += 1;
      log(`ok - [${engine}] ${name}`);
    }
  };

  const folder = mkdtempSync(join(tmpdir(), `basalt-compat-${engine}-`));
  const spec = join(folder, 'basalt.yaml');
  const serverLog = join(folder, 'server.log');
  let server = null;
  let database = null;
  try {
    copyFileSync(join(here, 'fixture', 'basalt.yaml'), spec);
    mkdirSync(join(folder, 'data'));
    const env = { ...process.env, BASALT_DB_PROVIDER: engine, COMPAT_ES256_KEY: signingKey(), COMPAT_OIDC_ISSUER: issuer.url };
    if (engine === 'postgres') {
      database = await createDatabase();
      env.DATABASE_URL = database.url;
    } else if (engine === 'sqlite') {
      env.DATABASE_URL = join(folder, 'data', 'compat.db');
    } else {
      throw new Error(`unknown engine '${engine}': use sqlite or postgres`);
    }

    // A port that was free a moment ago can be taken before the server binds it: try a few.
    let baseUrl = null;
    let lastError = null;
    for (let attempt = 1; attempt <= 3 && !baseUrl; attempt += 1) {
      const port = await freePort();
      const out = createWriteStream(serverLog, { flags: 'a' });
      server = track(spawn(cli[0], [...cli.slice(1), 'serve', spec, '--migrate', '--host', '127.0.0.1', '--port', String(port)], {
        cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'],
      }));
      server.stdout.pipe(out);
      server.stderr.pipe(out);
      server.once('error', (e) => out.write(`spawn error: ${e.message}\n`));
      try {
        await waitReady(`http://127.0.0.1:${port}`, server);
        baseUrl = `http://127.0.0.1:${port}`;
      } catch (e) {
        lastError = e;
        await stop(server);
      }
    }
    if (!baseUrl) {
      setupCase(`server starts (${cli.join(' ')} serve … --migrate)`, `${lastError}\n${tail(serverLog)}`);
      return result;
    }
    setupCase('server starts and /health/ready answers 200', null);

    for (const { name, error } of await seed(restAt(baseUrl))) {
      setupCase(name, error);
    }

    const run = await runCases(engine, baseUrl, env.DATABASE_URL);
    if (run.pass === null || run.fail === null) {
      result.fail += 1;
      log(`not ok - [${engine}] node --test printed no summary (exit code ${run.code})`);
    } else {
      result.pass += run.pass;
      result.fail += run.fail + run.cancelled;
      if (run.code !== 0 && run.fail + run.cancelled === 0) {
        result.fail += 1;
        log(`not ok - [${engine}] node --test exited with ${run.code} but reported no failure`);
      }
    }
    if (result.fail > 0) {
      log(`# [${engine}] server log (last lines):\n${tail(serverLog, 30)}`);
    }
  } catch (e) {
    setupCase('setup', e?.stack ?? e);
  } finally {
    if (server) await stop(server);
    if (database) {
      try {
        await database.drop();
      } catch (e) {
        log(`# [${engine}] could not drop the test database: ${e.message}`);
      }
    }
    rmSync(folder, { recursive: true, force: true });
  }
  return result;
}

// ------------------------------------------------------------------------------------------------ main
const issuer = await startIssuer();
const results = [];
for (const engine of engines) {
  log(`# ==> ${engine}`);
  results.push(await runEngine(engine));
}
issuer.stop();
for (const r of results) {
  log(`# ${r.engine}: ${r.pass} passed, ${r.fail} failed`);
}
const pass = results.reduce((n, r) => n + r.pass, 0);
const fail = results.reduce((n, r) => n + r.fail, 0);
log(`# pass ${pass}`);
log(`# fail ${fail}`);
process.exitCode = fail === 0 && pass > 0 ? 0 : 1;
