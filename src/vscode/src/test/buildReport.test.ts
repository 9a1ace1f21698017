import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  discardRun,
  errorCountOf,
  errorsMessage,
  freshRunFolder,
  listFiles,
  outcomeOf,
  pickReport,
  removeOtherRuns,
  runsParent,
} from '../buildReport';

test('the report to open: HTML before Markdown, index or report first, then the shallowest', () => {
  assert.equal(pickReport([]), undefined);
  assert.equal(pickReport(['/r/reports/geneva.csv', '/r/models.g.cs']), undefined);
  assert.equal(pickReport(['/r/reports/a.md', '/r/reports/geneva.html', '/r/reports/report.html']), '/r/reports/report.html');
  assert.equal(pickReport(['/r/reports/a.md', '/r/reports/b.md']), '/r/reports/a.md');
  assert.equal(pickReport(['/r/reports/geneva.html', '/r/reports/examples/index.html']), '/r/reports/examples/index.html');
  assert.equal(pickReport(['/r/reports/x/y/b.html', '/r/reports/z.HTML']), '/r/reports/z.HTML');
});

test('errors in the records open nothing, even when the run folder holds a report', () => {
  assert.deepEqual(outcomeOf(1, ['/run/reports/geneva.html']), { kind: 'errors' });
  assert.deepEqual(outcomeOf(1, []), { kind: 'errors' });
});

test('a failed run opens nothing; a run that wrote no report says so', () => {
  assert.deepEqual(outcomeOf(2, ['/run/reports/geneva.html']), { kind: 'failed', code: 2 });
  assert.deepEqual(outcomeOf(3, []), { kind: 'failed', code: 3 });
  assert.deepEqual(outcomeOf(0, ['/run/reports/geneva.csv']), { kind: 'nothing-written' });
  assert.deepEqual(outcomeOf(0, ['/run/reports/geneva.csv', '/run/reports/geneva.html']), {
    kind: 'open',
    report: '/run/reports/geneva.html',
  });
});

test('the error count comes from negc check --format json', () => {
  assert.equal(errorCountOf('{ "version": 2, "files": 3, "diagnostics": [], "toolErrors": [], "errorCount": 7, "warningCount": 1 }'), 7);
  assert.equal(errorCountOf('{ "errorCount": 0 }'), 0);
  assert.equal(errorCountOf('{ "errorCount": "7" }'), undefined);
  assert.equal(errorCountOf('{ "errorCount": -1 }'), undefined);
  assert.equal(errorCountOf('null'), undefined);
  assert.equal(errorCountOf('negc: error NEG9001: no such file'), undefined);
  assert.equal(errorCountOf(''), undefined);
});

test('the message names the count, in the singular for one', () => {
  assert.match(errorsMessage(1), /the records have 1 error, so no report was written/);
  assert.match(errorsMessage(12), /the records have 12 errors, so no report was written/);
  assert.match(errorsMessage(undefined), /the records have errors, so no report was written/);
  assert.match(errorsMessage(0), /the records have errors,/);
});

test('each workspace folder has its own runs, also when two folders have the same name', () => {
  const storage = path.resolve('/storage');
  const a = runsParent(storage, path.resolve('/work/a/records'));
  const b = runsParent(storage, path.resolve('/work/b/records'));
  assert.notEqual(a, b);
  assert.equal(path.dirname(a), path.join(storage, 'reports'));
  assert.match(path.basename(a), /^records-[0-9a-f]{12}$/);
  assert.equal(runsParent(storage, path.resolve('/work/a/records')), a);
  assert.match(path.basename(runsParent(storage, path.resolve('/work/Переговоры 2022'))), /^_+_2022-[0-9a-f]{12}$/);
});

test('a run writes into a new empty folder, and the other runs are removed after it', async () => {
  const storage = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'negotiationdsl-test-'));
  try {
    const parent = runsParent(storage, '/work/records');
    const first = await freshRunFolder(parent);
    await fs.promises.mkdir(path.join(first, 'reports'));
    await fs.promises.writeFile(path.join(first, 'reports', 'old.html'), 'old');
    const kept = path.join(parent, 'not-a-run');
    await fs.promises.mkdir(kept);

    const second = await freshRunFolder(parent);
    assert.notEqual(second, first);
    assert.deepEqual(await listFiles(second, 4), []);
    await fs.promises.mkdir(path.join(second, 'reports', 'examples'), { recursive: true });
    await fs.promises.writeFile(path.join(second, 'reports', 'examples', 'index.html'), 'new');
    await fs.promises.writeFile(path.join(second, 'reports', 'geneva.md'), 'new');

    const files = await listFiles(second, 4);
    assert.deepEqual(files.map((file) => path.relative(second, file)).sort(), [
      path.join('reports', 'examples', 'index.html'),
      path.join('reports', 'geneva.md'),
    ]);
    assert.deepEqual(outcomeOf(0, files), { kind: 'open', report: path.join(second, 'reports', 'examples', 'index.html') });

    await removeOtherRuns(parent, second);
    assert.equal(fs.existsSync(first), false);
    assert.equal(fs.existsSync(second), true);
    assert.equal(fs.existsSync(kept), true);
    await removeOtherRuns(path.join(storage, 'missing'), second);

    await discardRun(second);
    assert.equal(fs.existsSync(second), false);
    await discardRun(second);
  } finally {
    await fs.promises.rm(storage, { recursive: true, force: true });
  }
});
