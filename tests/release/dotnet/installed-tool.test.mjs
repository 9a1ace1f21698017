// The negc tool as the README installs it: `dotnet tool install negc` from artifacts/packages into a fresh --tool-path,
// with a private package cache so that no earlier package of the same version stands in. On linux-x64 that must be the
// native negc (the package negc.linux-x64, docs/release.md), elsewhere the framework-dependent negc.any. Either checks
// the examples, and its `negc lsp` answers `initialize` (the native negc through the negc.dll packed beside it).
// These tests need .NET (to install, and for that negc.dll), so run.sh runs them before it hides .NET.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, readSync, closeSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialize, mappedFiles } from '../lsp-initialize.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const packages = path.join(repo, 'artifacts', 'packages');
const version = JSON.parse(readFileSync(path.join(repo, 'src', 'vscode', 'package.json'), 'utf8')).version;

/** The RID whose native package this machine gets: the SDK's own, as build/release.sh packs it. */
const rid = execFileSync('dotnet', ['msbuild', path.join(repo, 'src', 'NegotiationDsl.Cli'), '-getProperty:NETCoreSdkRuntimeIdentifier'], { encoding: 'utf8' }).trim();
const nativeExpected = existsSync(path.join(packages, `negc.${rid}.${version}.nupkg`));

function startsWithElfMagic(file) {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(4);
  try { readSync(fd, head, 0, 4, 0); } finally { closeSync(fd); }
  return head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
}

let tools;
let installMs;
const negc = () => path.join(tools, process.platform === 'win32' ? 'negc.exe' : 'negc');
test.before(() => {
  const folder = mkdtempSync(path.join(tmpdir(), 'negc-tool-'));
  tools = path.join(folder, 'tools');
  const started = process.hrtime.bigint();
  const install = spawnSync('dotnet', ['tool', 'install', 'negc', '--tool-path', tools, '--add-source', packages, '--version', version],
    { env: { ...process.env, NUGET_PACKAGES: path.join(folder, 'cache') }, encoding: 'utf8' });
  installMs = Number(process.hrtime.bigint() - started) / 1e6;
  assert.equal(install.status, 0, `dotnet tool install negc failed:\n${install.stdout}\n${install.stderr}`);
});
test.after(() => { if (tools) rmSync(path.dirname(tools), { recursive: true, force: true }); });

test('the release has the pointer package negc, negc.any and the native package of this machine', () => {
  const sums = readFileSync(path.join(repo, 'artifacts', 'SHA256SUMS'), 'utf8');
  for (const id of ['negc', 'negc.any', `negc.${rid}`]) {
    if (id === `negc.${rid}` && !nativeExpected) continue;
    assert.ok(existsSync(path.join(packages, `${id}.${version}.nupkg`)), `no ${id}.${version}.nupkg in artifacts/packages`);
    assert.match(sums, new RegExp(`  packages/${id.replace(/\./g, '\\.')}\\.${version.replace(/\./g, '\\.')}\\.nupkg$`, 'm'), `${id} is not in SHA256SUMS`);
  }
});

test('dotnet tool install installs the native negc on its RID, negc.any elsewhere', () => {
  const command = negc();
  const installed = realpathSync(command);
  const store = path.relative(path.join(tools, '.store', 'negc', version), installed).split(path.sep);
  console.log(`# dotnet tool install negc took ${installMs.toFixed(0)} ms; ${command} is ${installed} (${(statSync(installed).size / 1e6).toFixed(1)} MB)`);
  if (nativeExpected) {
    assert.equal(store[0], `negc.${rid}`, `the tool came from ${store[0]}, not negc.${rid}`);
    if (process.platform === 'linux') assert.ok(startsWithElfMagic(installed), `${installed} is not an ELF executable`);
    assert.ok(existsSync(path.join(path.dirname(installed), 'negc.dll')), 'no negc.dll beside the native negc (its lsp needs it)');
  } else {
    assert.equal(store[0], 'negc.any', `the tool came from ${store[0]}, not negc.any`);
  }
});

test('the installed negc checks the examples', () => {
  const check = spawnSync(negc(), ['check', 'examples/'], { cwd: repo, encoding: 'utf8' });
  assert.equal(check.status, 0, `${check.stdout}\n${check.stderr}`);
  assert.match(check.stdout, /^0 errors, /m);
});

test('the installed negc lsp answers initialize', { timeout: 120000 }, async () => {
  const answer = await initialize(negc(), ['lsp'], {
    whileRunning: (pid) => (process.platform === 'linux' ? mappedFiles(pid) : []),
  });
  assert.equal(answer.error, undefined, JSON.stringify(answer.error));
  assert.ok(answer.result.capabilities.textDocumentSync !== undefined, 'initialize advertised no document sync');
  assert.equal(answer.exitCode, 0, answer.log);
  if (nativeExpected && process.platform === 'linux') {
    // The process the tool's command starts is native: no runtime in it (its language server is a child `dotnet negc.dll`).
    const runtime = answer.seen.filter((file) => /libcoreclr|libhostfxr|System\.Private\.CoreLib/.test(file));
    assert.deepEqual(runtime, [], 'the installed negc loaded a .NET runtime: it is not the native one');
  }
  console.log(`# negc lsp (installed tool): initialize answered in ${answer.ms.toFixed(0)} ms`);
});
