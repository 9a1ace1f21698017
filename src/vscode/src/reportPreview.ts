// "Negotiation: Preview report": the HTML report of the active record's folder in a webview beside the editor,
// made by the server as `negc report` makes it, and made again whenever a record of that folder is saved.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { errorsPage, messagePage, newNonce, ReportAnswer, webviewPage } from './reportPage';

/** One preview per folder: a second "Preview report" for a record of the same folder shows the one already open. */
export class ReportPreviews implements vscode.Disposable {
  private readonly panels = new Map<string, { panel: vscode.WebviewPanel; document: vscode.Uri }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.commands.registerCommand('negotiationdsl.previewReport', (uri?: vscode.Uri) => this.open(uri)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.languageId !== 'neg') return;
        const preview = this.panels.get(folderOf(document.uri));
        if (preview !== undefined) void this.render(preview.panel, document.uri);
      }),
    );
  }

  dispose(): void {
    for (const { panel } of this.panels.values()) panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async open(given?: vscode.Uri): Promise<void> {
    const document = given ?? vscode.window.activeTextEditor?.document.uri;
    if (document === undefined || !document.path.endsWith('.neg')) {
      void vscode.window.showErrorMessage('NegotiationDsl: open a .neg record to preview its folder\'s report.');
      return;
    }
    const folder = folderOf(document);
    const open = this.panels.get(folder);
    if (open !== undefined) {
      open.panel.reveal(vscode.ViewColumn.Beside, true);
      await this.render(open.panel, document);
      return;
    }
    const panel = vscode.window.createWebviewPanel('negotiationdsl.report', 'Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      // The report needs no script and no file: nothing is allowed to run or to load.
      enableScripts: false,
      enableCommandUris: false,
      localResourceRoots: [],
    });
    this.panels.set(folder, { panel, document });
    panel.onDidDispose(() => this.panels.delete(folder));
    await this.render(panel, document);
  }

  private async render(panel: vscode.WebviewPanel, document: vscode.Uri): Promise<void> {
    const nonce = newNonce(randomBytes);
    const client = this.client();
    if (client === undefined || !client.isRunning()) {
      panel.webview.html = messagePage('No report', 'The language server is not running: the report preview needs it.', nonce);
      return;
    }
    if ((client.initializeResult?.capabilities as { negotiationReportProvider?: boolean } | undefined)?.negotiationReportProvider !== true) {
      panel.webview.html = messagePage('No report', 'This negc does not make reports for the editor: update it, or point "negotiationdsl.serverPath" at a newer one.', nonce);
      return;
    }
    try {
      const answer = await client.sendRequest<ReportAnswer>('negotiationdsl/report', { textDocument: { uri: document.toString() } });
      panel.title = `Report: ${answer.name}`;
      panel.webview.html = answer.html === undefined ? errorsPage(answer, nonce) : webviewPage(answer.html, nonce);
    } catch (error) {
      panel.webview.html = messagePage('No report', `The report could not be made: ${error instanceof Error ? error.message : String(error)}`, nonce);
    }
  }
}

/** The compilation a record belongs to: its folder (as the server groups records). */
function folderOf(uri: vscode.Uri): string {
  return uri.with({ path: path.posix.dirname(uri.path) }).toString();
}
