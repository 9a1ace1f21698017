import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { asOfFor, buildTree, CommitmentEntry, CommitmentsAnswer, dayProblem, describeDay, iconOf, localDate, shorten } from '../commitments';

const at = (uri: string, line: number): CommitmentEntry['location'] => ({ uri, range: { start: { line, character: 2 }, end: { line, character: 18 } } });

const writtenResponse: CommitmentEntry = {
  label: 'written_response',
  deliverable: "a written response to Russia's proposals on security guarantees",
  state: 'fulfilled',
  stateText: 'fulfilled',
  deadline: '2022-01-24..2022-01-30 (week)',
  debtors: ['Blinken'],
  creditors: ['Russia'],
  location: at('file:///r/geneva-2022/geneva-2022.neg', 98),
};

const unlabelled: CommitmentEntry = {
  deliverable: 'an immediate and comprehensive ceasefire in certain areas of the Donetsk and Luhansk regions of Ukraine',
  state: 'violated',
  stateText: 'violated (2 violations, the last on 2015-02-16)',
  deadline: 'none',
  debtors: ['Ukraine', 'DPR', 'LPR'],
  creditors: [],
  location: at('file:///r/minsk-2015/a.neg', 40),
};

const answer: CommitmentsAnswer = {
  truncated: false,
  folders: [
    { uri: 'file:///r/actors', name: 'actors', records: [{ uri: 'file:///r/actors/actors.neg', title: 'actors.neg', commitments: [] }] },
    {
      uri: 'file:///r/geneva-2022',
      name: 'geneva-2022',
      asOf: '2022-01-26',
      records: [{ uri: 'file:///r/geneva-2022/geneva-2022.neg', title: 'Blinken called the deadlines', commitments: [writtenResponse] }],
    },
    {
      uri: 'file:///r/minsk-2015',
      name: 'minsk-2015',
      asOf: '2022-02-21',
      records: [
        { uri: 'file:///r/minsk-2015/a.neg', title: 'Package of Measures', commitments: [unlabelled] },
        { uri: 'file:///r/minsk-2015/b.neg', title: 'Declaration', commitments: [] },
        { uri: 'file:///r/minsk-2015/c.neg', title: 'Protocol', commitments: [{ ...writtenResponse, location: at('file:///r/minsk-2015/c.neg', 3) }] },
      ],
    },
  ],
};

test('a folder without commitments is left out; a folder of one record lists its commitments, one of several its records', () => {
  const tree = buildTree(answer);
  assert.deepEqual(tree.map((node) => [node.kind, node.label, node.description]), [
    ['folder', 'geneva-2022', 'as of 2022-01-26 · 1 commitment'],
    ['folder', 'minsk-2015', 'as of 2022-02-21 · 2 commitments'],
  ]);
  assert.deepEqual(tree[0].children.map((node) => node.kind), ['commitment']);
  assert.deepEqual(tree[1].children.map((node) => [node.kind, node.label, node.description]), [
    ['record', 'Package of Measures', '1 commitment'],
    ['record', 'Protocol', '1 commitment'],
  ]);
});

test('a commitment shows its label, state, deadline and debtors, and leads to its location', () => {
  const [node] = buildTree(answer)[0].children;
  assert.equal(node.label, 'written_response');
  assert.equal(node.description, 'fulfilled · 2022-01-24..2022-01-30 (week) · Blinken');
  assert.equal(node.tooltip, "written_response: a written response to Russia's proposals on security guarantees\nBlinken → Russia\ndeadline: 2022-01-24..2022-01-30 (week)\nstate: fulfilled");
  assert.equal(node.state, 'fulfilled');
  assert.deepEqual(node.location, writtenResponse.location);
});

test('an unlabelled commitment is named by its deliverable, shortened; no deadline and no creditor say so', () => {
  const node = buildTree(answer)[1].children[0].children[0];
  assert.equal(node.label, 'an immediate and comprehensive ceasefire in certain areas o…');
  assert.equal(node.label.length, 60);
  assert.equal(node.description, 'violated (2 violations, the last on 2015-02-16) · no deadline · Ukraine, DPR, LPR');
  assert.match(node.tooltip ?? '', /^an immediate .* Ukraine\nUkraine, DPR, LPR → -\ndeadline: none\n/);
});

test('ids are unique and stable: a commitment is known by its place', () => {
  const ids: string[] = [];
  const walk = (nodes: ReturnType<typeof buildTree>): void => nodes.forEach((node) => { ids.push(node.id); walk([...node.children]); });
  walk(buildTree(answer));
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.includes('file:///r/geneva-2022/geneva-2022.neg#98:2'));
});

test('a folder with nothing dated says so; a truncated answer ends with a note; an empty answer is an empty tree', () => {
  const undated = buildTree({ truncated: true, folders: [{ ...answer.folders[1], asOf: undefined }] });
  assert.equal(undated[0].description, 'no date in the records · 1 commitment');
  assert.deepEqual(undated.map((node) => node.kind), ['folder', 'note']);
  assert.deepEqual(buildTree({ truncated: false, folders: [] }), []);
});

test('every state the server names has an icon of its own kind; an unknown one a question mark', () => {
  const states = ['open', 'due', 'overdue', 'fulfilled', 'fulfilled-late', 'broken', 'withdrawn', 'unknown', 'not-made-yet', 'pending', 'in-force', 'violated', 'ended'];
  for (const state of states) assert.ok(iconOf(state).icon.length > 0, state);
  assert.deepEqual(iconOf('fulfilled'), { icon: 'pass', color: 'testing.iconPassed' });
  assert.equal(iconOf('overdue').color, 'list.errorForeground');
  assert.deepEqual(iconOf('something new'), { icon: 'question' });
});

test('today is the local calendar date; a chosen day is sent as chosen', () => {
  const evening = new Date(2026, 11, 6, 23, 59);
  assert.equal(localDate(evening), '2026-12-06');
  assert.equal(localDate(new Date(987, 0, 2)), '0987-01-02');
  assert.equal(asOfFor({ kind: 'today' }, evening), '2026-12-06');
  assert.equal(asOfFor({ kind: 'chosen', day: '2022-01-26' }, evening), '2022-01-26');
  assert.equal(describeDay({ kind: 'today' }, evening), 'as of 2026-12-06 (today)');
  assert.equal(describeDay({ kind: 'chosen', day: '2022-01-26' }, evening), 'as of 2022-01-26');
});

test('the day input takes the dates the server takes and says what is wrong with others', () => {
  for (const day of ['2022-01-26', '0001-01-01', '9999-12-31', '2024-02-29', ' 2022-01-26 ']) assert.equal(dayProblem(day), undefined, day);
  assert.match(dayProblem('26.01.2022') ?? '', /YYYY-MM-DD/);
  assert.match(dayProblem('yesterday') ?? '', /YYYY-MM-DD/);
  assert.match(dayProblem('2022-1-26') ?? '', /YYYY-MM-DD/);
  assert.match(dayProblem('0000-01-01') ?? '', /0001-01-01/);
  assert.match(dayProblem('2022-13-01') ?? '', /not a day of the calendar/);
  assert.match(dayProblem('2023-02-29') ?? '', /not a day of the calendar/);
  assert.match(dayProblem('2022-04-31') ?? '', /not a day of the calendar/);
});

test('shortening never splits a surrogate pair', () => {
  assert.equal(shorten('short', 60), 'short');
  assert.equal(shorten('abc😀def', 5), 'abc…');
  assert.equal(shorten('abcd😀ef', 6), 'abcd…');
});
