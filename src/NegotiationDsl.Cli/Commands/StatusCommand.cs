using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using NegotiationDsl.Cli.CommandLine;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Cli.Output.Status;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Cli.Commands;

/// <summary><c>negc status [--as-of DATE] &lt;files or folders&gt;</c>: every commitment, its deadline and its state on a date, and every agreement's state and dates.</summary>
internal static class StatusCommand
{
    /// <summary>The formats <c>status</c> writes (its tables have no SARIF form: they are not diagnostics).</summary>
    public static readonly OutputFormat[] Formats = [OutputFormat.Text, OutputFormat.Json];

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = ".neg files or folders (each folder is one compilation)", Arity = ArgumentArity.OneOrMore };
        var asOf = AsOfOption.Create();
        var format = new ChoiceOption<OutputFormat>("--format", Formats, OutputFormat.Text, "Output format");
        var command = new Command("status", "List every commitment with its resolved deadline and its state on a date, and every agreement with its state and dates.") { paths, asOf, format.Option };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(asOf), format.GetValue(result), console));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? asOfText, OutputFormat format, CliConsole console)
    {
        if (!AsOfOption.TryParse(asOfText, console, out var requested)) return ExitCodes.UsageOrIoError;
        if (StandardInputArgument.Refused(paths, "status") is { } refused)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [refused]);
            return ExitCodes.UsageOrIoError;
        }

        var set = CompilationSet.Load(paths);
        DiagnosticTextWriter.WriteToolErrors(console, set.Errors);
        if (set.Errors.Count > 0) return ExitCodes.UsageOrIoError;

        var errors = set.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        var tables = StatusTables.Of(set.Compilations, requested);
        if (format == OutputFormat.Json) StatusJsonWriter.Write(console.Output, tables, requested);
        else
        {
            CommitmentReport.WriteText(console, tables.Commitments, requested);
            AgreementReport.WriteText(console, tables.Agreements);
            ReplyReport.WriteText(console, tables.Replies);
            MilestoneReport.WriteText(console, tables.Milestones);
        }

        if (errors.Count > 0)
        {
            // The table is still printed: an analyst wants the state even while a record has mistakes.
            console.WriteErrorLine($"negc: the records have {errors.Count} error(s); run 'negc check' to see them.");
            return ExitCodes.ErrorsFound;
        }

        return ExitCodes.Success;
    }
}
