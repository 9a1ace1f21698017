// End-to-end robustness: the built `negc lsp` is fed, byte by byte over its real stdin, what no well-behaved
// client sends (broken framing, JSON that is no JSON-RPC, requests out of lifecycle order, edits of documents
// never opened, positions far outside any text, hostile document text, documents of 15 and 40 MB), is left by
// clients that die in three ways, and by one that stops reading. The server must answer or ignore, never crash,
// keep serving, and exit when its client is gone. Independent of lsp.test.mjs: every test starts its own
// server. Run `dotnet build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const negc = path.join(repo, 'src', 'NegotiationDsl.Cli', 'bin', 'Debug', 'net10.0', 'negc.dll');
const examples = path.join(repo, 'examples');
const genevaPath = path.join(examples, 'geneva-2022', 'geneva-2022.neg');
const genevaUri = pathToFileURL(genevaPath).href;
const genevaText = readFileSync(genevaPath, 'utf8');

const ParseError = -32700, InvalidRequest = -32600, MethodNotFound = -32601, InvalidParams = -32602, ServerNotInitialized = -32002;
/** What a stack trace looks like in .NET output (an unhandled exception prints these). */
const stackTrace = /^\s+at \S+\(|Unhandled exception/m;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long a server may take to stop before it counts as never stopping. Only a hang guard: without the behaviour
 * under test the server never exits, while under load (two cores, a test suite beside it) a .NET process can take
 * seconds to stop, so the guard stays far beyond that; how long it took is printed with t.diagnostic.
 */
const stopGuardMs = 60000;

/** The zero-based LSP position (UTF-16) of `needle` in `text`, plus `offset`. */
function positionOf(text, needle, offset = 0) {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `'${needle}' not found`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Resolves with the process's exit code, or rejects after `ms`. */
function exitWithin(server, ms) {
  return new Promise((resolve, reject) => {
    if (server.exitCode !== null) { resolve(server.exitCode); return; }
    const timer = setTimeout(() => reject(new Error(`the server still runs after ${ms} ms`)), ms);
    server.on('exit', (code) => { clearTimeout(timer); resolve(code); });
  });
}

/**
 * Milliseconds until process `pid` has exited (polled), or rejects after `ms`. An orphan that has exited stays
 * a zombie until the container's init reaps it (here up to ~1.5 s later): on Linux a zombie counts as exited.
 */
async function goneWithin(pid, ms) {
  const start = Date.now();
  const isZombie = () => { try { return /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; } };
  while (Date.now() - start < ms) {
    try { process.kill(pid, 0); } catch { return Date.now() - start; }
    if (isZombie()) return Date.now() - start;
    await sleep(10);
  }
  throw new Error(`process ${pid} still runs after ${ms} ms`);
}

/**
 * `negc lsp` with a client of our own that writes raw bytes and parses the LSP framing of the answers itself
 * (a library client would refuse to send most of what these tests send).
 */
function startRawServer() {
  assert.ok(existsSync(negc), `${negc} is missing: run 'dotnet build NegotiationDsl.sln' first`);
  const server = spawn('dotnet', [negc, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = Buffer.alloc(0);
  const answers = new Map();  // id -> response
  const waiting = new Map();  // id -> resolve
  const nullIdErrors = [];
  const published = [];
  const publishWaiters = [];
  server.stderr.on('data', (chunk) => { stderr += chunk; });
  server.stdout.on('data', (chunk) => {
    stdout = Buffer.concat([stdout, chunk]);
    while (true) {
      const headerEnd = stdout.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(stdout.subarray(0, headerEnd).toString('ascii'))[1]);
      if (stdout.length < headerEnd + 4 + length) return;
      const message = JSON.parse(stdout.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      stdout = stdout.subarray(headerEnd + 4 + length);
      if (message.method === 'textDocument/publishDiagnostics') {
        published.push(message.params);
        for (const check of publishWaiters.slice()) check();
      } else if (message.id === null) {
        nullIdErrors.push(message);
      } else if (waiting.has(message.id)) {
        waiting.get(message.id)(message);
        waiting.delete(message.id);
      } else {
        answers.set(message.id, message);
      }
    }
  });

  let nextId = 1;
  const writeBytes = (...parts) => { for (const part of parts) server.stdin.write(part); };
  const writeBody = (body) => {
    const bytes = Buffer.from(body, 'utf8');
    writeBytes(`Content-Length: ${bytes.length}\r\n\r\n`, bytes);
  };
  const notify = (method, params) => writeBody(JSON.stringify({ jsonrpc: '2.0', method, params }));
  /** Resolves with the response ({result} or {error}) to the request with this id; call it before sending. */
  const answerTo = (id) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to id ${id}\n${stderr}`)), 60000);
    const done = (message) => { clearTimeout(timer); resolve(message); };
    if (answers.has(id)) { done(answers.get(id)); answers.delete(id); } else waiting.set(id, done);
  });
  const request = (method, params) => {
    const id = nextId++;
    const answer = answerTo(id);
    writeBody(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return answer;
  };
  /** Resolves with the first publication (received or to come) that satisfies `predicate`. */
  const diagnostics = (predicate, timeoutMs = 60000) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching diagnostics\n${stderr}`)), timeoutMs);
    const check = () => {
      const match = published.find(predicate);
      if (!match) return;
      clearTimeout(timer);
      publishWaiters.splice(publishWaiters.indexOf(check), 1);
      resolve(match);
    };
    publishWaiters.push(check);
    check();
  });
  const initialize = (processId = null) => request('initialize', {
    processId, rootUri: pathToFileURL(examples).href, capabilities: {},
  });

  return { server, writeBytes, writeBody, notify, answerTo, request, diagnostics, initialize, nullIdErrors, stderr: () => stderr };
}

