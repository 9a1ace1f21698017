// The records of the repository that are free of syntax errors must highlight without any
// invalid.* scope: the examples, and the neg blocks of the README and the language specification
// (which promises that every neg block in it is free of syntax errors).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadNegGrammar, repositoryRoot, tokenize } from './grammar';

function negFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return negFiles(full);
    return entry.isFile() && entry.name.endsWith('.neg') ? [full] : [];
  });
}

/** The ```neg blocks of a Markdown file, each with the line it starts on. */
function negBlocks(file: string): Array<{ where: string; text: string }> {
  const blocks: Array<{ where: string; text: string }> = [];
  const pattern = /^```neg[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  const text = fs.readFileSync(file, 'utf8');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const line = text.slice(0, match.index).split('\n').length;
    blocks.push({ where: `${path.relative(repositoryRoot, file)}:${line}`, text: match[1] });
  }
  return blocks;
}

test('valid records have no invalid.* scope', async () => {
  const grammar = await loadNegGrammar();
  const records = [
    ...negFiles(path.join(repositoryRoot, 'examples')).map((file) => ({
      where: path.relative(repositoryRoot, file),
      text: fs.readFileSync(file, 'utf8'),
    })),
    ...negBlocks(path.join(repositoryRoot, 'README.md')),
    ...negBlocks(path.join(repositoryRoot, 'docs', 'language.md')),
  ];
  assert.ok(records.length > 20, `only ${records.length} records found`);

  const invalid = records.flatMap((record) =>
    tokenize(grammar, record.text).flatMap((tokens, line) =>
      tokens
        .filter((token) => token.scopes.some((scope) => scope.startsWith('invalid.')))
        .map((token) => `${record.where} (+${line}): ${JSON.stringify(token.text)} is ${token.scopes.join(' ')}`),
    ),
  );
  assert.deepEqual(invalid, []);
});
