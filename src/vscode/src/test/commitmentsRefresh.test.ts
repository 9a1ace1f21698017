import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { afterEditorMs, afterServerMs, commitmentsChangedCapability, commitmentsChangedMethod, refreshDelay, tellsOfChanges } from '../commitmentsRefresh';

// Run from src/vscode (npm test).
const repository = path.resolve('..', '..');
const read = (...parts: string[]): string => fs.readFileSync(path.join(repository, ...parts), 'utf8');

test('a negc that tells of changes is asked again when it does, and the editor\'s events are no reason to ask', () => {
  assert.equal(refreshDelay('server', true), afterServerMs);
  assert.equal(refreshDelay('editor', true), undefined);
});

test('an older negc is asked a moment after the editor\'s events', () => {
  assert.equal(refreshDelay('editor', false), afterEditorMs);
  assert.ok(afterServerMs < afterEditorMs);
});

test('only the capability of the notification says that negc tells of changes', () => {
  assert.equal(tellsOfChanges({ negotiationCommitmentsProvider: true, [commitmentsChangedCapability]: true }), true);
  assert.equal(tellsOfChanges({ negotiationCommitmentsProvider: true }), false);
  assert.equal(tellsOfChanges({ [commitmentsChangedCapability]: 'yes' }), false);
  assert.equal(tellsOfChanges(undefined), false);
});

test('the notification and its capability are named as the server and docs/language-server.md name them', () => {
  const server = read('src', 'NegotiationDsl.LanguageServer', 'CommitmentsWatch.cs');
  assert.match(server, new RegExp(`Method = "${commitmentsChangedMethod}"`));
  const capabilities = read('src', 'NegotiationDsl.LanguageServer', 'Protocol', 'Lifecycle.cs');
  const property = commitmentsChangedCapability[0].toUpperCase() + commitmentsChangedCapability.slice(1);
  assert.match(capabilities, new RegExp(`public bool\\? ${property} \\{ get; set; \\}`));
  const docs = read('docs', 'language-server.md');
  assert.ok(docs.includes(`\`${commitmentsChangedMethod}\``), `docs/language-server.md does not describe ${commitmentsChangedMethod}`);
  assert.ok(docs.includes(`\`${commitmentsChangedCapability}: true\``), `docs/language-server.md does not name ${commitmentsChangedCapability}`);
});