test('negc lsp survives a hostile client and keeps serving', { timeout: 300000 }, async (t) => {
  const lsp = startRawServer();
  const { request, notify, writeBody } = lsp;
  t.after(() => { if (lsp.server.exitCode === null) lsp.server.kill('SIGKILL'); });
  const errorCode = (answer) => answer.error?.code;

  await t.test('before initialize, requests get ServerNotInitialized and notifications are dropped', async () => {
    notify('textDocument/didOpen', { textDocument: { uri: 'untitled:early', languageId: 'neg', version: 1, text: 'party A state;' } });
    assert.equal(errorCode(await request('textDocument/hover', { textDocument: { uri: 'untitled:early' }, position: { line: 0, character: 0 } })), ServerNotInitialized);
    assert.equal(errorCode(await request('shutdown', null)), ServerNotInitialized);
    const initialized = await lsp.initialize(process.pid);
    assert.equal(initialized.result.capabilities.textDocumentSync.change, 2);
    notify('initialized', {});
    assert.equal(errorCode(await request('initialize', { processId: null, capabilities: {} })), InvalidRequest, 'initialize comes once');
    const hover = await request('textDocument/hover', { textDocument: { uri: 'untitled:early' }, position: { line: 0, character: 0 } });
    assert.equal(hover.result, null, 'the early didOpen was dropped');
  });

  await t.test('a body that is not JSON gets a parse error with id null, and the next request is served', async () => {
    for (const body of ['this is not json', '{"jsonrpc":"2.0","id":', '{}{}', '\u0000\u0001', '{"a":"\uFFFF"}x']) {
      const before = lsp.nullIdErrors.length;
      writeBody(body);
      assert.ok((await request('workspace/symbol', { query: '' })).result, 'still serving');
      assert.equal(lsp.nullIdErrors.length, before + 1, `one answer for ${JSON.stringify(body)}`);
      assert.equal(lsp.nullIdErrors.at(-1).error.code, ParseError);
    }
    // Invalid UTF-8 is not JSON either.
    lsp.writeBytes('Content-Length: 4\r\n\r\n', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    assert.ok((await request('workspace/symbol', { query: '' })).result);
    assert.equal(lsp.nullIdErrors.at(-1).error.code, ParseError);
  });

  await t.test('JSON that is not a JSON-RPC request gets InvalidRequest or InvalidParams', async () => {
    const withId = [
      [{ jsonrpc: '2.0', id: 901 }, InvalidRequest],                                     // no method
      [{ jsonrpc: '2.0', id: 902, method: 42 }, InvalidRequest],                         // a method that is no string
      [{ jsonrpc: '2.0', id: 903, method: 'textDocument/hover', params: 42 }, InvalidRequest],
      [{ jsonrpc: '2.0', id: 904, method: 'textDocument/hover', params: 'text' }, InvalidRequest],
      [{ jsonrpc: '2.0', id: 905, method: 'textDocument/hover', params: { textDocument: 42 } }, InvalidParams],
      [{ jsonrpc: '2.0', id: 906, method: 'textDocument/hover', params: { textDocument: { uri: genevaUri }, position: { line: 'x' } } }, InvalidParams],
      [{ jsonrpc: '2.0', id: 907, method: 'textDocument/hover', params: { textDocument: { uri: genevaUri }, position: { line: 2 ** 40, character: 0 } } }, InvalidParams],
      [{ jsonrpc: '2.0', id: 'text-id', method: 'textDocument/definition', params: null }, InvalidParams],
    ];
    for (const [message, code] of withId) {
      const answer = lsp.answerTo(message.id);
      writeBody(JSON.stringify(message));
      const response = await answer;
      assert.equal(response.error?.code, code, JSON.stringify(message));
      assert.equal(response.error.data, undefined, 'no stack trace in error.data');
    }

    const withoutId = [
      { jsonrpc: '2.0', id: { odd: true }, method: 'workspace/symbol', params: { query: '' } },
      { jsonrpc: '2.0', id: 1.5, method: 'workspace/symbol', params: { query: '' } },
      { jsonrpc: '2.0', id: [1], method: 'workspace/symbol', params: { query: '' } },
      [{ jsonrpc: '2.0', id: 908, method: 'workspace/symbol', params: { query: '' } }],  // a batch: LSP has none
      'just a string',
      { jsonrpc: '2.0', method: 42 },
      // Not a valid notification either, so answered like any invalid message (JSON-RPC 2.0, section 7).
      { jsonrpc: '2.0', method: '$/cancelRequest', params: 'not an object' },
    ];
    for (const message of withoutId) {
      const before = lsp.nullIdErrors.length;
      writeBody(JSON.stringify(message));
      assert.ok((await request('workspace/symbol', { query: '' })).result, 'still serving');
      assert.equal(lsp.nullIdErrors.length, before + 1, JSON.stringify(message));
      assert.equal(lsp.nullIdErrors.at(-1).error.code, InvalidRequest, JSON.stringify(message));
    }
  });

  await t.test('a lone surrogate anywhere in a message is read as U+FFFD, and an id holding one is refused with id null', async () => {
    // JSON.stringify writes a lone surrogate as the escape "\\ud800", as an editor's buffer may hold one.
    for (const [message, check] of [
      [{ jsonrpc: '2.0', id: 911, method: 'workspace/symbol\ud800', params: { query: '' } }, (a) => a.error?.code === MethodNotFound],
      [{ jsonrpc: '2.0\udc00', id: 912, method: 'workspace/symbol', params: { query: '' } }, (a) => Array.isArray(a.result)],
      [{ jsonrpc: '2.0', id: 913, method: 'workspace/symbol', params: { query: '\ud800', ['k\udfff']: { ['\ud800']: ['\udc00\ud800'] } } }, (a) => Array.isArray(a.result)],
      [{ jsonrpc: '2.0', id: 914, method: 'textDocument/hover', params: { textDocument: { uri: 'untitled:\ud800' }, position: { line: 0, character: 0 } } }, (a) => a.result === null],
    ]) {
      const answer = lsp.answerTo(message.id);
      writeBody(JSON.stringify(message));
      const response = await answer;
      assert.ok(check(response), `${JSON.stringify(message)} -> ${JSON.stringify(response)}`);
    }
    for (const id of ['\ud800', 'a\udc00b', '\ud83d']) {
      const before = lsp.nullIdErrors.length;
      writeBody(JSON.stringify({ jsonrpc: '2.0', id, method: 'workspace/symbol', params: { query: '' } }));
      assert.ok((await request('workspace/symbol', { query: '' })).result, 'still serving');
      assert.equal(lsp.nullIdErrors.length, before + 1, `one answer for id ${JSON.stringify(id)}`);
      assert.equal(lsp.nullIdErrors.at(-1).error.code, InvalidRequest);
    }
    // A response to a request the server never sent is ignored (StreamJsonRpc used to end the connection on it).
    writeBody(JSON.stringify({ jsonrpc: '2.0', id: 915, result: 'unasked' }));
    writeBody(JSON.stringify({ jsonrpc: '2.0', id: 'x', error: { code: 1, message: 'unasked' } }));
    assert.ok((await request('workspace/symbol', { query: '' })).result, 'still serving');
  });

  await t.test('unknown requests get MethodNotFound; unknown notifications are ignored', async () => {
    assert.equal((await request('textDocument/noSuchThing', {})).error.code, MethodNotFound);
    assert.equal((await request('$/noSuchThing', {})).error.code, MethodNotFound);
    const before = lsp.nullIdErrors.length;
    for (const method of ['$/setTrace', '$/progress', '$/cancelRequest', '$/noSuchThing', 'custom/notification', 'workspace/didChangeConfiguration']) {
      notify(method, { id: 12345, value: 'x' });
    }
    assert.ok((await request('workspace/symbol', { query: '' })).result);
    assert.equal(lsp.nullIdErrors.length, before, 'no answer to a notification');
  });

  const hugeUri = 'untitled:huge.neg';
  const filler = `// ${'x'.repeat(97)}\n`;
  await t.test('a 15 MB didOpen (under the 16 MB limit) is handled', async () => {
    const text = genevaText + filler.repeat(Math.ceil(15e6 / filler.length));
    const start = Date.now();
    notify('textDocument/didOpen', { textDocument: { uri: hugeUri, languageId: 'neg', version: 1, text } });
    const published = await lsp.diagnostics((p) => p.uri === hugeUri && p.version === 1, 120000);
    const toDiagnostics = Date.now() - start;
    const hover = await request('textDocument/hover', { textDocument: { uri: hugeUri }, position: positionOf(text, 'by next_week after', 5) });
    t.diagnostic(`15 MB didOpen: diagnostics after ${toDiagnostics} ms, hover after ${Date.now() - start} ms`);
    assert.match(hover.result.contents.value, /2022-01-24 to 2022-01-30/);
    assert.ok(published.diagnostics.every((d) => d.range.start.line < 200), 'no diagnostic in the comment lines');
    notify('textDocument/didClose', { textDocument: { uri: hugeUri } });
  });

  const hugerUri = 'untitled:huger.neg';
  await t.test('a 40 MB didOpen is kept but not analysed: NEG1010 at once, features answer empty, until an edit brings it under the limit', async () => {
    const text = genevaText + filler.repeat(Math.ceil(40e6 / filler.length));
    const start = Date.now();
    notify('textDocument/didOpen', { textDocument: { uri: hugerUri, languageId: 'neg', version: 1, text } });
    const published = await lsp.diagnostics((p) => p.uri === hugerUri && p.version === 1, 120000);
    const toDiagnostics = Date.now() - start;
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['NEG1010', 0, 0]]);
    const at = { textDocument: { uri: hugerUri }, position: positionOf(text, 'by next_week after', 5) };
    assert.equal((await request('textDocument/hover', at)).result, null);
    assert.deepEqual((await request('textDocument/documentSymbol', { textDocument: { uri: hugerUri } })).result, []);
    // Deleting the filler (the text was kept, so the range lands where it should) makes it a record again.
    const end = positionOf(text, filler);
    notify('textDocument/didChange', { textDocument: { uri: hugerUri, version: 2 },
      contentChanges: [{ range: { start: end, end: { line: 1e6, character: 0 } }, text: '' }] });
    await lsp.diagnostics((p) => p.uri === hugerUri && p.version === 2, 120000);
    assert.match((await request('textDocument/hover', at)).result.contents.value, /2022-01-24 to 2022-01-30/);
    const peak = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${lsp.server.pid}/status`, 'utf8'))[1]) / 1024;
    t.diagnostic(`40 MB didOpen: NEG1010 after ${toDiagnostics} ms; server peak memory so far ${peak.toFixed(0)} MB`);
    assert.ok(toDiagnostics < 20000, `NEG1010 took ${toDiagnostics} ms`);
    notify('textDocument/didClose', { textDocument: { uri: hugerUri } });
  });

  await t.test('a document with thousands of errors gets 1,000 diagnostics, the last saying how many more', async () => {
    const uri = 'untitled:many-errors.neg';
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'neg', version: 1, text: '@\n'.repeat(5000) } });
    const published = await lsp.diagnostics((p) => p.uri === uri);
    assert.equal(published.diagnostics.length, 1000);
    const last = published.diagnostics.at(-1);
    assert.equal(last.code, 'NEG9027');
    assert.match(last.message, /^4,001 more diagnostics in this file are not shown/);
    notify('textDocument/didClose', { textDocument: { uri } });
  });

  await t.test('document sync nonsense is ignored or applied sensibly', async () => {
    const never = pathToFileURL(path.join(examples, 'never-opened.neg')).href;
    const followupUri = pathToFileURL(path.join(examples, 'geneva-2022-followup', 'geneva-2022-followup.neg')).href;
    const range = (a, b, c, d) => ({ start: { line: a, character: b }, end: { line: c, character: d } });
    for (const uri of [never, followupUri]) {
      notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: range(0, 0, 0, 0), text: 'garbage' }] });
      notify('textDocument/didSave', { textDocument: { uri } });
      notify('textDocument/didClose', { textDocument: { uri } });
    }
    const followupHover = await request('textDocument/hover', { textDocument: { uri: followupUri }, position: { line: 0, character: 0 } });
    assert.equal(followupHover.error, undefined);

    const odd = 'untitled:odd.neg';
    notify('textDocument/didOpen', { textDocument: { uri: odd, languageId: 'neg', version: 1, text: 'party A state;\n' } });
    notify('textDocument/didOpen', { textDocument: { uri: odd, languageId: 'neg', version: 2, text: 'party B state;\n' } });
    notify('textDocument/didChange', { textDocument: { uri: odd, version: 1 }, contentChanges: [{ text: 'party C state;\n' }] }); // version back
    for (const [r, text] of [
      [range(100000, 0, 100001, 0), 'party D state;\n'],   // lines past the end
      [range(0, 100000, 0, 100000), ' '],                 // a character past the line's end
      [range(0, 5, 0, 2), ''],                            // end before start
      [range(-3, -3, -1, -1), ''],                        // negative
      [range(2147483647, 2147483647, 2147483647, 2147483647), '\n'],
    ]) {
      notify('textDocument/didChange', { textDocument: { uri: odd, version: 3 }, contentChanges: [{ range: r, text }] });
    }
    const published = await lsp.diagnostics((p) => p.uri === odd && p.version === 3);
    assert.ok(Array.isArray(published.diagnostics));

    // A file: URI brings its folder's other .neg files into the compilation, so odd file names live in a
    // folder of the test's own: the machine's /tmp may hold any number of large records (CI once waited
    // 60 s for a hover because it did).
    const folder = mkdtempSync(path.join(os.tmpdir(), 'negc-lsp-robustness-'));
    t.after(() => rmSync(folder, { recursive: true, force: true }));
    const folderUri = pathToFileURL(folder).href;
    const hostile = [
      ['http://example.com/a.neg', 'party A state;'],
      [`${folderUri}/nul%00inside.neg`, 'party A state;'],
      [`${folderUri}/%E2%82%AC%20space%3F%23.neg`, 'party A state;'],
      ['file:///', 'party A state;'],
      ['file://server/share/unc.neg', 'party A state;'],
      ['not a uri at all \u0000', 'party A state;'],
      ['untitled:nul', 'party A\u0000 state;\u0000'],
      ['untitled:surrogates', 'party A\ud800 state; \udc00 \ud83d'],
      ['untitled:nested', '<'.repeat(100000)],
      ['untitled:garbage', Array.from({ length: 50000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ];
    for (const [uri, text] of hostile) {
      notify('textDocument/didOpen', { textDocument: { uri, languageId: 'neg', version: 1, text } });
      const hover = await request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } });
      assert.equal(hover.error, undefined, `${uri}: ${JSON.stringify(hover.error)}`);
      const symbols = await request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(symbols.error, undefined, `${uri}: ${JSON.stringify(symbols.error)}`);
    }
    const nested = await lsp.diagnostics((p) => p.uri === 'untitled:nested');
    assert.ok(nested.diagnostics.some((d) => d.code.startsWith('NEG1')), 'a syntax error for 100,000 nested <');
    const surrogates = await lsp.diagnostics((p) => p.uri === 'untitled:surrogates');
    assert.ok(Array.isArray(surrogates.diagnostics), 'a document with lone surrogates is opened');
  });

  await t.test('every feature answers out-of-range positions and unknown documents without failing', async () => {
    notify('textDocument/didOpen', { textDocument: { uri: genevaUri, languageId: 'neg', version: 1, text: genevaText } });
    const positions = [{ line: -1, character: -1 }, { line: 0, character: -5 }, { line: 1e6, character: 1e6 },
      { line: 2147483647, character: 2147483647 }, { line: 3, character: 100000 }, { line: -2147483648, character: 0 }];
    const ranges = positions.map((p) => ({ start: p, end: { line: 0, character: 0 } }));
    const unknown = pathToFileURL(path.join(repo, 'nowhere', 'absent.neg')).href;
    for (const uri of [genevaUri, unknown, 'untitled:never-opened']) {
      const textDocument = { uri };
      for (const position of positions) {
        for (const [method, params] of [
          ['textDocument/hover', { textDocument, position }],
          ['textDocument/definition', { textDocument, position }],
          ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
          ['textDocument/documentHighlight', { textDocument, position }],
          ['textDocument/prepareRename', { textDocument, position }],
          ['textDocument/rename', { textDocument, position, newName: 'Renamed' }],
          ['textDocument/completion', { textDocument, position }],
        ]) {
          const answer = await request(method, params);
          // A refused rename (nothing to rename there) is a proper error; anything else must succeed.
          assert.ok(answer.error === undefined || (method === 'textDocument/rename' && answer.error.code === -32803),
            `${method} at ${JSON.stringify(position)} in ${uri}: ${JSON.stringify(answer.error)}`);
        }
      }
      for (const range of ranges) {
        for (const [method, params] of [
          ['textDocument/inlayHint', { textDocument, range }],
          ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
        ]) {
          const answer = await request(method, params);
          assert.equal(answer.error, undefined, `${method} over ${JSON.stringify(range)} in ${uri}: ${JSON.stringify(answer.error)}`);
        }
      }
      for (const method of ['textDocument/formatting', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/semanticTokens/full']) {
        const answer = await request(method, { textDocument, options: { tabSize: 2, insertSpaces: true } });
        assert.equal(answer.error, undefined, `${method} in ${uri}: ${JSON.stringify(answer.error)}`);
      }
    }
  });

  await t.test('afterwards the same server hovers and publishes diagnostics correctly, and logged no stack trace', async () => {
    const hover = await request('textDocument/hover', { textDocument: { uri: genevaUri }, position: positionOf(genevaText, 'by next_week after', 5) });
    assert.match(hover.result.contents.value, /2022-01-24 to 2022-01-30/);
    const at = positionOf(genevaText, 'Lavrov calls');
    notify('textDocument/didChange', { textDocument: { uri: genevaUri, version: 7 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: 'Lavrof' }] });
    const published = await lsp.diagnostics((p) => p.uri === genevaUri && p.version === 7);
    const typo = published.diagnostics.find((d) => d.code === 'NEG2001' && d.data?.name === 'Lavrof');
    assert.equal(typo?.message, "'Lavrof' is not declared; did you mean 'Lavrov'?");
    assert.deepEqual(typo.data, { name: 'Lavrof', suggestion: 'Lavrov' });
    const actions = await request('textDocument/codeAction', { textDocument: { uri: genevaUri }, range: typo.range, context: { diagnostics: [typo] } });
    assert.equal(actions.error, undefined, JSON.stringify(actions.error));
    assert.ok(actions.result.some((action) => action.title === "Change to 'Lavrov'" && action.isPreferred), JSON.stringify(actions));
    assert.deepEqual(typo.range.start, at);
    assert.doesNotMatch(lsp.stderr(), stackTrace);
  });

  await t.test('after shutdown requests get InvalidRequest, and exit ends the server with 0', async () => {
    assert.equal((await request('shutdown', null)).result, null);
    assert.equal((await request('textDocument/hover', { textDocument: { uri: genevaUri }, position: { line: 0, character: 0 } })).error.code, InvalidRequest);
    notify('exit');
    assert.equal(await exitWithin(lsp.server, stopGuardMs), 0);
    assert.doesNotMatch(lsp.stderr(), stackTrace);
  });
});

test('a client that stops reading stdout: output stays bounded, and exit still stops the server', { timeout: 120000 }, async (t) => {
  const lsp = startRawServer();
  t.after(() => { if (lsp.server.exitCode === null) lsp.server.kill('SIGKILL'); });
  await lsp.initialize();
  // From here on nothing is read: the pipe fills (64 KB), then every write of the server would wait.
  lsp.server.stdout.pause();
  const uri = 'untitled:unread.neg';
  // Three hundred errors: each publication is tens of kilobytes.
  const text = '@\n'.repeat(300);
  lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'neg', version: 1, text } });
  const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${lsp.server.pid}/status`, 'utf8'))[1]) / 1024;
  let peak = 0;
  for (let version = 2; version <= 3000; version++) {
    lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `${text}${version}` }] });
    if (version % 100 === 0) {
      lsp.writeBody(JSON.stringify({ jsonrpc: '2.0', id: 10000 + version, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } }));
      peak = Math.max(peak, rss());
      await sleep(20);
    }
  }
  for (let i = 0; i < 50; i++) { peak = Math.max(peak, rss()); await sleep(100); }
  t.diagnostic(`3,000 edits (about 20 MB of publications) unread: server memory peaked at ${peak.toFixed(0)} MB`);
  assert.ok(peak < 600, `the server grew to ${peak.toFixed(0)} MB`);
  lsp.writeBody(JSON.stringify({ jsonrpc: '2.0', id: 99999, method: 'shutdown', params: null }));
  lsp.notify('exit');
  const start = Date.now();
  assert.equal(await exitWithin(lsp.server, stopGuardMs), 0);
  t.diagnostic(`exit while the client did not read: the server exited after ${Date.now() - start} ms`);
  assert.doesNotMatch(lsp.stderr(), stackTrace);
});

