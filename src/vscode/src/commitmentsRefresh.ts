// When the commitments view asks the server again. A negc that tells of changes (`negotiationdsl/commitmentsChanged`,
// docs/language-server.md) is followed: the view asks once the server has compiled a change of a folder's commitments,
// and the editor's own events (edits, files on disk, new diagnostics) mean nothing, as most edits change no commitment.
// An older negc tells nothing, so the editor's events are all there is: the view asks a moment after them, by when
// the server has likely compiled the edit.

export const commitmentsChangedMethod = 'negotiationdsl/commitmentsChanged';

/** The capability with which a negc says it sends `negotiationdsl/commitmentsChanged`. */
export const commitmentsChangedCapability = 'negotiationCommitmentsChangedNotification';

/** The parameters of `negotiationdsl/commitmentsChanged`. */
export interface CommitmentsChanged {
  folderUri: string;
}

/**
 * What made the view think that the commitments may have changed: the server's notification, or the editor's own
 * events. The view asks for every folder at once, so which folder the server named does not matter.
 */
export type RefreshCause = 'server' | 'editor';

/** Notifications of one compilation (a folder and those related to it in an archive) arrive together: one answer serves them all. */
export const afterServerMs = 50;
/** Time for an older negc to compile an edit before the view asks. */
export const afterEditorMs = 300;

/** True when the server's capabilities say it tells of changes. */
export function tellsOfChanges(capabilities: unknown): boolean {
  return (capabilities as Record<string, unknown> | undefined)?.[commitmentsChangedCapability] === true;
}

/** How long to wait before asking again, or undefined not to ask because of it. */
export function refreshDelay(cause: RefreshCause, serverTells: boolean): number | undefined {
  if (cause === 'server') return afterServerMs;
  return serverTells ? undefined : afterEditorMs;
}

/** The part of a language client the view follows: its capabilities and its notifications. */
export interface NotifyingClient {
  readonly initializeResult?: { capabilities?: unknown };
  onNotification(method: string, handler: (changed: CommitmentsChanged) => void): { dispose(): void };
}

/** When the view asks again: on the server's notifications, and on the editor's events only for an older negc. */
export class RefreshFollower {
  constructor(
    private readonly client: () => NotifyingClient | undefined,
    private readonly refreshSoon: (delayMs: number) => void,
  ) {}

  /**
   * Follows a language client that has just started: its server's notifications of changed commitments, which start
   * once the view has asked it for commitments, so it is asked (again, after a restart) at once.
   */
  attach(client: NotifyingClient): { dispose(): void } {
    const subscription = client.onNotification(commitmentsChangedMethod, () => this.changedBecause('server'));
    this.refreshSoon(0);
    return subscription;
  }

  /** An edit, a file on disk or new diagnostics of a record. */
  editorChanged(): void {
    this.changedBecause('editor');
  }

  private changedBecause(cause: RefreshCause): void {
    const delayMs = refreshDelay(cause, tellsOfChanges(this.client()?.initializeResult?.capabilities));
    if (delayMs !== undefined) this.refreshSoon(delayMs);
  }
}
