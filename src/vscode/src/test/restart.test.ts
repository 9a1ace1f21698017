import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ServerRestarter } from '../restart';

function recorder(): { lines: string[]; log: { info(m: string): void; warn(m: string): void } } {
  const lines: string[] = [];
  return { lines, log: { info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`) } };
}

test('a restart stops, then starts, and says so', async () => {
  const { lines, log } = recorder();
  const calls: string[] = [];
  const restarter = new ServerRestarter(
    async () => void calls.push('stop'),
    async () => (calls.push('start'), true),
    log,
  );

  await restarter.restart();

  assert.deepEqual(calls, ['stop', 'start']);
  assert.deepEqual(lines, ['info: Restarting the language server.', 'info: The language server restarted.']);
});

test('a server that crashed or never started is started all the same', async () => {
  const { lines, log } = recorder();
  let started = 0;
  const restarter = new ServerRestarter(
    async () => {
      throw new Error('Client is not running');
    },
    async () => (started++, true),
    log,
  );

  await restarter.restart();

  assert.equal(started, 1);
  assert.match(lines[1], /^warn: The language server did not stop cleanly \(Client is not running\); starting a new one\.$/);
  assert.equal(lines[2], 'info: The language server restarted.');
});

test('a start that fails or throws is reported, and the next restart still runs', async () => {
  const { lines, log } = recorder();
  const results: Array<boolean | Error> = [false, new Error('spawn dotnet ENOENT'), true];
  const restarter = new ServerRestarter(
    async () => undefined,
    async () => {
      const next = results.shift()!;
      if (next instanceof Error) throw next;
      return next;
    },
    log,
  );

  await restarter.restart();
  await restarter.restart();
  await restarter.restart();

  assert.deepEqual(lines.filter((line) => line.startsWith('warn')), [
    'warn: The language server did not start again; the messages above say why.',
    'warn: The language server did not start: spawn dotnet ENOENT',
    'warn: The language server did not start again; the messages above say why.',
  ]);
  assert.equal(lines.at(-1), 'info: The language server restarted.');
});

test('restarts asked for at once run one after the other', async () => {
  const { log } = recorder();
  const calls: string[] = [];
  let running = 0;
  const step = async (name: string): Promise<void> => {
    running++;
    assert.equal(running, 1, 'two restarts overlapped');
    calls.push(name);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running--;
  };
  const restarter = new ServerRestarter(
    () => step('stop'),
    () => step('start').then(() => true),
    log,
  );

  await Promise.all([restarter.restart(), restarter.restart()]);

  assert.deepEqual(calls, ['stop', 'start', 'stop', 'start']);
});
