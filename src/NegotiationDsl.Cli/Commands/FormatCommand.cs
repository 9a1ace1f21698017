using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NegotiationDsl.Cli.Input;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Cli.Output.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Formatting;

namespace NegotiationDsl.Cli.Commands;

/// <summary>
/// <c>negc format &lt;files or folders&gt; [--check]</c>: rewrite records in the one style (see
/// <see cref="Formatter"/>), each file atomically with its mode and owner, through links that stay inside the folder
/// named (<see cref="RewriteTarget"/>). Files with syntax errors are left untouched. With
/// <c>--check</c> nothing is written and the exit code is 1 when a file would change (for CI).
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = ".neg files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit with 1 when a file is not formatted" };
        var command = new Command("format", "Format records in the one .neg style; files with syntax errors are left untouched.") { paths, check };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(check), console, AtomicFileWriter.Write));
        return command;
    }

    /// <param name="write">Writes a file atomically (injected so tests can make writing fail).</param>
    public static int Run(IReadOnlyList<string> paths, bool check, CliConsole console, Func<string, string, bool> write)
    {
        var (files, roots, collectErrors) = CollectWithRoots(paths);
        var (trees, readErrors) = SourceLoader.Load(files);
        var toolErrors = collectErrors.Concat(readErrors).ToList();
        int changed = 0, unchanged = 0, broken = 0;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            if (!Formatter.CanFormat(tree))
            {
                broken++;
                console.Error.WriteLine($"negc: {tree.FilePath}: not formatted: it has syntax errors (run 'negc check').");
                continue;
            }

            var formatted = Formatter.Format(tree);
            if (formatted == tree.Text.Text)
            {
                unchanged++;
                continue;
            }

            changed++;
            if (check)
            {
                console.Output.WriteLine($"would reformat {tree.FilePath}");
                continue;
            }

            try
            {
                if (RewriteTarget.Resolve(tree.FilePath, roots[tree.FilePath], out var target) is { } refused)
                {
                    changed--;
                    toolErrors.Add(refused);
                    continue;
                }

                // A record read under two names (a link and its target) is written once.
                if (!written.Add(target))
                {
                    changed--;
                    unchanged++;
                    continue;
                }

                write(target, formatted);
                console.Output.WriteLine($"formatted {tree.FilePath}");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                changed--;
                toolErrors.Add(new ToolError(DiagnosticCatalog.WriteFailedDescriptor, tree.FilePath, tree.FilePath, exception.Message));
            }
        }

        DiagnosticTextWriter.WriteToolErrors(console, toolErrors);
        var skipped = broken > 0 ? $", {broken} with syntax errors left untouched" : "";
        console.Output.WriteLine(check
            ? $"{changed} file(s) would be reformatted, {unchanged} already formatted{skipped}."
            : $"{changed} file(s) formatted, {unchanged} unchanged{skipped}.");

        if (toolErrors.Count > 0) return ExitCodes.UsageOrIoError;
        return broken > 0 || (check && changed > 0) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>
    /// The records under each path, with the folder each was found in as the user named it (a file's own folder
    /// for a file): formatting writes through a link only to a file inside that folder. Keyed by the path trees show.
    /// </summary>
    private static (List<RecordFile> Files, Dictionary<string, string> Roots, List<ToolError> Errors) CollectWithRoots(IReadOnlyList<string> paths)
    {
        var files = new List<RecordFile>();
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<ToolError>();
        foreach (var path in paths)
        {
            var collected = SourceFileCollector.Collect([path]);
            errors.AddRange(collected.Errors);
            var root = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
            foreach (var file in collected.Files)
            {
                if (roots.TryAdd(SourceFileCollector.DisplayPath(file.Path), root)) files.Add(file);
            }
        }

        return (files, roots, errors);
    }
}
