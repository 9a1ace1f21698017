// End-to-end: a real LSP client (vscode-languageserver-protocol over vscode-jsonrpc) starts the built
// `negc lsp`, opens the examples, and checks diagnostics, hover, definition, rename and completion, then
// edits a file and waits for the new diagnostic, and shuts the server down; then does the same across the
// folders of an archive made in a temporary folder. Run `dotnet build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';

const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
  HoverRequest, DefinitionRequest, PrepareRenameRequest, RenameRequest, CompletionRequest,
} = protocol;

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const negc = path.join(repo, 'src', 'NegotiationDsl.Cli', 'bin', 'Debug', 'net10.0', 'negc.dll');
const examples = path.join(repo, 'examples');
const actorsPath = path.join(examples, 'actors', 'actors.neg');
const actorsUri = pathToFileURL(actorsPath).href;
const genevaPath = path.join(examples, 'geneva-2022', 'geneva-2022.neg');
const genevaUri = pathToFileURL(genevaPath).href;
const followupUri = pathToFileURL(path.join(examples, 'geneva-2022-followup', 'geneva-2022-followup.neg')).href;

/** The zero-based LSP position (UTF-16, as JavaScript strings count) of `needle` in `text`, plus `offset`. */
function positionOf(text, needle, offset = 0) {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `'${needle}' not found`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Starts `negc lsp` and returns the connection, the process and the diagnostics it has published. */
function startServer() {
  assert.ok(existsSync(negc), `${negc} is missing: run 'dotnet build NegotiationDsl.sln' first`);
  const server = spawn('dotnet', [negc, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  server.stderr.on('data', (chunk) => { log += chunk; });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const waiter of waiters.slice()) waiter();
  });
  connection.listen();
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));

  /** Resolves with the first publication (already received or still to come) that satisfies `predicate`. */
  function diagnostics(predicate, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = published.find(predicate);
        if (!match) return false;
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
        resolve(match);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(check), 1);
        reject(new Error(`no matching diagnostics; got ${published.map((p) => `${p.uri}@${p.version}`).join(', ')}\n${log}`));
      }, timeoutMs);
      waiters.push(check);
      check();
    });
  }

  return { server, connection, diagnostics, exited, log: () => log };
}

test('negc lsp serves a real LSP client end to end', { timeout: 120000 }, async (t) => {
  const { server, connection, diagnostics, exited } = startServer();
  t.after(() => { if (server.exitCode === null) server.kill(); });
  let text = readFileSync(genevaPath, 'utf8');

  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(examples).href,
    workspaceFolders: [{ uri: pathToFileURL(examples).href, name: 'examples' }],
    capabilities: {},
  });
  assert.equal(initialized.capabilities.textDocumentSync.change, 2);
  assert.equal(initialized.capabilities.renameProvider.prepareProvider, true);
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: genevaUri, languageId: 'neg', version: 1, text },
  });

  await t.test('diagnostics are pushed for the open file and a closed one of the workspace', async () => {
    const geneva = await diagnostics((p) => p.uri === genevaUri && p.version === 1);
    assert.deepEqual(geneva.diagnostics.map((d) => d.code), ['NEG2009']);
    assert.ok(geneva.diagnostics.every((d) => d.severity === 3 && d.source === 'negc'));
    assert.match(geneva.diagnostics[0].message, /'Georgia' is declared but never used/);
    assert.match(geneva.diagnostics[0].codeDescription.href, /docs\/diagnostics\.md#neg2009$/);
    const followup = await diagnostics((p) => p.uri === followupUri);
    assert.deepEqual(followup.diagnostics, []);
  });

  await t.test('hovering next_week shows 2022-01-24 to 2022-01-30', async () => {
    const hover = await connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: genevaUri }, position: positionOf(text, 'by next_week after', 5),
    });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /2022-01-24 to 2022-01-30/);
  });

  await t.test('definition of Blinken is his declaration in the register', async () => {
    const locations = await connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: genevaUri }, position: positionOf(text, 'Blinken commits', 2),
    });
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, actorsUri);
    assert.deepEqual(locations[0].range.start, positionOf(readFileSync(actorsPath, 'utf8'), 'person Blinken', 7));
  });

  await t.test('renaming Blinken edits the register and every folder that uses him', async () => {
    const position = positionOf(text, 'Blinken commits', 2);
    const prepared = await connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: genevaUri }, position });
    assert.equal(prepared.placeholder, 'Blinken');
    const edit = await connection.sendRequest(RenameRequest.type, { textDocument: { uri: genevaUri }, position, newName: 'AntonyBlinken' });
    assert.deepEqual(Object.keys(edit.changes).sort(), [actorsUri, followupUri, genevaUri].sort());
    assert.equal(edit.changes[actorsUri].length, 1);
    assert.equal(edit.changes[followupUri].length, 3);
    assert.ok(edit.changes[genevaUri].every((e) => e.newText === 'AntonyBlinken'));
    await assert.rejects(
      connection.sendRequest(RenameRequest.type, { textDocument: { uri: genevaUri }, position, newName: 'meeting' }),
      /keyword/);
  });

  await t.test('completion works on a half-typed line', async () => {
    const close = positionOf(text, '\n>', 1);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: genevaUri, version: 2 },
      contentChanges: [{ range: { start: close, end: close }, text: '  Lavrov com\n' }],
    });
    const list = await connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: genevaUri }, position: { line: close.line, character: '  Lavrov com'.length },
    });
    const labels = list.items.map((item) => item.label);
    assert.ok(labels.includes('commits'), labels.join(', '));
    const atStart = await connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: genevaUri }, position: { line: close.line, character: 2 },
    });
    const first = atStart.items.slice().sort((a, b) => a.sortText.localeCompare(b.sortText))[0];
    assert.equal(first.kind === 6 || first.kind === 9, true, 'an actor comes first');
    // Undo the half-typed line.
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: genevaUri, version: 3 },
      contentChanges: [{ range: { start: close, end: { line: close.line + 1, character: 0 } }, text: '' }],
    });
  });

  await t.test('an edit that introduces a typo publishes NEG2001 for the new version', async () => {
    const at = positionOf(text, 'Lavrov calls');
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: genevaUri, version: 4 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: 'Lavrof' }],
    });
    text = text.replace('Lavrov calls', 'Lavrof calls');
    const published = await diagnostics((p) => p.uri === genevaUri && p.version === 4);
    const typo = published.diagnostics.find((d) => d.code === 'NEG2001' && d.data?.name === 'Lavrof');
    assert.ok(typo, JSON.stringify(published.diagnostics));
    assert.equal(typo.message, "'Lavrof' is not declared; did you mean 'Lavrov'?");
    assert.deepEqual(typo.range.start, at);
    assert.equal(published.diagnostics.filter((d) => d.code.startsWith('NEG1')).length, 0, 'the half-typed line is gone');
  });

  await t.test('shutdown and exit end the server with exit code 0', async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
    connection.dispose();
  });
});

