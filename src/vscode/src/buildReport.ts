// "Negotiation: Build report" without VS Code: where a run writes, what it opens afterwards, and what it says when
// the records have errors. Every run writes into a folder of its own, made empty for it, so that whatever is in that
// folder afterwards was written by this run: an old report can never be opened in place of the one asked for.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The exit codes of negc (README, "Exit codes"). */
export const ExitCode = { success: 0, errorsInRecords: 1 } as const;

/** What to do once `negc report` has ended. */
export type ReportOutcome =
  | { readonly kind: 'open'; readonly report: string }
  | { readonly kind: 'errors' }
  | { readonly kind: 'nothing-written' }
  | { readonly kind: 'failed'; readonly code: number };

/**
 * The outcome of a run from its exit code and the files in its run folder. With errors in the records negc writes
 * nothing, and nothing is opened, whatever the folder holds.
 */
export function outcomeOf(code: number, filesOfThisRun: readonly string[]): ReportOutcome {
  if (code === ExitCode.errorsInRecords) return { kind: 'errors' };
  if (code !== ExitCode.success) return { kind: 'failed', code };
  const report = pickReport(filesOfThisRun);
  return report === undefined ? { kind: 'nothing-written' } : { kind: 'open', report };
}

/**
 * The report to open among the files one run wrote: HTML before Markdown (a browser shows the timeline), then
 * `index` (an archive's first page) or `report` before other names, then the shallowest, alphabetically first path.
 * Undefined when there is neither HTML nor Markdown.
 */
export function pickReport(files: readonly string[]): string | undefined {
  const ranked = files.flatMap((file) => {
    const extension = path.extname(file).toLowerCase();
    const kind = extension === '.html' || extension === '.htm' ? 0 : extension === '.md' ? 1 : undefined;
    if (kind === undefined) return [];
    const base = path.basename(file, extension).toLowerCase();
    const preferredName = base === 'index' || base === 'report' ? 0 : 1;
    const depth = file.split(/[\\/]/).length;
    return [{ file, rank: [kind, preferredName, depth] }];
  });
  ranked.sort((a, b) => compareRanks(a.rank, b.rank) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return ranked[0]?.file;
}

/** The number of errors in the output of `negc check --format json`, or undefined when it is not that output. */
export function errorCountOf(checkJson: string): number | undefined {
  try {
    const count: unknown = (JSON.parse(checkJson) as { errorCount?: unknown } | null)?.errorCount;
    return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined;
  } catch {
    return undefined;
  }
}

/** What the user is told when the records have errors; the count is undefined when negc could not say it. */
export function errorsMessage(count: number | undefined): string {
  const errors = count === undefined || count === 0 ? 'errors' : count === 1 ? '1 error' : `${count} errors`;
  return `NegotiationDsl: the records have ${errors}, so no report was written. Fix them and build the report again.`;
}

/**
 * The folder that holds the runs for one workspace folder, under the extension's storage: the folder's name (made
 * safe for a file name) and a hash of its full path, so that two folders of the same name do not share it.
 */
export function runsParent(storage: string, workspaceFolder: string): string {
  const name = path.basename(workspaceFolder).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'folder';
  const hash = createHash('sha256').update(workspaceFolder).digest('hex').slice(0, 12);
  return path.join(storage, 'reports', `${name}-${hash}`);
}

const runPrefix = 'run-';

/** A new, empty folder for one run under `parent`. */
export async function freshRunFolder(parent: string): Promise<string> {
  await fs.promises.mkdir(parent, { recursive: true });
  return fs.promises.mkdtemp(path.join(parent, runPrefix));
}

/**
 * Removes the other runs' folders under `parent`, so that the storage holds one report per workspace folder. Only
 * folders this module made (their names start with `run-`) are touched; one that cannot be removed is left for the
 * next run.
 */
export async function removeOtherRuns(parent: string, current: string): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(parent, { withFileTypes: true });
  } catch {
    return;
  }

  const others = entries.filter(
    (entry) => entry.isDirectory() && entry.name.startsWith(runPrefix) && path.join(parent, entry.name) !== current,
  );
  await Promise.all(
    others.map((entry) => fs.promises.rm(path.join(parent, entry.name), { recursive: true, force: true }).catch(() => undefined)),
  );
}

/** Removes a run's folder that holds no report to open (errors, a failure, a cancelled run). */
export async function discardRun(runFolder: string): Promise<void> {
  await fs.promises.rm(runFolder, { recursive: true, force: true }).catch(() => undefined);
}

/** The files below `folder`, at most `depth` levels deep (negc writes `reports/` and an archive's pages below it). */
export async function listFiles(folder: string, depth: number): Promise<string[]> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }

  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && depth > 1) files.push(...(await listFiles(full, depth - 1)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
