import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

// Run from src/vscode (npm test). What package.json contributes must exist: files it names, commands it links to.
const extension = path.resolve('.');
const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')) as {
  icon: string;
  contributes: {
    commands: Array<{ command: string }>;
    walkthroughs: Array<{ steps: Array<{ id: string; description: string; media: { markdown: string }; completionEvents: string[] }> }>;
  };
};
const contributed = new Set(manifest.contributes.commands.map((command) => command.command));

function registeredCommands(): Set<string> {
  const registered = new Set<string>();
  for (const file of fs.readdirSync(path.join(extension, 'src'))) {
    if (!file.endsWith('.ts')) continue;
    const source = fs.readFileSync(path.join(extension, 'src', file), 'utf8');
    for (const match of source.matchAll(/registerCommand\(\s*'([^']+)'/g)) registered.add(match[1]);
  }
  return registered;
}

test('every contributed command is registered by the extension, and every registered one contributed', () => {
  const registered = registeredCommands();
  assert.deepEqual([...contributed].filter((command) => !registered.has(command)), []);
  assert.deepEqual([...registered].filter((command) => !contributed.has(command)), []);
});

test('the walkthrough has the steps of the first hour, each with its page and a command that completes it', () => {
  const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
  assert.deepEqual(
    steps.map((step) => step.id),
    ['openExample', 'fixADiagnostic', 'showCommitments', 'buildReport', 'previewReport'],
  );
  for (const step of steps) {
    assert.ok(fs.existsSync(path.join(extension, step.media.markdown)), step.media.markdown);
    const links = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((match) => match[1]);
    assert.equal(links.length, 1, step.id);
    assert.deepEqual(step.completionEvents, [`onCommand:${links[0]}`], step.id);
    const ours = links[0].startsWith('negotiationdsl.');
    assert.ok(!ours || contributed.has(links[0]), `${step.id}: ${links[0]} is not contributed`);
  }
});

test('the icon is a 128x128 PNG rendered from the SVG beside it', () => {
  const png = fs.readFileSync(path.join(extension, manifest.icon));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(png.readUInt32BE(16), 128);
  assert.equal(png.readUInt32BE(20), 128);
  assert.ok(fs.existsSync(path.join(extension, manifest.icon.replace(/\.png$/, '.svg'))));
});
