// Keeps syntaxes/neg.tmLanguage.json in step with grammar/NegotiationLexer.g4: every token rule of
// the lexer must be known here, every spelling of every keyword must get its group's scope, and a
// keyword followed by a letter must be an identifier. A new token in the lexer fails this test until
// the TextMate grammar (and this list) handle it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { loadNegGrammar, repositoryRoot, tokenize } from './grammar';

const lexerPath = path.join(repositoryRoot, 'grammar', 'NegotiationLexer.g4');

/** The scope of each keyword token, by the section of the lexer it stands in (or by its name). */
function keywordScope(section: string, token: string): string | undefined {
  if (['USE', 'AS'].includes(token)) return 'keyword.control.import.neg';
  if (section.startsWith('Declaration keywords')) return 'keyword.control.declaration.neg';
  if (section.startsWith('Statement verbs')) return 'keyword.other.verb.neg';
  if (section.startsWith('Clause words')) return 'keyword.other.clause.neg';
  if (section.startsWith('Date words')) {
    if (['IN', 'WITHIN', 'AGO'].includes(token)) return 'keyword.other.date-offset.neg';
    if (['DAYS', 'WEEKS', 'MONTHS', 'YEARS'].includes(token)) return 'keyword.other.unit.neg';
    return 'support.constant.date.neg';
  }
  return undefined;
}

/** Token rules that are not plain keywords: a sample of each and the scope all of it must get (null: trivia, no scope). */
const samples: Record<string, ReadonlyArray<readonly [string, string | null]>> = {
  BYTE_ORDER_MARK: [['\uFEFF', null]],
  WHITESPACE: [[' \t\f\u000B\u00A0\u1680\u2000\u200A\u202F\u205F\u3000', null]],
  LINE_COMMENT: [['// a comment "with" says', 'comment.line.double-slash.neg']],
  BLOCK_COMMENT: [['/* a /* b ** */', 'comment.block.neg']],
  UNTERMINATED_BLOCK_COMMENT: [['/* never closed', 'comment.block.neg']],
  DATE: [['2022-01-21', 'constant.other.date.day.neg']],
  WEEK: [['2022-W03', 'constant.other.date.week.neg']],
  MONTH: [['2022-01', 'constant.other.date.month.neg']],
  TIME: [['13:00', 'constant.numeric.time.neg']],
  TIME_ZONE: ['Europe/Kyiv', 'America/Argentina/Buenos_Aires', 'Etc/GMT+3'].map((text) => [text, 'constant.other.time-zone.neg'] as const),
  DURATION: ['1.5h', '2h', '90min', '1h30min', '2d', '1w'].map((text) => [text, 'constant.numeric.duration.neg'] as const),
  NUMBER: [
    ['2022', 'constant.numeric.decimal.neg'],
    ['1.5', 'constant.numeric.decimal.neg'],
  ],
  STRING: [['"a \\" b \\u00e9 ; c"', 'string.quoted.double.neg']],
  UNTERMINATED_STRING: [['"no closing quote', 'string.quoted.double.unterminated.neg']],
  IDENTIFIER: [
    ['Лавров', 'variable.other.neg'],
    ['_G7', 'variable.other.neg'],
    ['geneva.written_response', 'meta.qualified-name.neg'],
    ['люди.Лавров2', 'meta.qualified-name.neg'],
  ],
  LESS_THAN: [['<', 'punctuation.section.block.begin.neg']],
  GREATER_THAN: [['>', 'punctuation.section.block.end.neg']],
  SEMICOLON: [[';', 'punctuation.terminator.statement.neg']],
  COMMA: [[',', 'punctuation.separator.comma.neg']],
  COLON: [[':', 'punctuation.separator.colon.neg']],
  DOT_DOT: [['..', 'punctuation.separator.range.neg']],
  UNEXPECTED_CHARACTER: [['@', 'invalid.illegal.unexpected-character.neg']],
};

/** Token rules a line-by-line tokenizer never sees. */
const notOnOneLine = new Set(['END_OF_LINE']);

