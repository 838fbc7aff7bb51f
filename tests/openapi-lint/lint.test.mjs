// Generates the OpenAPI document of each example with the real `basalt openapi` command, then lints it with
// Redocly CLI's recommended rules: no errors, and no warnings but the ones listed (with why) in KNOWN_WARNINGS.
//
//   npm ci && node --test
//   BASALT_CLI="dotnet /path/to/basalt.dll" node --test      (default: the newest built basalt.dll of src/Basalt.Cli)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const examples = ['blog', 'shop'];

// A spec has no licence to declare, so the document has none; everything else the rules ask for is there.
const KNOWN_WARNINGS = new Set(['info-license']);

function basaltCommand() {
  if (process.env.BASALT_CLI) {
    const [command, ...args] = process.env.BASALT_CLI.trim().split(/\s+/);
    return { command, args };
  }
  const candidates = ['Release', 'Debug']
    .map((config) => join(root, 'src/Basalt.Cli/bin', config, 'net10.0/basalt.dll'))
    .filter((dll) => existsSync(dll))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (candidates.length === 0) {
    throw new Error('basalt.dll is not built: run `dotnet build src/Basalt.Cli` or set BASALT_CLI');
  }
  return { command: 'dotnet', args: [candidates[0]] };
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, ...options });
  if (result.error) throw result.error;
  return result;
}

const work = mkdtempSync(join(tmpdir(), 'basalt-openapi-lint-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function generate(example) {
  const { command, args } = basaltCommand();
  const output = join(work, `${example}.json`);
  const result = run(command, [...args, 'openapi', join(root, 'examples', example, 'basalt.yaml'), '--output', output], {
    env: { ...process.env, DOTNET_NOLOGO: '1' },
  });
  assert.equal(result.status, 0, `basalt openapi failed:\n${result.stderr}`);
  return output;
}

function lint(file) {
  const cli = join(here, 'node_modules/@redocly/cli/bin/cli.js');
  const result = run(process.execPath, [cli, 'lint', file, '--config', join(here, 'redocly.yaml'), '--format', 'json'], {
    cwd: here,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  const start = result.stdout.indexOf('{');
  assert.ok(start >= 0, `redocly printed no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start));
}

const where = (problem) => problem.location?.map((l) => l.pointer).join(', ');

for (const example of examples) {
  test(`${example}: basalt openapi writes an OpenAPI 3.1 document with every table`, () => {
    const document = JSON.parse(readFileSync(generate(example), 'utf8'));
    assert.match(document.openapi, /^3\.1\.\d+$/);
    const spec = readFileSync(join(root, 'examples', example, 'basalt.yaml'), 'utf8');
    const tables = [...spec.split('\ntables:\n')[1].matchAll(/^ {2}([a-z_][a-z0-9_]*):\s*$/gm)].map((m) => m[1]);
    assert.ok(tables.length > 0);
    assert.deepEqual(Object.keys(document.paths), tables.map((t) => `/${t}`));
  });

  test(`${example}: Redocly's recommended rules find no errors and no unknown warnings`, () => {
    const report = lint(generate(example));
    const errors = report.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => `${p.ruleId} at ${where(p)}: ${p.message}`), []);
    assert.equal(report.totals.errors, 0);
    const unknown = report.problems.filter((p) => p.severity === 'warn' && !KNOWN_WARNINGS.has(p.ruleId));
    assert.deepEqual(unknown.map((p) => `${p.ruleId} at ${where(p)}: ${p.message}`), []);
  });
}