test('exit without shutdown ends the server with exit code 1', { timeout: 120000 }, async () => {
  const lsp = startRawServer();
  await lsp.initialize();
  lsp.notify('exit');
  assert.equal(await exitWithin(lsp.server, stopGuardMs), 1);
});

test('a header the server cannot read ends it with code 1 and one line on stderr', { timeout: 120000 }, async (t) => {
  for (const [name, bytes] of [
    ['a Content-Length that is no number', 'Content-Length: banana\r\n\r\n{}'],
    ['no header at all', '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'],
    ['a Content-Length beyond the limit', 'Content-Length: 99999999999\r\n\r\n'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n'],
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
    ['an endless header line', `X-Padding: ${'a'.repeat(20000)}`],
    ['binary noise', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256))],
  ]) {
    const lsp = startRawServer();
    let stdout = '';
    lsp.server.stdout.on('data', (chunk) => { stdout += chunk; });
    // A well-formed request first: the server must be up and serving when the garbage arrives.
    await lsp.initialize();
    const start = Date.now();
    lsp.writeBytes(bytes);
    assert.equal(await exitWithin(lsp.server, stopGuardMs), 1, name);
    t.diagnostic(`${name}: exited ${Date.now() - start} ms after the bad header`);
    assert.match(lsp.stderr(), /negc lsp: the connection ended .*BadRpcHeaderException/, name);
    assert.doesNotMatch(lsp.stderr(), stackTrace, name);
    assert.doesNotMatch(stdout, /\bat \S+\(/, `${name}: no stack trace on stdout`);
  }
});

