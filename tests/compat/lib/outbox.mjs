// The mails Basalt queued, read from its database the way an operator would: auth.mail_outbox on PostgreSQL through
// `pg`, auth_mail_outbox on SQLite through the sqlite3 shell (which reads the WAL, unlike a copy of the file).
// BASALT_DATABASE_URL is set by run.mjs: the PostgreSQL URL, or the SQLite file.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { ENGINE } from './client.mjs';

const DATABASE_URL = process.env.BASALT_DATABASE_URL;

async function query(sqliteSql, postgresSql, params) {
  if (!DATABASE_URL) throw new Error('BASALT_DATABASE_URL is not set: run the suite with `node run.mjs`');
  if (ENGINE === 'postgres') {
    const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 10_000, query_timeout: 10_000 });
    await client.connect();
    try {
      return (await client.query(postgresSql, params)).rows;
    } finally {
      await client.end();
    }
  }
  // The shell has no bound parameters; the values are the cases' own addresses, quoted as SQL text.
  const sql = params.reduce((text, value, i) => text.replace(`$${i + 1}`, `'${String(value).replaceAll("'", "''")}'`), sqliteSql);
  const run = spawnSync('sqlite3', ['-readonly', '-json', DATABASE_URL, sql], { encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0) throw new Error(`sqlite3 failed: ${run.stderr || run.error}`);
  return run.stdout.trim() === '' ? [] : JSON.parse(run.stdout);
}

/** The newest mail to `to`: { subject, body_text, template, sent_at }. */
export async function lastMail(to) {
  const rows = await query(
    'SELECT subject, body_text, template, sent_at FROM auth_mail_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
    'SELECT subject, body_text, template, sent_at FROM auth.mail_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
    [to],
  );
  if (rows.length === 0) throw new Error(`no mail to ${to} in the outbox`);
  return rows[0];
}

/** The link token and the six-digit code of the newest confirmation mail to `to`. */
export async function confirmation(to) {
  const mail = await lastMail(to);
  const token = /[?&]token=([^&\s]+)/.exec(mail.body_text)?.[1];
  const code = /code: (\d{6})/.exec(mail.body_text)?.[1];
  if (!token || !code) throw new Error(`no token or code in the mail to ${to}: ${mail.body_text}`);
  return { token: decodeURIComponent(token), code, link: /(http\S+\/verify\?\S+)/.exec(mail.body_text)?.[1] };
}

/** How many users have this address (the cases check that refused requests wrote nothing). */
export async function userCount(email) {
  const rows = await query(
    'SELECT count(*) AS n FROM auth_users WHERE email = $1',
    'SELECT count(*)::int AS n FROM auth.users WHERE email = $1',
    [email],
  );
  return Number(rows[0].n);
}
