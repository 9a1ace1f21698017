// End-to-end: the built `negc lsp` with a workspace that holds a FIFO, links to /dev/zero, /proc/self/environ
// and /, and a symlink loop. The server must answer initialize at once (it reads the disk off its message loop),
// diagnose the real files, refuse the special ones with negc's error, and never show the environment's secret.
// Run `dotnet build` first. Linux only (FIFOs, /proc).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';

const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, PublishDiagnosticsNotification, HoverRequest,
} = protocol;

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const negc = path.join(repo, 'src', 'NegotiationDsl.Cli', 'bin', 'Debug', 'net10.0', 'negc.dll');
const secret = 'NEGC-E2E-SECRET-5be0c1';

/** The hang guard of each answer the test waits for (see `within`). */
const answerGuardMs = 60000;

/** How long the server may take to publish a.neg's diagnostics and the refused files' errors. */
const settleGuardMs = 30000;

/**
 * Resolves with `promise`, or rejects after `ms` with `what` in the message. Only a hang guard: a server that read
 * the FIFO on its message loop would never answer, while a loaded machine can take seconds to start .NET and answer;
 * how long it took is printed with t.diagnostic.
 */
function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

test('negc lsp answers and refuses special files in a hostile workspace', { timeout: 2 * answerGuardMs + settleGuardMs + 60000, skip: process.platform !== 'linux' }, async (t) => {
  assert.ok(existsSync(negc), `${negc} is missing: run 'dotnet build NegotiationDsl.sln' first`);
  const workspace = mkdtempSync(path.join(tmpdir(), 'negc-lsp-hostile-'));
  t.after(() => rmSync(workspace, { recursive: true, force: true }));
  const aPath = path.join(workspace, 'a.neg');
  const aText = 'person Blinken of USA;\n';
  writeFileSync(aPath, aText);
  writeFileSync(path.join(workspace, 'b.neg'), 'party USA;\n');
  execFileSync('mkfifo', [path.join(workspace, 'x.neg')]);
  symlinkSync('/dev/zero', path.join(workspace, 'zero.neg'));
  symlinkSync('/proc/self/environ', path.join(workspace, 'env.neg'));
  symlinkSync('/', path.join(workspace, 'everything'));
  symlinkSync('.', path.join(workspace, 'loop'));

  const server = spawn('dotnet', [negc, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEGC_E2E_SECRET: secret } });
  t.after(() => { if (server.exitCode === null) server.kill(); });
  let log = '';
  let wire = '';
  server.stderr.on('data', (chunk) => { log += chunk; });
  server.stdout.on('data', (chunk) => { wire += chunk; });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const published = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => published.push(params));
  connection.listen();
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  const aUri = pathToFileURL(aPath).href;

  const started = Date.now();
  const initialized = await within(answerGuardMs, connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {},
  }), 'initialize');
  t.diagnostic(`initialize answered after ${Date.now() - started} ms`);
  assert.equal(initialized.capabilities.textDocumentSync.change, 2);
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: aUri, languageId: 'neg', version: 1, text: aText } });

  const hover = await within(answerGuardMs, connection.sendRequest(HoverRequest.type, { textDocument: { uri: aUri }, position: { line: 0, character: 8 } }), 'hover');
  assert.match(hover.contents.value, /Blinken/);

  const deadline = Date.now() + settleGuardMs;
  // a.neg's diagnostics and the refused files' errors are separate publications: wait for both.
  const settled = () => published.some((p) => p.uri === aUri && p.version === 1) && published.some((p) => p.uri.endsWith('/x.neg'));
  while (!settled() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const diagnostics = published.find((p) => p.uri === aUri && p.version === 1);
  assert.ok(diagnostics, `no diagnostics for a.neg; log:\n${log}`);
  assert.ok(!diagnostics.diagnostics.some((d) => d.code === 'NEG2001'), 'b.neg beside it was read');
  // A refused file is not a document: it shows negc's error for it (NEG9007 for the FIFO), and nothing of its text.
  const refused = published.filter((p) => /(x|zero|env)\.neg$/.test(p.uri));
  assert.ok(refused.every((p) => p.version == null && p.diagnostics.length === 1 && /^NEG90\d\d$/.test(p.diagnostics[0].code)), `no special file became a document: ${JSON.stringify(refused)}`);
  assert.ok(refused.some((p) => p.uri.endsWith('/x.neg') && p.diagnostics[0].code === 'NEG9007'), 'the FIFO shows NEG9007');
  assert.ok(!JSON.stringify(refused).includes(secret), 'no secret in the errors');

  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  assert.equal(await exited, 0);
  connection.dispose();
  assert.match(log, /NEG9007: '[^']*x\.neg' is a FIFO/);
  assert.match(log, /NEG9009: '[^']*everything' is a link to '\/'/);
  assert.ok(!log.includes(secret) && !wire.includes(secret), 'the environment secret was shown');
});