test('a client that dies takes the server with it', { timeout: 120000 }, async (t) => {
  await t.test('(a) stdin closes without shutdown or exit', async () => {
    const lsp = startRawServer();
    await lsp.initialize();
    const start = Date.now();
    lsp.server.stdin.end();
    assert.equal(await exitWithin(lsp.server, stopGuardMs), 1);
    t.diagnostic(`stdin EOF: the server exited after ${Date.now() - start} ms`);
  });

  await t.test('(b) the client process is killed (SIGKILL) and the pipes break', async () => {
    // The client: starts the server with pipes, initializes it, prints its pid, then waits to be killed.
    const clientScript = `
      const { spawn } = require('node:child_process');
      const server = spawn('dotnet', [${JSON.stringify(negc)}, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
      server.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
      server.stdout.once('data', () => console.log(server.pid));
      setInterval(() => {}, 1000);`;
    const client = spawn(process.execPath, ['-e', clientScript], { stdio: ['ignore', 'pipe', 'pipe'] });
    let clientErr = '';
    client.stderr.on('data', (chunk) => { clientErr += chunk; });
    const serverPid = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the client never reported its server')), 60000);
      client.stdout.once('data', (chunk) => { clearTimeout(timer); resolve(Number(String(chunk).trim())); });
    });
    assert.ok(serverPid > 0);
    client.kill('SIGKILL');
    const gone = await goneWithin(serverPid, stopGuardMs);
    t.diagnostic(`client SIGKILL: the server was gone after ${gone} ms`);
    assert.doesNotMatch(clientErr, stackTrace);
  });

  await t.test('(c) the process named by processId dies while the pipes stay open', async () => {
    const parent = spawn('sleep', ['600'], { stdio: 'ignore' });
    const lsp = startRawServer();
    t.after(() => { if (lsp.server.exitCode === null) lsp.server.kill('SIGKILL'); });
    await lsp.initialize(parent.pid);
    assert.ok((await lsp.request('workspace/symbol', { query: '' })).result, 'serving while the parent lives');
    const start = Date.now();
    parent.kill('SIGKILL');
    assert.equal(await exitWithin(lsp.server, stopGuardMs), 1);
    t.diagnostic(`processId gone: the server exited after ${Date.now() - start} ms`);
    assert.match(lsp.stderr(), /the client process \d+ has exited/);
  });
});
