import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

// Run from src/vscode (npm test): the extension ships the schemas of docs/schema, copied when it is compiled.
const extension = path.resolve('.');
const docs = path.resolve('..', '..', 'docs', 'schema');

test('every schema package.json validates with is the copy of docs/schema made when compiling', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')) as {
    contributes: { jsonValidation: Array<{ fileMatch: string; url: string }> };
  };
  assert.ok(manifest.contributes.jsonValidation.length > 0);
  for (const { url } of manifest.contributes.jsonValidation) {
    const shipped = path.join(extension, url);
    assert.equal(path.dirname(shipped), path.join(extension, 'schemas'));
    assert.equal(fs.readFileSync(shipped, 'utf8'), fs.readFileSync(path.join(docs, path.basename(url)), 'utf8'), url);
  }
});
