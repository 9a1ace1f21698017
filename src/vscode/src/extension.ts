// The VS Code side of NegotiationDsl: starts `negc lsp` as the language server of .neg files and adds
// the commands "Negotiation: Build report" and "Negotiation: Show commitments", which run negc,
// "Negotiation: Restart language server" and "Negotiation: Open the getting-started example", the commitments
// view and the report preview.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Executable, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import {
  discardRun,
  errorCountOf,
  errorsMessage,
  freshRunFolder,
  listFiles,
  outcomeOf,
  removeOtherRuns,
  runsParent,
} from './buildReport';
import { CommitmentsView } from './commitmentsView';
import { describe, NegcInvocation, resolveNegc, serverEnvironment, withArgs } from './negc';
import { exampleFileName, placeExample } from './example';
import { ReportPreviews } from './reportPreview';
import { ServerRestarter } from './restart';

let client: LanguageClient | undefined;
let clientSubscriptions: vscode.Disposable[] = [];
let commitmentsView: CommitmentsView | undefined;
let log: vscode.LogOutputChannel;
let commitments: vscode.OutputChannel;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  log = vscode.window.createOutputChannel('NegotiationDsl', { log: true });
  commitments = vscode.window.createOutputChannel('Negotiation commitments');
  const restarter = new ServerRestarter(stopServer, () => startServer(context).then(() => client !== undefined), log);
  const view = new CommitmentsView(() => client);
  commitmentsView = view;
  context.subscriptions.push(
    log,
    commitments,
    view,
    new ReportPreviews(() => client),
    vscode.commands.registerCommand('negotiationdsl.buildReport', () => buildReport(context)),
    // The view when the server can fill it; else negc status's table, which needs no server.
    vscode.commands.registerCommand('negotiationdsl.showCommitments', async () => {
      if (!(await view.show())) await showCommitments(context);
    }),
    vscode.commands.registerCommand('negotiationdsl.restartServer', () => restarter.restart()),
    vscode.commands.registerCommand('negotiationdsl.openExample', () => openExample(context)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('negotiationdsl.serverPath')) await restarter.restart();
    }),
  );
  await startServer(context);
}

export async function deactivate(): Promise<void> {
  await stopServer();
}

/** The negc that the setting `negotiationdsl.serverPath` (or its default) names. */
function negc(context: vscode.ExtensionContext): NegcInvocation {
  const configured = vscode.workspace.getConfiguration('negotiationdsl').get<string>('serverPath');
  const firstFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return resolveNegc(configured, context.extensionPath, firstFolder, fs.existsSync, os.homedir());
}

async function startServer(context: vscode.ExtensionContext): Promise<void> {
  const server = withArgs(negc(context), 'lsp');
  // No `transport`: with TransportKind.stdio the client would append `--stdio`, which `negc lsp`
  // does not take. Without one it still talks JSON-RPC over the process's stdin and stdout.
  const executable: Executable = { command: server.command, args: [...server.args], options: { env: serverEnvironment(process.env) } };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'neg' },
      { scheme: 'untitled', language: 'neg' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.neg,negconfig.json}') },
    outputChannel: log,
  };

  log.info(`Starting the language server: ${describe(server)}`);
  const starting = new LanguageClient('negotiationdsl', 'NegotiationDsl', serverOptions, clientOptions);
  try {
    await starting.start();
    client = starting;
    if (commitmentsView !== undefined) clientSubscriptions.push(commitmentsView.attach(starting));
  } catch (error) {
    log.error(`The language server did not start: ${messageOf(error)}`);
    void offerSettings(
      `NegotiationDsl: the language server (${describe(server)}) did not start: ${messageOf(error)}. ` +
        'Install the .NET runtime, or point "negotiationdsl.serverPath" at negc or negc.dll.',
    );
  }
}

async function stopServer(): Promise<void> {
  const running = client;
  client = undefined;
  for (const subscription of clientSubscriptions) subscription.dispose();
  clientSubscriptions = [];
  if (running !== undefined) await running.stop();
}

/**
 * "Negotiation: Build report": `negc report <folder> -o <a new folder of this run>`, then opens the report it wrote.
 * With errors in the records negc writes nothing: the user is told how many, and nothing is opened.
 */
async function buildReport(context: vscode.ExtensionContext): Promise<void> {
  const folder = await pickFolder();
  if (folder === undefined) return;
  const root = folder.uri.fsPath;
  await saveRecords(folder);

  const parent = runsParent((context.storageUri ?? context.globalStorageUri).fsPath, root);
  let runFolder: string;
  try {
    runFolder = await freshRunFolder(parent);
  } catch (error) {
    void showFailure(`NegotiationDsl: could not make a folder for the report in ${parent}: ${messageOf(error)}`);
    return;
  }

  const invocation = withArgs(negc(context), 'report', root, '-o', runFolder);
  const result = await runWithProgress('Negotiation: building the report', invocation, root);
  if (result === undefined) return discardRun(runFolder);
  log.info(`$ ${describe(invocation)} (exit code ${result.code})`);
  if (result.stdout !== '') log.info(result.stdout.trimEnd());
  if (result.stderr !== '') log.warn(result.stderr.trimEnd());

  const outcome = outcomeOf(result.code, await listFiles(runFolder, 4));
  if (outcome.kind !== 'open') await discardRun(runFolder);
  switch (outcome.kind) {
    case 'errors':
      void showRecordErrors(context, root);
      return;
    case 'failed':
      void showFailure(`negc report failed (exit code ${outcome.code}): ${firstLine(result.stderr)}`);
      return;
    case 'nothing-written':
      void showWarning('negc report wrote no HTML or Markdown file.');
      return;
    case 'open':
      await removeOtherRuns(parent, runFolder);
      await openReport(outcome.report);
  }
}

