// The language server of the released .vsix starts where no .NET is installed. The .vsix for this machine
// is unzipped as VS Code installs it; the extension's own resolution (out/negc.js from the .vsix) names the
// server; it runs with no `dotnet` on PATH and no DOTNET_* variable, and must answer `initialize`. run.sh
// runs this test with the machine's .NET hidden too. Run `bash build/release.sh` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialize, mappedFiles } from './lsp-initialize.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = path.join(repo, 'artifacts', 'vscode');
const version = JSON.parse(readFileSync(path.join(repo, 'src', 'vscode', 'package.json'), 'utf8')).version;

/** Unzips a .vsix into a fresh folder and returns the extension's folder in it. */
function install(vsix) {
  const folder = mkdtempSync(path.join(tmpdir(), 'negotiationdsl-vsix-'));
  execFileSync('unzip', ['-q', vsix, '-d', folder]);
  return path.join(folder, 'extension');
}

/** What the server gets: a PATH without dotnet (an empty folder), HOME, and nothing else. */
function environmentWithoutDotnet() {
  const emptyPath = mkdtempSync(path.join(tmpdir(), 'no-dotnet-'));
  const env = { PATH: emptyPath, HOME: tmpdir() };
  const dotnet = spawnSync('dotnet', ['--version'], { env });
  assert.equal(dotnet.error?.code, 'ENOENT', 'dotnet is reachable from the environment the server gets');
  return env;
}

test('the .vsix for this machine starts its bundled server without .NET and answers initialize', { timeout: 180000 }, async (t) => {
  const { serverTargets, targetOf, thisMachine, resolveNegc, withArgs } = createRequire(import.meta.url)(
    path.join(repo, 'src', 'vscode', 'out', 'negc.js'));
  const target = targetOf(thisMachine());
  if (!serverTargets.some((row) => row.target === target)) { t.skip(`no self-contained server is built for ${target}`); return; }

  const vsix = path.join(artifacts, `negotiationdsl-${target}-${version}.vsix`);
  assert.ok(existsSync(vsix), `${vsix} is missing: run 'bash build/release.sh' first`);
  const extension = install(vsix);
  t.after(() => rmSync(path.dirname(extension), { recursive: true, force: true }));

  // The resolution the packaged extension itself runs, from its own compiled code.
  const packaged = createRequire(import.meta.url)(path.join(extension, 'out', 'negc.js'));
  const server = packaged.withArgs(packaged.resolveNegc('', extension, undefined, existsSync, tmpdir()), 'lsp');
  assert.equal(server.command, path.join(extension, 'server', target, target.startsWith('win32') ? 'negc.exe' : 'negc'));
  assert.ok(statSync(server.command).mode & 0o100, 'the server lost its executable bit in the .vsix');
  assert.deepEqual(withArgs(resolveNegc('', extension, undefined, existsSync, tmpdir()), 'lsp'), server, 'the repository resolves another server');

  const answer = await initialize(server.command, server.args, {
    env: environmentWithoutDotnet(),
    whileRunning: (pid) => (process.platform === 'linux' ? mappedFiles(pid) : []),
  });
  assert.equal(answer.error, undefined, JSON.stringify(answer.error));
  assert.ok(answer.result.capabilities.textDocumentSync !== undefined, 'initialize advertised no document sync');
  assert.equal(answer.exitCode, 0, answer.log);
  if (process.platform === 'linux') {
    const runtime = answer.seen.filter((file) => /libcoreclr|libhostfxr|System\.Private\.CoreLib/.test(file));
    assert.ok(runtime.length > 0, 'no .NET runtime library mapped');
    const folder = realpathSync(path.dirname(server.command));
    for (const file of runtime) assert.ok(file.startsWith(folder + path.sep), `${file} is not the bundled runtime`);
  }
  console.log(`# ${path.basename(vsix)}: initialize answered in ${answer.ms.toFixed(0)} ms`);
});

test('every .vsix of the release is of one version, the universal one has the framework-dependent server', () => {
  const files = readdirSync(artifacts).filter((file) => file.endsWith('.vsix'));
  assert.ok(files.includes(`negotiationdsl-${version}.vsix`), `no universal .vsix among ${files.join(', ')}`);
  for (const file of files) assert.ok(file.endsWith(`-${version}.vsix`), file);
  const listing = execFileSync('unzip', ['-Z1', path.join(artifacts, `negotiationdsl-${version}.vsix`)], { encoding: 'utf8' });
  assert.match(listing, /^extension\/server\/negc\.dll$/m);
  assert.doesNotMatch(listing, /^extension\/server\/[^/]+\/negc(\.exe)?$/m);
});
