import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { bundledServer, describe, invocationFor, languageServerEnvironment, Machine, resolveNegc, serverEnvironment, serverTargets, targetOf, thisMachine, withArgs } from '../negc';

const extension = path.resolve('/ext');
const workspace = path.resolve('/work/records');
const home = path.resolve('/home/analyst');
const bundled = path.join(extension, 'server', 'negc.dll');
const nothingExists = (): boolean => false;
const onlyBundled = (file: string): boolean => file === bundled;
const linux: Machine = { platform: 'linux', arch: 'x64', musl: false };
const alpine: Machine = { platform: 'linux', arch: 'x64', musl: true };
const macArm: Machine = { platform: 'darwin', arch: 'arm64', musl: false };
const windows: Machine = { platform: 'win32', arch: 'x64', musl: false };
const windowsArm: Machine = { platform: 'win32', arch: 'arm64', musl: false };

test('without a setting the bundled negc.dll runs with dotnet', () => {
  assert.deepEqual(resolveNegc('', extension, workspace, onlyBundled, home), { command: 'dotnet', args: [bundled] });
  assert.deepEqual(resolveNegc(undefined, extension, undefined, onlyBundled, home), { command: 'dotnet', args: [bundled] });
});

test('a platform-specific .vsix: the self-contained server of this machine runs directly, before any negc.dll', () => {
  const everything = (): boolean => true;
  assert.deepEqual(resolveNegc('', extension, workspace, everything, home, linux), { command: path.join(extension, 'server', 'linux-x64', 'negc'), args: [] });
  assert.deepEqual(resolveNegc('', extension, workspace, everything, home, macArm), { command: path.join(extension, 'server', 'darwin-arm64', 'negc'), args: [] });
  assert.deepEqual(resolveNegc('', extension, workspace, everything, home, windows), { command: path.join(extension, 'server', 'win32-x64', 'negc.exe'), args: [] });
});

test('a server bundled for another machine is never started: the universal negc.dll or PATH is', () => {
  const linuxServer = path.join(extension, 'server', 'linux-x64', 'negc');
  const onlyLinux = (file: string): boolean => file === linuxServer;
  // Alpine's musl cannot run the glibc build of linux-x64.
  assert.deepEqual(resolveNegc('', extension, workspace, onlyLinux, home, alpine), { command: 'negc', args: [] });
  assert.deepEqual(resolveNegc('', extension, workspace, onlyLinux, home, macArm), { command: 'negc', args: [] });
  const linuxOrDll = (file: string): boolean => file === linuxServer || file === bundled;
  assert.deepEqual(resolveNegc('', extension, workspace, linuxOrDll, home, windowsArm), { command: 'dotnet', args: [bundled] });
  assert.equal(bundledServer(extension, windowsArm), undefined);
  assert.equal(bundledServer(extension, alpine), undefined);
});

test('a setting wins over every bundled server', () => {
  const exe = path.resolve('/opt/negc/negc');
  assert.deepEqual(resolveNegc(exe, extension, workspace, () => true, home, linux), { command: exe, args: [] });
});

test('machines name their VS Code targets, and every target of the table is one of vsce', () => {
  assert.equal(targetOf(linux), 'linux-x64');
  assert.equal(targetOf(alpine), 'alpine-x64');
  assert.equal(targetOf(macArm), 'darwin-arm64');
  assert.equal(targetOf(windows), 'win32-x64');
  const vsceTargets = ['win32-x64', 'win32-arm64', 'linux-x64', 'linux-arm64', 'linux-armhf', 'alpine-x64', 'alpine-arm64', 'darwin-x64', 'darwin-arm64'];
  for (const row of serverTargets) {
    assert.ok(vsceTargets.includes(row.target), row.target);
    assert.equal(row.executable, row.target.startsWith('win32') ? 'negc.exe' : 'negc');
  }
  assert.equal(new Set(serverTargets.map((row) => row.rid)).size, serverTargets.length);
});

test('this machine is described as Node sees it', () => {
  const here = thisMachine();
  assert.equal(here.platform, process.platform);
  assert.equal(here.arch, process.arch);
  if (process.platform !== 'linux') assert.equal(here.musl, false);
});

test('without a setting or a bundled server, negc comes from PATH', () => {
  assert.deepEqual(resolveNegc('  ', extension, workspace, nothingExists, home), { command: 'negc', args: [] });
});

test('a configured executable runs directly, a configured dll with dotnet', () => {
  const exe = path.resolve('/opt/negc/negc');
  const dll = path.resolve('/opt/negc/NEGC.DLL');
  assert.deepEqual(resolveNegc(exe, extension, workspace, onlyBundled, home), { command: exe, args: [] });
  assert.deepEqual(resolveNegc(dll, extension, workspace, onlyBundled, home), { command: 'dotnet', args: [dll] });
});

test('a configured relative path is taken from the workspace folder, a bare name from PATH, ~ from home', () => {
  const relative = resolveNegc('tools/negc.dll', extension, workspace, onlyBundled, home);
  assert.deepEqual(relative, { command: 'dotnet', args: [path.join(workspace, 'tools', 'negc.dll')] });
  assert.deepEqual(resolveNegc('negc', extension, workspace, onlyBundled, home), { command: 'negc', args: [] });
  assert.deepEqual(resolveNegc('~/.dotnet/tools/negc', extension, workspace, onlyBundled, home), {
    command: path.join(home, '.dotnet', 'tools', 'negc'),
    args: [],
  });
});

test('verbs are appended after the dll', () => {
  const lsp = withArgs(invocationFor('/x/negc.dll'), 'lsp');
  assert.deepEqual(lsp, { command: 'dotnet', args: ['/x/negc.dll', 'lsp'] });
  assert.deepEqual(withArgs(invocationFor('/x/negc'), 'status', '/r'), { command: '/x/negc', args: ['status', '/r'] });
  assert.equal(describe(withArgs(invocationFor('/my records/negc.dll'), 'report')), 'dotnet "/my records/negc.dll" report');
});

test('the language server starts with its runtime settings, unless the user set one (under either name)', () => {
  assert.deepEqual(serverEnvironment({ PATH: '/usr/bin' }), { PATH: '/usr/bin', ...languageServerEnvironment });
  assert.equal(serverEnvironment({ DOTNET_gcServer: '1' }).DOTNET_gcServer, '1');
  assert.equal(serverEnvironment({ COMPlus_gcServer: '1' }).DOTNET_gcServer, undefined);
  const base = { PATH: '/usr/bin' };
  serverEnvironment(base);
  assert.deepEqual(base, { PATH: '/usr/bin' });
});
