import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

// out/test/ -> src/vscode/ -> the repository.
const extensionFolder = path.resolve(__dirname, '..', '..');
const repository = path.resolve(extensionFolder, '..', '..');

test("the extension's version is the repository's one version (Directory.Build.props)", () => {
  const props = fs.readFileSync(path.join(repository, 'Directory.Build.props'), 'utf8');
  const versions = [...props.matchAll(/<Version>([^<]*)<\/Version>/g)].map((match) => match[1]);
  assert.equal(versions.length, 1, 'Directory.Build.props should set <Version> once');
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionFolder, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
  assert.equal(manifest.version, versions[0], 'src/vscode/package.json "version" differs from Directory.Build.props <Version>');
  for (const [name, script] of Object.entries(manifest.scripts)) assert.ok(!script.includes(manifest.version), `script "${name}" spells the version out`);
});
