// The commitments view in the Explorer: the server's `negotiationdsl/commitments` answer as a tree (folder, record,
// commitment), on today or a chosen day, refreshed when the server says the commitments changed (or, with an older
// negc, after the editor's own events: commitmentsRefresh.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { asOfFor, buildTree, CommitmentsAnswer, Day, dayProblem, describeDay, iconOf, TreeNode } from './commitments';
import { afterEditorMs, RefreshFollower } from './commitmentsRefresh';

export const viewId = 'negotiationdsl.commitments';
const retryDelayMs = 2000;

export class CommitmentsView implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<TreeNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private day: Day = { kind: 'today' };
  private nodes: TreeNode[] = [];
  private timer: NodeJS.Timeout | undefined;
  private stale = true;
  private disposed = false;
  private readonly follower: RefreshFollower;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
    // The view and its commands show once the extension runs (a .neg file was opened), not in every workspace.
    void vscode.commands.executeCommand('setContext', 'negotiationdsl.active', true);
    this.follower = new RefreshFollower(client, (delayMs) => this.refreshSoon(delayMs));
    const later = (): void => this.follower.editorChanged();
    const isRecord = (uri: vscode.Uri): boolean => uri.path.endsWith('.neg');
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.neg');
    this.subscriptions.push(
      this.view,
      this.changed,
      watcher,
      watcher.onDidCreate(later),
      watcher.onDidDelete(later),
      watcher.onDidChange(later),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.languageId === 'neg' && event.contentChanges.length > 0) later();
      }),
      // Diagnostics come once the server has (re)compiled a folder, also one read from disk after a start.
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some(isRecord)) later();
      }),
      this.view.onDidChangeVisibility((event) => {
        if (event.visible && this.stale) void this.refresh();
      }),
      vscode.commands.registerCommand('negotiationdsl.commitments.asOf', () => this.pickDay()),
      vscode.commands.registerCommand('negotiationdsl.commitments.today', () => this.setDay({ kind: 'today' })),
      vscode.commands.registerCommand('negotiationdsl.commitments.refresh', () => this.refresh()),
    );
    // Open already (the Explorer remembers it): filled once the server answers.
    if (this.view.visible) this.refreshSoon(afterEditorMs);
  }

  /** Follows a language client that has just started (RefreshFollower.attach); disposing the answer stops following it. */
  attach(client: LanguageClient): vscode.Disposable {
    return this.follower.attach(client);
  }

  /** Shows the view and fills it; false when the server cannot answer (not running, or a negc without the request). */
  async show(): Promise<boolean> {
    if (!this.serverAnswers()) return false;
    await vscode.commands.executeCommand(`${viewId}.focus`);
    await this.refresh();
    return true;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const collapsible = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : node.kind === 'folder' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.kind;
    if (node.kind === 'commitment') {
      const { icon, color } = iconOf(node.state);
      item.iconPath = new vscode.ThemeIcon(icon, color === undefined ? undefined : new vscode.ThemeColor(color));
    } else if (node.kind === 'folder') {
      item.iconPath = vscode.ThemeIcon.Folder;
      item.resourceUri = vscode.Uri.parse(node.id);
    } else if (node.kind === 'note') {
      item.iconPath = new vscode.ThemeIcon('info');
    }
    if (node.location !== undefined) {
      const { start, end } = node.location.range;
      item.command = {
        title: 'Reveal',
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(node.location.uri), { selection: new vscode.Range(start.line, start.character, end.line, end.character) }],
      };
    }
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node === undefined ? this.nodes : [...node.children];
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private serverAnswers(): boolean {
    const client = this.client();
    return client !== undefined && client.isRunning() && (client.initializeResult?.capabilities as { negotiationCommitmentsProvider?: boolean } | undefined)?.negotiationCommitmentsProvider === true;
  }

  private refreshSoon(delayMs: number): void {
    this.stale = true;
    if (this.disposed || !this.view.visible) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  private async refresh(): Promise<void> {
    this.timer = undefined;
    this.stale = false;
    const now = new Date();
    this.view.description = describeDay(this.day, now);
    const client = this.client();
    if (client === undefined || !client.isRunning()) {
      // The server may be starting (or restarting): ask again while the view is open.
      this.showMessage('The language server is not running (yet).');
      this.refreshSoon(retryDelayMs);
      return;
    }
    if (!this.serverAnswers()) {
      this.showMessage('This negc does not list commitments for the editor: update it, or point "negotiationdsl.serverPath" at a newer one.');
      return;
    }
    try {
      const answer = await client.sendRequest<CommitmentsAnswer>('negotiationdsl/commitments', { asOf: asOfFor(this.day, now) });
      this.view.message = undefined;
      this.nodes = buildTree(answer);
    } catch (error) {
      this.showMessage(`The commitments could not be listed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.changed.fire(undefined);
  }

  private showMessage(message: string): void {
    this.view.message = message;
    this.nodes = [];
    this.changed.fire(undefined);
  }

  private async pickDay(): Promise<void> {
    const text = await vscode.window.showInputBox({
      title: 'Commitments as of',
      prompt: 'The day to evaluate the commitments on (YYYY-MM-DD)',
      value: asOfFor(this.day, new Date()),
      validateInput: (value) => dayProblem(value),
    });
    if (text === undefined) return;
    await this.setDay({ kind: 'chosen', day: text.trim() });
  }

  private async setDay(day: Day): Promise<void> {
    this.day = day;
    await vscode.commands.executeCommand('setContext', 'negotiationdsl.commitments.dayChosen', day.kind === 'chosen');
    await this.refresh();
  }
}
