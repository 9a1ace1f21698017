using System.CommandLine;
using System.Linq;
using NegotiationDsl.Cli.CommandLine;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Cli.Commands;

/// <summary><c>negc check &lt;files or folders&gt; [--format text|json]</c>: report every diagnostic.</summary>
internal static class CheckCommand
{
    /// <summary>The formats <c>check</c> writes.</summary>
    public static readonly OutputFormat[] Formats = [OutputFormat.Text, OutputFormat.Json, OutputFormat.Sarif];

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = ".neg files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new ChoiceOption<OutputFormat>("--format", Formats, OutputFormat.Text, "Output format; sarif is SARIF 2.1.0");
        var maxDiagnostics = MaxDiagnosticsOption.Create();
        var command = new Command("check", "Parse and check records, printing every diagnostic.") { paths, format.Option, maxDiagnostics };
        command.SetAction(result => Run(new CheckArguments(result.GetValue(paths) ?? [], format.GetValue(result), result.GetValue(maxDiagnostics)), console));
        return command;
    }

    public static int Run(CheckArguments arguments, CliConsole console)
    {
        var set = CompilationSet.Load(arguments.Paths);
        var toolErrors = set.Errors;
        var diagnostics = set.GetDiagnostics().Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden).ToList();

        if (arguments.Format == OutputFormat.Sarif)
        {
            DiagnosticTextWriter.WriteToolErrors(console, toolErrors);
            SarifWriter.Write(console.Output, diagnostics, toolErrors.ToList(), SarifRoots.Of(set.Compilations));
        }
        else if (arguments.Format == OutputFormat.Json)
        {
            DiagnosticJsonWriter.Write(console.Output, set.FileCount, diagnostics, toolErrors.ToList());
        }
        else
        {
            DiagnosticTextWriter.WriteToolErrors(console, toolErrors);
            DiagnosticTextWriter.Write(console, diagnostics, arguments.MaxDiagnostics);
            DiagnosticTextWriter.WriteSummary(console, set.FileCount, diagnostics, toolErrors.Count);
        }

        if (toolErrors.Count > 0) return ExitCodes.UsageOrIoError;
        return diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }
}
