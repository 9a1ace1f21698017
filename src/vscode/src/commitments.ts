// The commitments view's logic, apart from VS Code so that it can be tested with node alone: the answer of the
// server's `negotiationdsl/commitments` request (docs/language-server.md), the tree made of it, and the day
// the view evaluates on.

/** A zero-based LSP position and range, and a location in a file. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

/** One commitment in `negc status`'s words: `state` is an identifier (`fulfilled-late`), `stateText` and `deadline` the words. */
export interface CommitmentEntry {
  readonly label?: string;
  readonly deliverable: string;
  readonly state: string;
  readonly stateText: string;
  readonly deadline: string;
  readonly debtors: readonly string[];
  readonly creditors: readonly string[];
  readonly location: Location;
}

export interface RecordCommitments {
  readonly uri: string;
  readonly title: string;
  readonly commitments: readonly CommitmentEntry[];
}

export interface FolderCommitments {
  readonly uri: string;
  readonly name: string;
  /** Absent when nothing in the folder's records is dated and no day was asked for. */
  readonly asOf?: string;
  readonly records: readonly RecordCommitments[];
}

export interface CommitmentsAnswer {
  readonly folders: readonly FolderCommitments[];
  readonly truncated: boolean;
}

/** A node of the view: a folder, a record (only when a folder has several), a commitment, or a note. */
export interface TreeNode {
  readonly kind: 'folder' | 'record' | 'commitment' | 'note';
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  /** A commitment's state identifier, which picks its icon. */
  readonly state?: string;
  /** Where a click leads: the commitment's label, else its statement. */
  readonly location?: Location;
  readonly children: readonly TreeNode[];
}

/** The longest a commitment's label gets when it is its deliverable (an unlabelled commitment). */
export const deliverableLength = 60;

/**
 * The view's tree: a folder per compilation that has commitments, in the server's order; under it its commitments,
 * or, when its commitments are in several records, a node per record. A truncated answer ends with a note.
 */
export function buildTree(answer: CommitmentsAnswer): TreeNode[] {
  const nodes: TreeNode[] = [];
  for (const folder of answer.folders) {
    const records = folder.records.filter((record) => record.commitments.length > 0);
    if (records.length === 0) continue;
    const children =
      records.length === 1
        ? records[0].commitments.map(commitmentNode)
        : records.map((record) => ({
            kind: 'record' as const,
            id: record.uri,
            label: record.title,
            description: count(record.commitments.length),
            tooltip: record.title,
            children: record.commitments.map(commitmentNode),
          }));
    const day = folder.asOf === undefined ? 'no date in the records' : `as of ${folder.asOf}`;
    nodes.push({
      kind: 'folder',
      id: folder.uri,
      label: folder.name,
      description: `${day} · ${count(records.reduce((sum, record) => sum + record.commitments.length, 0))}`,
      tooltip: records.length === 1 ? `${records[0].title}\n${day}` : day,
      children,
    });
  }
  if (answer.truncated) {
    nodes.push({ kind: 'note', id: 'truncated', label: 'Only the first commitments are shown', description: 'the records hold more than the view lists', children: [] });
  }
  return nodes;
}

function commitmentNode(entry: CommitmentEntry): TreeNode {
  const debtors = entry.debtors.length === 0 ? '-' : entry.debtors.join(', ');
  const creditors = entry.creditors.length === 0 ? '-' : entry.creditors.join(', ');
  const deadline = entry.deadline === 'none' ? 'no deadline' : entry.deadline;
  return {
    kind: 'commitment',
    id: `${entry.location.uri}#${entry.location.range.start.line}:${entry.location.range.start.character}`,
    label: entry.label ?? shorten(entry.deliverable, deliverableLength),
    description: `${entry.stateText} · ${deadline} · ${debtors}`,
    tooltip: [
      entry.label === undefined ? entry.deliverable : `${entry.label}: ${entry.deliverable}`,
      `${debtors} → ${creditors}`,
      `deadline: ${entry.deadline}`,
      `state: ${entry.stateText}`,
    ].join('\n'),
    state: entry.state,
    location: entry.location,
    children: [],
  };
}

function count(commitments: number): string {
  return commitments === 1 ? '1 commitment' : `${commitments} commitments`;
}

/** The text cut to `length` characters with an ellipsis, never inside a surrogate pair. */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  let cut = length - 1;
  const before = text.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut--;
  return text.slice(0, cut).trimEnd() + '…';
}

/**
 * The icon of a state (a codicon) and its theme colour: settled well is green, settled badly or late red, due and
 * violated amber, and what is not settled has none.
 */
export function iconOf(state: string | undefined): { readonly icon: string; readonly color?: string } {
  switch (state) {
    case 'fulfilled':
      return { icon: 'pass', color: 'testing.iconPassed' };
    case 'fulfilled-late':
      return { icon: 'pass', color: 'list.warningForeground' };
    case 'due':
      return { icon: 'watch', color: 'list.warningForeground' };
    case 'overdue':
    case 'broken':
      return { icon: 'error', color: 'list.errorForeground' };
    case 'violated':
      return { icon: 'warning', color: 'list.errorForeground' };
    case 'withdrawn':
      return { icon: 'circle-slash' };
    case 'not-made-yet':
    case 'pending':
      return { icon: 'clock' };
    case 'in-force':
      return { icon: 'shield' };
    case 'ended':
      return { icon: 'circle-large-filled' };
    case 'open':
      return { icon: 'circle-large-outline' };
    default:
      return { icon: 'question' };
  }
}

/** The view's day: today (the editor's local date, sent to the server), or a day the user chose. */
export type Day = { readonly kind: 'today' } | { readonly kind: 'chosen'; readonly day: string };

/** `2026-12-06`: the local calendar date of `now`, which is what "today" means to the person at the editor. */
export function localDate(now: Date): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** The day to ask the server for. */
export function asOfFor(day: Day, now: Date): string {
  return day.kind === 'today' ? localDate(now) : day.day;
}

/** What the view's header says: `as of 2026-12-06 (today)`. */
export function describeDay(day: Day, now: Date): string {
  return day.kind === 'today' ? `as of ${localDate(now)} (today)` : `as of ${day.day}`;
}

/**
 * Why `text` is not a day the server takes (YYYY-MM-DD, 0001-01-01 to 9999-12-31, a real date of the calendar),
 * or undefined when it is one. The server checks again; this is for the input box.
 */
export function dayProblem(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (match === null) return 'Write a date as YYYY-MM-DD, for example 2022-01-26.';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return 'The calendar of the records starts on 0001-01-01.';
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `${text.trim()} is not a day of the calendar.`;
  return undefined;
}
