// Decisions about the negc executable that do not need VS Code, so that they can be unit-tested.
import * as path from 'node:path';

/** How to run negc: an executable, or `dotnet` with negc.dll as its first argument. */
export interface NegcInvocation {
  readonly command: string;
  readonly args: readonly string[];
}

/**
 * The platforms that get a .vsix with a self-contained server (no .NET needed on the machine): the
 * VS Code target (`vsce package --target`), the .NET runtime identifier negc is published for, and the
 * server's file name. src/vscode/build.sh publishes and packages from this table. Any other platform
 * (Alpine, Windows on Arm, ...) takes the universal .vsix, whose server/negc.dll needs the .NET runtime.
 */
export const serverTargets = [
  { target: 'linux-x64', rid: 'linux-x64', executable: 'negc' },
  { target: 'linux-arm64', rid: 'linux-arm64', executable: 'negc' },
  { target: 'darwin-x64', rid: 'osx-x64', executable: 'negc' },
  { target: 'darwin-arm64', rid: 'osx-arm64', executable: 'negc' },
  { target: 'win32-x64', rid: 'win-x64', executable: 'negc.exe' },
] as const;

/**
 * The language server's runtime settings where they differ from negc's other commands, as environment variables:
 * the .NET runtime reads them only as it starts, so the one who starts `negc lsp` sets them. The same list as
 * `NegotiationDsl.LanguageServer.Environment` in build/NegcRuntime.props (a test keeps the two equal).
 */
export const languageServerEnvironment: Readonly<Record<string, string>> = { DOTNET_gcServer: '0', DOTNET_GCLOHThreshold: '0x800000' };

/**
 * The environment `negc lsp` starts with: `base` and the language server's settings, except where `base` sets one
 * already (also under the runtime's older `COMPlus_` name): the user's own choice wins.
 */
export function serverEnvironment(base: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const environment = { ...base };
  for (const [name, value] of Object.entries(languageServerEnvironment)) {
    const older = name.startsWith('DOTNET_') ? `COMPlus_${name.slice('DOTNET_'.length)}` : undefined;
    if (environment[name] === undefined && (older === undefined || environment[older] === undefined)) environment[name] = value;
  }

  return environment;
}

/** The machine VS Code runs on, as `process.platform`, `process.arch` and whether its C library is musl. */
export interface Machine {
  readonly platform: string;
  readonly arch: string;
  readonly musl: boolean;
}

let cachedMachine: Machine | undefined;

/** This machine. musl (Alpine) is told apart by the report Node writes, which names glibc only on glibc. */
export function thisMachine(): Machine {
  if (cachedMachine === undefined) {
    const report = process.platform === 'linux' ? (process.report?.getReport() as unknown as { header?: { glibcVersionRuntime?: string } }) : undefined;
    cachedMachine = { platform: process.platform, arch: process.arch, musl: report !== undefined && report.header?.glibcVersionRuntime === undefined };
  }
  return cachedMachine;
}

/** The VS Code target name of a machine (`linux-x64`, `alpine-x64`, `darwin-arm64`, `win32-x64`, ...). */
export function targetOf(machine: Machine): string {
  const os = machine.platform === 'linux' && machine.musl ? 'alpine' : machine.platform;
  return `${os}-${machine.arch}`;
}

/**
 * The negc to run. `configured` is the `negotiationdsl.serverPath` setting: a path to the negc
 * executable or to negc.dll, or a bare command name looked up on PATH. A relative path (one with a
 * directory part) is taken from `baseFolder`, the first workspace folder. Without a setting: the
 * self-contained server a platform-specific .vsix bundles for this machine (`server/<target>/negc`),
 * else the framework-dependent one of the universal .vsix (`server/negc.dll`, run with dotnet), else
 * `negc` on PATH. A server bundled for another machine is never picked: it could not start here.
 */
export function resolveNegc(
  configured: string | undefined,
  extensionPath: string,
  baseFolder: string | undefined,
  exists: (file: string) => boolean,
  home: string,
  machine: Machine = thisMachine(),
): NegcInvocation {
  const setting = (configured ?? '').trim();
  if (setting !== '') {
    let file = setting === '~' || setting.startsWith('~/') ? path.join(home, setting.slice(1)) : setting;
    const isBareName = !file.includes('/') && !file.includes('\\');
    if (!isBareName && !path.isAbsolute(file) && baseFolder !== undefined) file = path.resolve(baseFolder, file);
    return invocationFor(file);
  }

  const selfContained = bundledServer(extensionPath, machine);
  if (selfContained !== undefined && exists(selfContained)) return { command: selfContained, args: [] };
  const frameworkDependent = path.join(extensionPath, 'server', 'negc.dll');
  return exists(frameworkDependent) ? invocationFor(frameworkDependent) : { command: 'negc', args: [] };
}

/** Where a platform-specific .vsix puts the self-contained server for `machine`; undefined when none is built for it. */
export function bundledServer(extensionPath: string, machine: Machine): string | undefined {
  const target = targetOf(machine);
  const row = serverTargets.find((candidate) => candidate.target === target);
  return row === undefined ? undefined : path.join(extensionPath, 'server', row.target, row.executable);
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
