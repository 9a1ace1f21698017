using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NegotiationDsl.Cli.CommandLine;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Hosting.Output.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Emit;
using NegotiationDsl.Hosting;
using NegotiationDsl.Reports;
using NegotiationDsl.Reports.Archives;
using NodaTime;

namespace NegotiationDsl.Cli.Commands;

/// <summary>
/// <c>negc report &lt;files or folders&gt; -o DIR [--format md|html|csv|all] [--as-of DATE]</c>: for each
/// compilation, <c>DIR/reports/&lt;name&gt;.md</c>, <c>.html</c> and <c>.csv</c>. With any error in the records
/// nothing is written (exit 1). The files are updated all or nothing (<see cref="OutputTransaction"/>), and left alone
/// when their content is unchanged.
/// </summary>
internal static class ReportCommand
{
    public const string Folder = "reports";

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = ".neg files or folders (each folder is one compilation)", Arity = ArgumentArity.ZeroOrMore };
        var pathsFrom = new Option<string?>("--paths-from") { Description = "A file listing more paths, one a line, with %, CR and LF as %25, %0D and %0A (the build integration writes it)" };
        var output = new Option<string>("--output", "-o") { Description = "The output folder; reports go to its reports/ subfolder", Required = true };
        var format = new ChoiceOption<ReportFormat>("--format", Enum.GetValues<ReportFormat>(), ReportFormat.All, "Which report to write, or all of them");
        var asOf = AsOfOption.Create();
        var maxDiagnostics = MaxDiagnosticsOption.Create();
        var command = new Command("report", "Write reports for people who never open a record: Markdown, HTML with a timeline, and a CSV commitment tracker.") { paths, output, format.Option, asOf, pathsFrom, maxDiagnostics };
        command.SetAction(result => Run(new ReportArguments(result.GetValue(paths) ?? [], result.GetValue(output)!, format.GetValue(result), result.GetValue(asOf), result.GetValue(pathsFrom), result.GetValue(maxDiagnostics)), console));
        return command;
    }

    public static int Run(ReportArguments arguments, CliConsole console)
    {
        if (!AsOfOption.TryParse(arguments.AsOf, console, out var asOf)) return ExitCodes.UsageOrIoError;
        if (StandardInputArgument.Refused(arguments.Paths, "report") is { } refused)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [refused]);
            return ExitCodes.UsageOrIoError;
        }

        var listErrors = new List<Diagnostic>();
        var paths = arguments.PathsFrom is { } list ? [.. arguments.Paths, .. PathList.Read(list, listErrors) ?? []] : arguments.Paths;
        if (paths.Count == 0 && listErrors.Count == 0) listErrors.Add(DiagnosticCatalog.InvalidArgument("No .neg file or folder was given."));
        if (listErrors.Count > 0)
        {
            DiagnosticTextWriter.WriteToolErrors(console, listErrors);
            return ExitCodes.UsageOrIoError;
        }

        console.Progress("negc: reading records...");
        var set = CompilationSet.Load(paths);
        DiagnosticTextWriter.WriteToolErrors(console, set.Errors);
        if (set.Errors.Count > 0) return ExitCodes.UsageOrIoError;

        var diagnostics = BuildProgress.Check(set, console).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        DiagnosticTextWriter.Write(console, diagnostics, arguments.MaxDiagnostics);
        var errors = diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            console.WriteErrorLine($"negc: the records have {errors} error(s); no report was written.");
            return ExitCodes.ErrorsFound;
        }

        // Every report is made in memory first, then written as one transaction: a failure leaves no half of a run behind it.
        var outputs = Outputs(set, OutputNames.For(set.Compilations), arguments, asOf, console).ToList();
        bool[] written;
        try
        {
            console.Progress($"negc: writing {outputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} file(s)...");
            written = OutputTransaction.Write(arguments.OutputDirectory, outputs);
        }
        catch (OutputFolderException exception)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [exception.Error]);
            return ExitCodes.UsageOrIoError;
        }

        for (var i = 0; i < outputs.Count; i++) console.WriteLine($"{(written[i] ? "wrote" : "unchanged")} {SourceFileCollector.DisplayPath(outputs[i].Path)}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The report files of every compilation, and the pages of each archive whose root was given, in memory (negc build
    /// writes them too).
    /// </summary>
    /// <param name="names">The run's names of the compilations (<see cref="OutputNames.For"/>), in their order.</param>
    /// <param name="console">Where progress is shown, if anywhere.</param>
    internal static IEnumerable<(string Path, string Content)> Outputs(CompilationSet set, IReadOnlyList<GeneratedNames> names, ReportArguments arguments, LocalDate? asOf, CliConsole? console = null)
    {
        var folder = Path.Combine(arguments.OutputDirectory, Folder);
        var formats = ReportFormats.All.Where(format => arguments.Format == ReportFormat.All || arguments.Format.ToString().Equals(format.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        for (var i = 0; i < set.Compilations.Length; i++)
        {
            console?.Progress($"negc: making reports {BuildProgress.Step(i, set.Compilations.Length)} {names[i].Name}");
            var model = ReportModel.Build(set.Compilations[i], names[i].Name, asOf);
            string Target(string extension) => Path.Combine(folder, names[i].ReportFileName(extension));
            foreach (var format in formats)
                yield return (Target(format.Extension), format.Write(model));
        }

        var reportNames = set.Compilations.Zip(names).ToDictionary(pair => pair.First, pair => pair.Second.Name);
        foreach (var archive in set.WholeArchives)
        {
            console?.Progress("negc: making the archive's pages...");
            var model = ArchiveReportModel.Build(archive, ArchiveName(archive), compilation => reportNames[compilation], CompilationNames.FileNames, asOf);
            foreach (var page in model.Pages)
            {
                foreach (var format in formats)
                    yield return (Path.Combine([folder, .. page.Path.Split('/')]) + format.Extension, format.WritePage(page));
            }
        }
    }

    /// <summary>An archive is named after its root folder.</summary>
    private static string ArchiveName(Archive archive) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(archive.Root))) is { Length: > 0 } name ? name : CompilationNames.Fallback;
}
