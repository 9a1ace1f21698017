// "Negotiation: Restart language server", apart from VS Code so that it can be unit-tested.

/** What the restart writes to the output channel. */
export interface RestartLog {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Restarts the language server: stops it, then starts it, and says so in the log. A stop that fails (the server
 * crashed, or never started) is logged and the start goes ahead, since a fresh start is what the user asked for.
 * Restarts asked for while one is running wait for it, so that two clients never run side by side.
 */
export class ServerRestarter {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly stop: () => Promise<void>,
    private readonly start: () => Promise<boolean>,
    private readonly log: RestartLog,
  ) {}

  restart(): Promise<void> {
    const next = this.queue.then(() => this.restartNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async restartNow(): Promise<void> {
    this.log.info('Restarting the language server.');
    try {
      await this.stop();
    } catch (error) {
      this.log.warn(`The language server did not stop cleanly (${messageOf(error)}); starting a new one.`);
    }

    const started = await this.start().catch((error: unknown) => {
      this.log.warn(`The language server did not start: ${messageOf(error)}`);
      return false;
    });
    if (started) this.log.info('The language server restarted.');
    else this.log.warn('The language server did not start again; the messages above say why.');
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
