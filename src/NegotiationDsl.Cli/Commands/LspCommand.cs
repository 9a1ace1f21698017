using System;
using System.CommandLine;
using NegotiationDsl.Cli.LanguageServer;

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
        var command = new Command("lsp", "Run the language server (Language Server Protocol over stdin/stdout).") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (_, _) =>
        {
            var output = Console.OpenStandardOutput();
            Console.SetOut(console.Error);
            using var server = new LanguageServerConnection(Console.OpenStandardInput(), output, console.Error);
            return await server.RunAsync().ConfigureAwait(false);
        });
        return command;
    }
}
