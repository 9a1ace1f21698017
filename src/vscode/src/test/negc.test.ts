import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { describe, invocationFor, resolveNegc, withArgs } from '../negc';

const extension = path.resolve('/ext');
const workspace = path.resolve('/work/records');
const home = path.resolve('/home/analyst');
const bundled = path.join(extension, 'server', 'negc.dll');
const nothingExists = (): boolean => false;
const onlyBundled = (file: string): boolean => file === bundled;

test('without a setting the bundled negc.dll runs with dotnet', () => {
  assert.deepEqual(resolveNegc('', extension, workspace, onlyBundled, home), { command: 'dotnet', args: [bundled] });
  assert.deepEqual(resolveNegc(undefined, extension, undefined, onlyBundled, home), { command: 'dotnet', args: [bundled] });
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
