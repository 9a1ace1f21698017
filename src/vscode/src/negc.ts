// Decisions about the negc executable that do not need VS Code, so that they can be unit-tested.
import * as path from 'node:path';

/** How to run negc: an executable, or `dotnet` with negc.dll as its first argument. */
export interface NegcInvocation {
  readonly command: string;
  readonly args: readonly string[];
}

/**
 * The negc to run. `configured` is the `negotiationdsl.serverPath` setting: a path to the negc
 * executable or to negc.dll, or a bare command name looked up on PATH. A relative path (one with a
 * directory part) is taken from `baseFolder`, the first workspace folder. Without a setting, the
 * server bundled in the extension (`server/negc.dll`) is used when it is there, else `negc` on PATH.
 */
export function resolveNegc(
  configured: string | undefined,
  extensionPath: string,
  baseFolder: string | undefined,
  exists: (file: string) => boolean,
  home: string,
): NegcInvocation {
  const setting = (configured ?? '').trim();
  if (setting !== '') {
    let file = setting === '~' || setting.startsWith('~/') ? path.join(home, setting.slice(1)) : setting;
    const isBareName = !file.includes('/') && !file.includes('\\');
    if (!isBareName && !path.isAbsolute(file) && baseFolder !== undefined) file = path.resolve(baseFolder, file);
    return invocationFor(file);
  }

  const bundled = path.join(extensionPath, 'server', 'negc.dll');
  return exists(bundled) ? invocationFor(bundled) : { command: 'negc', args: [] };
}

/** negc.dll runs with `dotnet`; anything else is started directly. */
export function invocationFor(file: string): NegcInvocation {
  return file.toLowerCase().endsWith('.dll') ? { command: 'dotnet', args: [file] } : { command: file, args: [] };
}

/** The same invocation with a verb and its arguments appended, e.g. `withArgs(negc, 'lsp')`. */
export function withArgs(invocation: NegcInvocation, ...args: string[]): NegcInvocation {
  return { command: invocation.command, args: [...invocation.args, ...args] };
}

/** The command line as a person would type it, for messages and logs. */
export function describe(invocation: NegcInvocation): string {
  return [invocation.command, ...invocation.args].map((part) => (/[\s"']/.test(part) ? JSON.stringify(part) : part)).join(' ');
}
