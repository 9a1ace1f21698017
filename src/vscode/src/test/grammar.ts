// Loads syntaxes/neg.tmLanguage.json with vscode-textmate and the Oniguruma build VS Code uses.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const extensionRoot = path.resolve(__dirname, '..', '..');
export const repositoryRoot = path.resolve(extensionRoot, '..', '..');
const grammarPath = path.join(extensionRoot, 'syntaxes', 'neg.tmLanguage.json');

export interface Token {
  readonly text: string;
  /** The scopes below source.neg. */
  readonly scopes: string[];
}

export async function loadNegGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.neg' ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('source.neg');
  if (grammar === null) throw new Error(`source.neg did not load from ${grammarPath}`);
  return grammar;
}

/** The tokens of a text, line by line, carrying the state from one line to the next. */
export function tokenize(grammar: textmate.IGrammar, text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      text: line.slice(token.startIndex, token.endIndex),
      scopes: token.scopes.slice(1),
    }));
  });
}
