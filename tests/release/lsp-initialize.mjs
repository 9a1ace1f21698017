// Starts a language server, sends LSP `initialize`, waits for the answer, then `shutdown` and `exit`.
// Used by the packaged-server test and, from the command line, to measure a server's first start:
//   node tests/release/lsp-initialize.mjs COMMAND [ARGS...]   prints the initialize round trip in ms
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The files a Linux process has mapped, from /proc (the runtime's libraries show where it came from). */
export function mappedFiles(pid) {
  return [...new Set(readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n').map((line) => line.split(/\s+/)[5]).filter((file) => file?.startsWith('/')))];
}

/** Frames a JSON-RPC message with its Content-Length header, as LSP sends it over stdio. */
function frame(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Reads framed messages from a stream and hands each parsed one to `onMessage`. */
function readMessages(stream, onMessage) {
  let buffer = Buffer.alloc(0);
  stream.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isFinite(length) || buffer.length < headerEnd + 4 + length) return;
      onMessage(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')));
      buffer = buffer.subarray(headerEnd + 4 + length);
    }
  });
}

/**
 * Runs `command args` with `env`, and resolves with the initialize result, the milliseconds from the
 * spawn to the answer, the exit code after shutdown and exit, and the process id seen while it ran.
 * `whileRunning(pid)` runs after the answer, before shutdown (to look at the live process).
 */
export function initialize(command, args, { env = process.env, timeoutMs = 60000, whileRunning = () => {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const server = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let log = '';
    let answer;
    let seen;
    const fail = (error) => { clearTimeout(timer); server.kill(); reject(new Error(`${error.message ?? error}\n${log}`)); };
    const timer = setTimeout(() => fail(new Error(`no answer to initialize within ${timeoutMs} ms`)), timeoutMs);
    server.on('error', fail);
    server.stderr.on('data', (chunk) => { log += chunk; });
    readMessages(server.stdout, (message) => {
      if (message.id === 1) {
        answer = { result: message.result, error: message.error, ms: Number(process.hrtime.bigint() - started) / 1e6 };
        try { seen = whileRunning(server.pid); } catch (error) { fail(error); return; }
        server.stdin.write(frame({ id: 2, method: 'shutdown' }));
      } else if (message.id === 2) {
        server.stdin.write(frame({ method: 'exit' }));
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      if (answer === undefined) reject(new Error(`the server exited (${code}) before answering initialize\n${log}`));
      else resolve({ ...answer, exitCode: code, seen, log });
    });
    server.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (command === undefined) {
    console.error('usage: node tests/release/lsp-initialize.mjs COMMAND [ARGS...]');
    process.exit(2);
  }
  const { ms, error } = await initialize(command, args);
  if (error) { console.error(JSON.stringify(error)); process.exit(1); }
  console.log(ms.toFixed(0));
}
