using System;
using System.CommandLine;
using System.IO;
using Microsoft.Win32.SafeHandles;
using NegotiationDsl.LanguageServer;

namespace NegotiationDsl.Cli.Commands;

/// <summary>
/// <c>negc lsp</c>: the language server over stdin/stdout. Editors may pass their own flags
/// (<c>--stdio</c>, <c>--clientProcessId=…</c>); they are accepted and ignored. Only protocol messages go
/// to stdout: anything else that would be printed is sent to stderr, where the log goes too.
/// </summary>
internal static class LspCommand
{
    public static Command Create(CliConsole console)
    {
        // Editors' own flags are taken by a hidden argument rather than by letting unmatched tokens through, which
        // would add an "Additional Arguments" section to the help.
        var editorFlags = new Argument<string[]>("editor-flags") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        var command = new Command("lsp", "Run the language server (Language Server Protocol over stdin/stdout).") { editorFlags };
#if NEGC_NATIVE_AOT
        command.SetAction(result => FrameworkDependentLsp.Run(result.GetValue(editorFlags) ?? [], console));
#else
        command.SetAction(async (_, _) =>
        {
            var output = OpenStandardOutput();
            Console.SetOut(console.Error);
            using var server = new LanguageServerConnection(Console.OpenStandardInput(), output, console.Error);
            return await server.RunAsync().ConfigureAwait(false);
        });
#endif
        return command;
    }

    /// <summary>
    /// stdout as a plain stream of its file descriptor where there is one: .NET's console stream writes while holding
    /// a lock on <see cref="Console.Out"/>, so a write that a client does not read would hold up every write to
    /// stderr (the log) as well.
    /// </summary>
    private static Stream OpenStandardOutput() =>
        OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
}
