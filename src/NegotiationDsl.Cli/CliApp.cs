using System;
using System.CommandLine;
using System.Linq;
using NegotiationDsl.Cli.CommandLine;
using System.Runtime.CompilerServices;
using NegotiationDsl.Cli.Commands;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting;

namespace NegotiationDsl.Cli;

/// <summary>The command tree of <c>negc</c>. Each verb has an arguments record and a command class.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        return PlainCheck.TryGetPaths(args, out var paths) ? RunPlainCheck(paths, console) : RunCommandLine(args, console);
    }

    // A method of its own, never inlined: the runtime loads the assemblies of the types a method uses when it
    // prepares the method, so System.CommandLine (and the System.Linq and collections it pulls in) would
    // otherwise load even when the plain check never uses it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunCommandLine(string[] args, CliConsole console)
    {
        var parseResult = CreateRoot(console).Parse(args);
        if (NoColorOption.IsSet(parseResult)) console.TurnColorOff();
        var usageErrors = UsageErrors.Of(parseResult);
        if (usageErrors.Count > 0)
        {
            DiagnosticTextWriter.WriteToolErrors(console, usageErrors.Select(DiagnosticCatalog.InvalidArgument));
            var command = parseResult.CommandResult.Command;
            console.WriteErrorLine($"Run '{(command is RootCommand ? "negc" : "negc " + command.Name)} --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        try
        {
            // No termination timeout: System.CommandLine would otherwise install SIGINT/SIGTERM handlers at every
            // start, a cost for each cold run; no command needs a grace period, Ctrl+C just ends negc.
            // No default exception handler: it prints the stack trace; an exception reaches the catch below instead.
            var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
            var exitCode = parseResult.Invoke(configuration);
            return parseResult.Action is null ? ExitCodes.UsageOrIoError : exitCode;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ReportInternalError(exception, console);
        }
        finally
        {
            console.ClearProgress();
        }
    }

    /// <summary>Every command of <c>negc</c>; tests walk it to check the help and errors of each.</summary>
    internal static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand("negc: compiler for .neg diplomatic negotiation records.") { NoColorOption.Create() };
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(StatusCommand.Create(console));
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(FormatCommand.Create(console));
        root.Subcommands.Add(LspCommand.Create(console));
        return root;
    }

    private static int RunPlainCheck(string[] paths, CliConsole console)
    {
        try
        {
            return CheckCommand.Run(new CheckArguments(paths, OutputFormat.Text), console);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ReportInternalError(exception, console);
        }
    }

    // The compiler never throws on any input; if it does anyway, say so in one line, not a stack trace.
    private static int ReportInternalError(Exception exception, CliConsole console)
    {
        DiagnosticTextWriter.WriteToolErrors(console, [DiagnosticCatalog.InternalError(exception.GetType().Name + ": " + exception.Message)]);
        return ExitCodes.InternalError;
    }
}