/** Says how many errors the records have (negc check counts them) and offers the Problems panel. */
async function showRecordErrors(context: vscode.ExtensionContext, root: string): Promise<void> {
  const check = await run(withArgs(negc(context), 'check', '--format', 'json', root), root, new AbortController().signal).catch(
    () => undefined,
  );
  const showProblems = 'Show Problems';
  const choice = await vscode.window.showErrorMessage(errorsMessage(check && errorCountOf(check.stdout)), showProblems, 'Show output');
  if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
  else if (choice !== undefined) log.show(true);
}

async function openReport(report: string): Promise<void> {
  log.info(`Opening ${report}`);
  const uri = vscode.Uri.file(report);
  if (path.extname(report).toLowerCase() === '.md') {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } else {
    await vscode.env.openExternal(uri);
  }
}

/** "Negotiation: Show commitments" without a server to fill the view: `negc status <folder>` into the "Negotiation commitments" channel. */
async function showCommitments(context: vscode.ExtensionContext): Promise<void> {
  const folder = await pickFolder();
  if (folder === undefined) return;
  const root = folder.uri.fsPath;
  const invocation = withArgs(negc(context), 'status', root);
  await saveRecords(folder);

  const result = await runWithProgress('Negotiation: listing commitments', invocation, root);
  if (result === undefined) return;
  commitments.clear();
  commitments.appendLine(`$ ${describe(invocation)}`);
  commitments.append(result.stdout);
  if (result.stderr !== '') commitments.append(result.stderr);
  commitments.show(true);
  if (result.code !== 0 && result.code !== 1) {
    void showFailure(`negc status failed (exit code ${result.code}): ${firstLine(result.stderr)}`);
  }
}

/** "Negotiation: Open the getting-started example" (the walkthrough's first step): the bundled record, in the workspace. */
async function openExample(context: vscode.ExtensionContext): Promise<void> {
  if ((vscode.workspace.workspaceFolders ?? []).length === 0) {
    const openFolder = 'Open Folder';
    const choice = await vscode.window.showInformationMessage(
      'NegotiationDsl: the example goes into a folder of your workspace. Open a folder, then open the example again.',
      openFolder,
    );
    if (choice === openFolder) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return;
  }

  const folder = await pickFolder();
  if (folder === undefined) return;
  try {
    const { file, written } = await placeExample(folder.uri.fsPath, path.join(context.extensionPath, 'walkthrough', exampleFileName));
    log.info(written ? `Wrote the example ${file}` : `Opening the example ${file} as it is`);
    await vscode.window.showTextDocument(vscode.Uri.file(file));
  } catch (error) {
    void showFailure(`NegotiationDsl: could not put the example into ${folder.uri.fsPath}: ${messageOf(error)}`);
  }
}

/** The folder of the active editor, the only workspace folder, or the one the user picks. */
async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = active !== undefined ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  if (folder !== undefined) return folder;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage('NegotiationDsl: open a folder with .neg records first.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'The folder with the .neg records' });
}

/** negc reads the files from disk: save the folder's edited records first. */
async function saveRecords(folder: vscode.WorkspaceFolder): Promise<void> {
  const edited = vscode.workspace.textDocuments.filter(
    (document) =>
      document.isDirty && document.languageId === 'neg' && vscode.workspace.getWorkspaceFolder(document.uri) === folder,
  );
  await Promise.all(edited.map((document) => document.save()));
}

interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs negc with a cancellable notification; undefined when it could not start or was cancelled. */
function runWithProgress(title: string, invocation: NegcInvocation, cwd: string): Thenable<RunResult | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (_progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      try {
        return await run(invocation, cwd, abort.signal);
      } catch (error) {
        if (!abort.signal.aborted) {
          void offerSettings(`NegotiationDsl: could not run ${describe(invocation)}: ${messageOf(error)}`);
        }
        return undefined;
      } finally {
        subscription.dispose();
      }
    },
  );
}

function run(invocation: NegcInvocation, cwd: string, signal: AbortSignal): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      invocation.command,
      [...invocation.args],
      { cwd, signal, maxBuffer: 64 * 1024 * 1024, windowsHide: true, encoding: 'utf8' },
      (error, stdout, stderr) => {
        // A number is the exit code; anything else (ENOENT, an abort) means negc did not run.
        if (error !== null && typeof error.code !== 'number') reject(error);
        else resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
      },
    );
  });
}

async function offerSettings(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, 'Open settings', 'Show output');
  if (choice === 'Open settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'negotiationdsl.serverPath');
  } else if (choice === 'Show output') {
    log.show(true);
  }
}

async function showFailure(message: string): Promise<void> {
  if ((await vscode.window.showErrorMessage(message, 'Show output')) !== undefined) log.show(true);
}

async function showWarning(message: string): Promise<void> {
  if ((await vscode.window.showWarningMessage(message, 'Show output')) !== undefined) log.show(true);
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/)[0] || 'no message';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
