using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Hosting.Output.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Formatting;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.Hosting;

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
            if (check)
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
        var skipped = broken > 0 ? $", {broken} with syntax errors left untouched" : "";
        if (check) console.WriteLine($"{changed} file(s) would be reformatted, {unchanged} already formatted{new TerminalText(skipped)}.");
        else console.WriteLine($"{changed} file(s) formatted, {unchanged} unchanged{new TerminalText(skipped)}.");

        if (toolErrors.Count > 0) return ExitCodes.UsageOrIoError;
        return broken > 0 || (check && changed > 0) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }
}
