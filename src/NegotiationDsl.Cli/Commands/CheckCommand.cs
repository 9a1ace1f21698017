using System.CommandLine;
using System.Linq;
using NegotiationDsl.Cli.Input;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Cli.Commands;

/// <summary><c>negc check &lt;files or folders&gt; [--format text|json]</c>: report every diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = ".neg files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<OutputFormat>("--format") { Description = "Output format: text (default) or json", DefaultValueFactory = _ => OutputFormat.Text };
        var command = new Command("check", "Parse and check records, printing every diagnostic.") { paths, format };
        command.SetAction(result => Run(new CheckArguments(result.GetValue(paths) ?? [], result.GetValue(format)), console));
        return command;
    }

    public static int Run(CheckArguments arguments, CliConsole console)
    {
        var collected = SourceFileCollector.Collect(arguments.Paths);
        var (trees, readErrors) = SourceLoader.Load(collected.Files);
        var toolErrors = collected.Errors.Concat(readErrors).ToList();
        var compilation = Compilation.Create(trees);
        var diagnostics = compilation.GetDiagnostics();

        if (arguments.Format == OutputFormat.Json)
        {
            DiagnosticJsonWriter.Write(console.Output, trees.Count, diagnostics, toolErrors);
        }
        else
        {
            foreach (var error in toolErrors) console.Error.WriteLine(error);
            DiagnosticTextWriter.Write(console, diagnostics);
            DiagnosticTextWriter.WriteSummary(console, trees.Count, diagnostics);
        }

        if (toolErrors.Count > 0) return ExitCodes.UsageOrIoError;
        return diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }
}