/** Writes `files` (relative path to text) below `root`. */
function writeTree(root, files) {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

test('negc lsp renames a register person in every folder of an archive and republishes its users', { timeout: 120000 }, async (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'negc-lsp-archive-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const actors = 'party US state "United States";\nparty Russia state;\n'
    + 'person Blinken "Antony Blinken" of US;\nperson Lavrov "Sergei Lavrov" of Russia;\n';
  const geneva = 'use "../actors";\nrecord "Geneva" published 2022-01-21;\n'
    + 'meeting Geneva 2022-01-21 with Blinken, Lavrov <\n'
    + '  written_response: Blinken commits "a written response" to Lavrov by next_week;\n>\n';
  const minsk = 'use "../actors" as register;\nrecord "Minsk" published 2022-02-10;\n'
    + 'register.Lavrov says "no talks" on 2022-02-10;\nregister.Blinken says "talks" on 2022-02-10;\n';
  writeTree(root, {
    'negarchive.json': '{ "name": "end to end" }\n',
    'actors/actors.neg': actors,
    'geneva-2022/geneva.neg': geneva,
    'minsk-2022/minsk.neg': minsk,
  });
  const uriOf = (relative) => pathToFileURL(path.join(root, relative)).href;
  const [actorsUri, genevaUri, minskUri] = ['actors/actors.neg', 'geneva-2022/geneva.neg', 'minsk-2022/minsk.neg'].map(uriOf);

  const { server, connection, diagnostics, exited } = startServer();
  t.after(() => { if (server.exitCode === null) server.kill(); });
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(root).href, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'archive' }], capabilities: {},
  });
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: actorsUri, languageId: 'neg', version: 1, text: actors },
  });

  await t.test('every folder is bound with the register: no errors anywhere', async () => {
    for (const uri of [actorsUri, genevaUri, minskUri]) {
      const published = await diagnostics((p) => p.uri === uri);
      assert.deepEqual(published.diagnostics.filter((d) => d.severity === 1), [], uri);
    }
  });

  await t.test('renaming Lavrov in the register edits every folder that uses it, after the alias in a qualified name', async () => {
    const position = positionOf(actors, 'person Lavrov', 8);
    const prepared = await connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: actorsUri }, position });
    assert.equal(prepared.placeholder, 'Lavrov');
    const edit = await connection.sendRequest(RenameRequest.type, { textDocument: { uri: actorsUri }, position, newName: 'Lavrova' });
    assert.deepEqual(Object.keys(edit.changes).sort(), [actorsUri, genevaUri, minskUri].sort());
    assert.deepEqual(edit.changes[actorsUri].map((e) => e.range.start), [positionOf(actors, 'person Lavrov', 7)]);
    assert.deepEqual(edit.changes[genevaUri].map((e) => e.range.start), [positionOf(geneva, 'Lavrov <'), positionOf(geneva, 'to Lavrov', 3)]);
    assert.deepEqual(edit.changes[minskUri].map((e) => e.range), [{ start: positionOf(minsk, 'Lavrov says'), end: positionOf(minsk, ' says "no talks"') }]);
    assert.ok(Object.values(edit.changes).flat().every((e) => e.newText === 'Lavrova'));
  });

  await t.test('breaking Lavrov in the register republishes the folders that use him with the error in their files', async () => {
    const start = positionOf(actors, 'person Lavrov', 7);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: actorsUri, version: 2 },
      contentChanges: [{ range: { start, end: { line: start.line, character: start.character + 'Lavrov'.length } }, text: 'Lavrow' }],
    });
    const unknown = (p) => p.diagnostics.some((d) => d.code === 'NEG2001');
    const inGeneva = await diagnostics((p) => p.uri === genevaUri && unknown(p));
    const inMinsk = await diagnostics((p) => p.uri === minskUri && unknown(p));
    assert.equal(inGeneva.diagnostics.filter((d) => d.code === 'NEG2001').length, 2);
    assert.deepEqual(inMinsk.diagnostics.find((d) => d.code === 'NEG2001').range.start, positionOf(minsk, 'register.Lavrov'));
    const inActors = await diagnostics((p) => p.uri === actorsUri && p.version === 2);
    assert.ok(!unknown(inActors), 'a diagnostic belongs to the folder whose file it is in');
  });

  await t.test('shutdown and exit end the server with exit code 0', async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
    connection.dispose();
  });
});

