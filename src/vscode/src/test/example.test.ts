import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { exampleFileName, exampleFolderName, placeExample } from '../example';

// Run from src/vscode (npm test).
const bundled = path.resolve('walkthrough', exampleFileName);

test('the example goes into a folder of its own, and an edited copy is kept', async () => {
  const workspace = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'negotiationdsl-example-'));
  try {
    const first = await placeExample(workspace, bundled);
    assert.deepEqual(first, { file: path.join(workspace, exampleFolderName, exampleFileName), written: true });
    assert.equal(fs.readFileSync(first.file, 'utf8'), fs.readFileSync(bundled, 'utf8'));

    fs.writeFileSync(first.file, 'edited');
    assert.deepEqual(await placeExample(workspace, bundled), { file: first.file, written: false });
    assert.equal(fs.readFileSync(first.file, 'utf8'), 'edited');
  } finally {
    await fs.promises.rm(workspace, { recursive: true, force: true });
  }
});

test('a failure other than an existing copy is not hidden', async () => {
  const workspace = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'negotiationdsl-example-'));
  try {
    await assert.rejects(placeExample(workspace, path.join(workspace, 'missing.neg')), { code: 'ENOENT' });
  } finally {
    await fs.promises.rm(workspace, { recursive: true, force: true });
  }
});
