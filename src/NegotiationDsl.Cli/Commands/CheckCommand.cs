using System.CommandLine;
using System.Linq;
using NegotiationDsl.Cli.CommandLine;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Cli.Commands;

/// <summary><c>negc check &lt;files or folders, or -&gt; [--format text|json|sarif]</c>: report every diagnostic.</summary>
internal static class CheckCommand
{
    /// <summary>The formats <c>check</c> writes.</summary>
    public static readonly OutputFormat[] Formats = [OutputFormat.Text, OutputFormat.Json, OutputFormat.Sarif];

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = ".neg files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new ChoiceOption<OutputFormat>("--format", Formats, OutputFormat.Text, "Output format; sarif is SARIF 2.1.0");
        var maxDiagnostics = MaxDiagnosticsOption.Create();
        var stdinName = StandardInputArgument.CreateNameOption();
        var command = new Command("check", "Parse and check records, printing every diagnostic; '-' reads one record from standard input.") { paths, format.Option, maxDiagnostics, stdinName };
        command.SetAction(result => Run(new CheckArguments(result.GetValue(paths) ?? [], format.GetValue(result), result.GetValue(maxDiagnostics), result.GetValue(stdinName)), console));
        return command;
    }

    public static int Run(CheckArguments arguments, CliConsole console)
    {
        if (StandardInputArgument.Problem(arguments.Paths, arguments.StdinName) is { } problem)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [problem]);
            return ExitCodes.UsageOrIoError;
        }

        var set = Load(arguments, console);
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

    private static CompilationSet Load(CheckArguments arguments, CliConsole console)
    {
        if (!StandardInputArgument.IsGiven(arguments.Paths)) return CompilationSet.Load(arguments.Paths);
        var record = StandardInputArgument.Read(console, arguments.StdinName);
        return CompilationSet.Load([record.Path], record.Files);
    }
}