interface LexerRule {
  readonly name: string;
  readonly section: string;
  readonly body: string;
}

function lexerRules(): LexerRule[] {
  const rules: LexerRule[] = [];
  let section = '';
  for (const line of fs.readFileSync(lexerPath, 'utf8').split(/\r?\n/)) {
    const heading = /^\/\/ -+ (.+?) -*$/.exec(line);
    if (heading !== null) section = heading[1];
    const rule = /^([A-Z][A-Z_]*)\s*:\s*(.*?)\s*(?:->.*)?;\s*$/.exec(line);
    if (rule !== null) rules.push({ name: rule[1], section, body: rule[2] });
  }
  return rules;
}

/** The spellings of a rule made only of string literals ('says' | 'say'), else undefined. */
function spellings(body: string): string[] | undefined {
  const alternatives = body.split('|').map((part) => part.trim());
  const literals = alternatives.map((part) => /^'([a-z_]+)'$/.exec(part)?.[1]);
  return literals.every((literal) => literal !== undefined) ? (literals as string[]) : undefined;
}

let grammar: IGrammar;

before(async () => {
  grammar = await loadNegGrammar();
});

function assertWholeLine(line: string, scope: string | null, what: string): void {
  for (const token of tokenize(grammar, line)[0]) {
    if (scope === null) assert.deepEqual(token.scopes, [], `${what}: ${JSON.stringify(token.text)} should be trivia`);
    else assert.ok(token.scopes.includes(scope), `${what}: ${JSON.stringify(token.text)} has [${token.scopes.join(' ')}], not ${scope}`);
  }
}

test('every token rule of the lexer is covered', () => {
  const rules = lexerRules();
  assert.ok(rules.length > 90, `only ${rules.length} rules read from ${lexerPath}`);
  const uncovered = rules
    .filter((rule) => !notOnOneLine.has(rule.name) && samples[rule.name] === undefined)
    .filter((rule) => spellings(rule.body) === undefined || keywordScope(rule.section, rule.name) === undefined)
    .map((rule) => `${rule.name} (${rule.section})`);
  assert.deepEqual(uncovered, [], 'token rules with no scope in this test');
  const unknown = Object.keys(samples).filter((name) => !rules.some((rule) => rule.name === name));
  assert.deepEqual(unknown, [], 'samples for rules the lexer no longer has');
});

test('every spelling of every keyword gets the scope of its group, and is a whole word', () => {
  let checked = 0;
  for (const rule of lexerRules()) {
    const words = spellings(rule.body);
    const scope = keywordScope(rule.section, rule.name);
    if (words === undefined || scope === undefined) continue;
    for (const word of words) {
      assertWholeLine(word, scope, rule.name);
      for (const longer of [`${word}x`, `${word}_`, `${word}7`, `${word}\u0301`, word.toUpperCase()]) {
        assertWholeLine(longer, 'variable.other.neg', `${rule.name} as part of ${longer}`);
      }
      checked++;
    }
  }
  // 35 declaration keywords (organisation has 2 spellings; use, as, role, delegation, led and milestone among them), 32
  // verbs with 68 spellings, 20 clause words, 22 date words (the 4 units have 2 spellings each).
  assert.equal(checked, 36 + 68 + 20 + 26, 'keyword spellings checked');
});

test('no keyword is taken for the name a party or person declares', () => {
  // declared-names spells every keyword out in a lookahead: this keeps that copy whole.
  for (const rule of lexerRules()) {
    for (const word of spellings(rule.body) ?? []) {
      const [, , name] = tokenize(grammar, `party ${word}`)[0];
      assert.ok(!name.scopes.includes('entity.name.type.actor.neg'), `party ${word}: ${word} is [${name.scopes.join(' ')}]`);
    }
  }
});

test('every other token kind gets its scope', () => {
  for (const [name, cases] of Object.entries(samples)) {
    for (const [text, scope] of cases) assertWholeLine(text, scope, name);
  }
});
