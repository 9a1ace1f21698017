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
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;

namespace NegotiationDsl.Cli.Commands;

internal enum BuildTarget
{
    All,
    CSharp,
    Json,
    Reports,
}

/// <summary>
/// <c>negc build &lt;files or folders&gt; -o DIR [--target csharp|json|reports|all]</c>: C# models, JSON records
/// and reports, one of each per compilation. With any error nothing is written; the outputs are updated all or nothing
/// (<see cref="OutputTransaction"/>).
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = ".neg files or folders (each folder is one compilation)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into", Required = true };
        var target = new ChoiceOption<BuildTarget>("--target", Enum.GetValues<BuildTarget>(), BuildTarget.All, "What to write: C# models, JSON records, reports, or all three");
        var maxDiagnostics = MaxDiagnosticsOption.Create();
        var command = new Command("build", "Compile records into C# models and JSON event records.") { paths, output, target.Option, maxDiagnostics };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(output)!, target.GetValue(result), console, result.GetValue(maxDiagnostics)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string outputDirectory, BuildTarget target, CliConsole console, int maxDiagnostics = MaxDiagnosticsOption.Default)
    {
        if (StandardInputArgument.Refused(paths, "build") is { } refused)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [refused]);
            return ExitCodes.UsageOrIoError;
        }

        console.Progress("negc: reading records...");
        var set = CompilationSet.Load(paths, withUsedFolders: true);
        DiagnosticTextWriter.WriteToolErrors(console, set.Errors);
        if (set.Errors.Count > 0) return ExitCodes.UsageOrIoError;

        var diagnostics = BuildProgress.Check(set, console).Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        DiagnosticTextWriter.Write(console, diagnostics, maxDiagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            DiagnosticTextWriter.WriteSummary(console, set.FileCount, diagnostics);
            console.WriteErrorLine($"negc: build failed; nothing was written.");
            return ExitCodes.ErrorsFound;
        }

        // Everything is generated in memory first, so a failure cannot leave half of the outputs new.
        var outputs = new List<(string Path, string Content)>();
        var names = OutputNames.For(set.Compilations);
        var classNames = set.Compilations.Zip(names).ToDictionary(pair => pair.First, pair => pair.Second.ClassName);
        for (var i = 0; i < set.Compilations.Length; i++)
        {
            var (compilation, name) = (set.Compilations[i], names[i]);
            console.Progress($"negc: generating {BuildProgress.Step(i, set.Compilations.Length)} {name.Name}");
            if (target is BuildTarget.All or BuildTarget.CSharp)
                outputs.Add((Path.Combine(outputDirectory, "csharp", name.CSharpFileName), CSharpModelEmitter.Emit(compilation, name, classNameOf: used => classNames[used])));
            if (target is BuildTarget.All or BuildTarget.Json)
                outputs.Add((Path.Combine(outputDirectory, "json", name.JsonFileName), RecordJsonWriter.Write(compilation, name.Name)));
        }

        if (target is BuildTarget.All or BuildTarget.Reports)
            outputs.AddRange(ReportCommand.Outputs(set, names, new ReportArguments(paths, outputDirectory, ReportFormat.All, AsOf: null), asOf: null, console));

        try
        {
            console.Progress($"negc: writing {outputs.Count} file(s)...");
            var written = OutputTransaction.Write(outputDirectory, outputs).Count(changed => changed);
            console.WriteLine($"Built {set.Compilations.Length} compilation(s) from {set.FileCount} file(s): {written} file(s) written, {outputs.Count - written} unchanged, in {outputDirectory}.");
            return ExitCodes.Success;
        }
        catch (OutputFolderException exception)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [exception.Error]);
            return ExitCodes.UsageOrIoError;
        }
    }
}
