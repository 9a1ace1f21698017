using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Cli.CommandLine;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Cli.Output.Diff;
using NegotiationDsl.Hosting.Output.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Formatting;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.Hosting;

namespace NegotiationDsl.Cli.Commands;

/// <summary>
/// <c>negc format &lt;files or folders, or -&gt; [--check|--diff]</c>: rewrite records in the one style (see
/// <see cref="Formatter"/>), each file atomically with its mode and owner, through links that stay inside the folder
/// named (<see cref="RewriteTarget"/>). Files with syntax errors are left untouched. With
/// <c>--check</c> or <c>--diff</c> nothing is written and the exit code is 1 when a file would change (for CI); <c>--diff</c> prints
/// what would change as a unified diff.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = ".neg files or folders (searched recursively), or - for one record from standard input", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit with 1 when a file is not formatted" };
        var diff = new Option<bool>("--diff") { Description = "Write nothing; print a unified diff of what would change, and exit with 1 when a file is not formatted" };
        var stdinName = StandardInputArgument.CreateNameOption();
        var command = new Command("format", "Format records in the one .neg style; files with syntax errors are left untouched. 'format -' prints the formatted record.") { paths, check, diff, stdinName };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(diff) ? FormatMode.Diff : result.GetValue(check) ? FormatMode.Check : FormatMode.Write,
            console, AtomicFileWriter.Write, result.GetValue(stdinName)));
        return command;
    }

    /// <param name="write">Writes a file atomically (injected so tests can make writing fail).</param>
    /// <param name="stdinName">The file the record of <c>-</c> stands for (<see cref="StandardInputArgument"/>).</param>
    public static int Run(IReadOnlyList<string> paths, FormatMode mode, CliConsole console, Func<string, string, bool> write, string? stdinName = null)
    {
        if (StandardInputArgument.Problem(paths, stdinName) is { } problem)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [problem]);
            return ExitCodes.UsageOrIoError;
        }

        if (StandardInputArgument.IsGiven(paths)) return RunOnStandardInput(StandardInputArgument.Read(console, stdinName), mode, console);

        // Each record keeps the root it was found under (a folder named, or a file's own folder): links are written through only inside it.
        var collected = SourceFileCollector.Collect(paths);
        var loaded = SourceLoader.LoadEach(collected.Files);
        var toolErrors = collected.Errors.Concat(loaded.Select(file => file.Error).OfType<Diagnostic>()).ToList();
        int changed = 0, unchanged = 0, broken = 0;
        var written = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < loaded.Length; i++)
        {
            if (loaded[i].Tree is not { } tree) continue;
            if (!Formatter.CanFormat(tree))
            {
                broken++;
                console.WriteErrorLine($"negc: {tree.FilePath}: not formatted: it has syntax errors (run 'negc check').");
                continue;
            }

            var formatted = Formatter.Format(tree);
            if (formatted == tree.Text.Text)
            {
                unchanged++;
                continue;
            }

            changed++;
            if (mode == FormatMode.Diff)
            {
                DiffWriter.Write(console, tree.FilePath, UnifiedDiff.Hunks(tree.Text.Text, formatted));
                continue;
            }

            if (mode == FormatMode.Check)
            {
                console.WriteLine($"would reformat {tree.FilePath}");
                continue;
            }

            try
            {
                if (RewriteTarget.Resolve(collected.Files[i], out var target) is { } refused)
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
                console.WriteLine($"formatted {tree.FilePath}");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                changed--;
                toolErrors.Add(DiagnosticCatalog.WriteFailed(tree.FilePath, exception.Message));
            }
        }

        DiagnosticTextWriter.WriteToolErrors(console, toolErrors);
        // A diff is all --diff prints on standard output, so that it can go straight to patch.
        if (mode != FormatMode.Diff) WriteSummary(console, mode, changed, unchanged, broken);

        if (toolErrors.Count > 0) return ExitCodes.UsageOrIoError;
        return broken > 0 || (mode != FormatMode.Write && changed > 0) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>
    /// <c>format -</c>: the record read through the input layer like a file, and the formatted text printed instead of
    /// written back (with <c>--check</c> and <c>--diff</c>, what they print for a file).
    /// </summary>
    private static int RunOnStandardInput(StandardInputRecord record, FormatMode mode, CliConsole console)
    {
        var collected = SourceFileCollector.Collect([record.Path], record.Files);
        var loaded = SourceLoader.LoadEach(collected.Files, record.Files);
        var errors = collected.Errors.Concat(loaded.Select(file => file.Error).OfType<Diagnostic>()).ToList();
        if (errors.Count > 0 || loaded is not [{ Tree: { } tree }])
        {
            DiagnosticTextWriter.WriteToolErrors(console, errors);
            return ExitCodes.UsageOrIoError;
        }

        if (!Formatter.CanFormat(tree))
        {
            console.WriteErrorLine($"negc: {tree.FilePath}: not formatted: it has syntax errors (run 'negc check').");
            return ExitCodes.ErrorsFound;
        }

        var formatted = Formatter.Format(tree);
        var changed = formatted != tree.Text.Text;
        switch (mode)
        {
            case FormatMode.Diff:
                DiffWriter.Write(console, tree.FilePath, UnifiedDiff.Hunks(tree.Text.Text, formatted));
                break;
            case FormatMode.Check:
                if (changed) console.WriteLine($"would reformat {tree.FilePath}");
                WriteSummary(console, mode, changed ? 1 : 0, changed ? 0 : 1, broken: 0);
                break;
            default:
                WriteRecord(console, formatted);
                return ExitCodes.Success;
        }

        return changed ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>
    /// The formatted record as it is into a pipe or a file; on a terminal with its hidden characters by code, like any
    /// record text negc shows there (a comment may hold an escape sequence).
    /// </summary>
    private static void WriteRecord(CliConsole console, string formatted)
    {
        if (!console.IsTerminal)
        {
            console.Output.Write(formatted);
            return;
        }

        foreach (var line in LineDiff.SplitLines(formatted))
            console.WriteLine($"{new TerminalText(DiffWriter.EscapeKeepingTabs(line.TrimEnd('\n')))}");
    }

    private static void WriteSummary(CliConsole console, FormatMode mode, int changed, int unchanged, int broken)
    {
        var skipped = broken > 0 ? $", {broken} with syntax errors left untouched" : "";
        if (mode == FormatMode.Check) console.WriteLine($"{changed} file(s) would be reformatted, {unchanged} already formatted{new TerminalText(skipped)}.");
        else console.WriteLine($"{changed} file(s) formatted, {unchanged} unchanged{new TerminalText(skipped)}.");
    }
}