test('negc lsp answers the editor views\' own requests: commitments on a day and the folder\'s report', { timeout: 120000 }, async (t) => {
  const { server, connection, diagnostics, exited } = startServer();
  t.after(() => { if (server.exitCode === null) server.kill(); });
  const text = readFileSync(genevaPath, 'utf8');
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(examples).href,
    workspaceFolders: [{ uri: pathToFileURL(examples).href, name: 'examples' }],
    capabilities: {},
  });
  assert.equal(initialized.capabilities.negotiationCommitmentsProvider, true);
  assert.equal(initialized.capabilities.negotiationReportProvider, true);
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: genevaUri, languageId: 'neg', version: 1, text },
  });
  // The closed files' diagnostics come once the archive is read: every folder is in by then.
  await diagnostics((p) => p.uri === followupUri);

  const writtenResponse = (answer) =>
    answer.folders.find((folder) => folder.name === 'geneva-2022').records[0].commitments.find((c) => c.label === 'written_response');

  await t.test('commitments: negc status\'s state and deadline, on the records\' latest day or on a day asked for', async () => {
    const latest = await connection.sendRequest('negotiationdsl/commitments', {});
    assert.equal(latest.truncated, false);
    assert.equal(latest.folders.find((folder) => folder.name === 'geneva-2022').asOf, '2022-01-26');
    const response = writtenResponse(latest);
    assert.deepEqual(
      [response.state, response.stateText, response.deadline, response.debtors, response.location.uri],
      ['fulfilled', 'fulfilled', '2022-01-24..2022-01-30 (week)', ['Blinken'], genevaUri]);
    assert.equal(writtenResponse(await connection.sendRequest('negotiationdsl/commitments', { asOf: '2022-01-22' })).state, 'open');
    await assert.rejects(connection.sendRequest('negotiationdsl/commitments', { asOf: '22 January' }), /is not a date \(YYYY-MM-DD\)/);
  });

  await t.test('report: the folder\'s HTML page, and none while the records have an error', async () => {
    const report = await connection.sendRequest('negotiationdsl/report', { textDocument: { uri: genevaUri } });
    assert.equal(report.name, 'geneva-2022');
    assert.equal(report.errors, 0);
    assert.match(report.html, /^<!DOCTYPE html>/);
    assert.match(report.html, /<code>written_response<\/code>/);

    const at = positionOf(text, 'Lavrov calls');
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: genevaUri, version: 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: 'Lavrof' }],
    });
    const broken = await connection.sendRequest('negotiationdsl/report', { textDocument: { uri: genevaUri } });
    assert.equal(broken.errors, 1);
    assert.equal(broken.html, undefined);
  });

  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  assert.equal(await exited, 0);
  connection.dispose();
});
