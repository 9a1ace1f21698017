using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Benchmarks.Equivalents;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// R5: one keystroke in a 10,000-line file, from sending <c>textDocument/didChange</c> to receiving the
/// <c>textDocument/publishDiagnostics</c> of that version, through the real <c>negc lsp</c> process over stdio
/// (<see cref="NegcLspProcess"/>, started as users get it), against Roslyn parsing the same file's C# equivalent
/// (<see cref="CSharpEquivalent"/>). The same keystroke through the server in this process is logged beside it, which
/// shows what the process and its runtime settings add. Keystrokes and Roslyn runs alternate.
/// </summary>
internal static class LanguageServerRatio
{
    private const int FileLines = 10_000;
    private const int Keystrokes = 60;
    private const int Warmups = 10;

    public static RatioResult Measure(RatioContext context)
    {
        var file = LargeFile.Write(context);
        var negcDll = NegcDll(context);
        using var process = NegcLspProcess.Start(negcDll, file.Folder, LanguageServerSettings.Shipped.Environment);
        using var inProcess = InProcessLanguageServer.Start(file.Folder);
        // No WhenDiskIdle for a server in another process: its workspace folder holds only this file, and KeystrokeSession
        // waits for the first diagnostics of the opened file, which the server publishes once the folder's read is merged;
        // whatever of the first read is left (its JIT, its tiering) falls in the warm-ups.
        var real = new KeystrokeSession(process.Client, file.Path, file.Text, Keystrokes / 2);
        var local = new KeystrokeSession(inProcess.Client, file.Path, file.Text, Keystrokes / 2);
        var times = Interleaved.Rotate(Keystrokes, Warmups, real.Keystroke, () => Interleaved.Time(() => ParseCSharp(file.CSharp)), local.Keystroke);
        var (keystrokes, roslyn, inProcessKeystrokes) = (times[0], times[1], times[2]);
        var pairs = new PairedTimes();
        for (var i = 0; i < Keystrokes; i++) pairs.Add(keystrokes[i], roslyn[i]);

        var peak = process.PeakResidentMegabytes();

        // What the server cannot avoid (parse and check the edited file), to show how much is protocol and bookkeeping.
        var compile = new List<double>(Warmups);
        for (var i = 0; i < Warmups; i++) compile.Add(Interleaved.Time(() => CompileWithoutErrors(file.Path, file.Text)));

        // Where a keystroke's time goes, step by step (docs/performance.md, "A keystroke in a large file").
        KeystrokePhases.Log(context.Log, file.Path, file.Text, Keystrokes / 2);
        var p95 = Interleaved.Percentile(keystrokes, 0.95);
        var p50 = Interleaved.Median(keystrokes);
        var roslynMedian = Interleaved.Median(roslyn);
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"R5: keystroke to diagnostics p50 {p50:F1} ms, p95 {p95:F1} ms over {Keystrokes} edits (negc lsp, {LanguageServerSettings.Shipped.Name}, peak RSS {peak:F0} MB); in this process p50 {Interleaved.Median(inProcessKeystrokes):F1} ms, p95 {Interleaved.Percentile(inProcessKeystrokes, 0.95):F1} ms; Roslyn ParseText median {roslynMedian:F1} ms; parse and check alone median {Interleaved.Median(compile):F1} ms"));
        return new RatioResult("R5", p50 / roslynMedian, 0.5, string.Create(CultureInfo.InvariantCulture,
            $"didChange to publishDiagnostics p50 {p50:F1} ms, p95 {p95:F1} ms of `dotnet negc.dll lsp` over stdio in a {file.Lines}-line file ({file.Text.Length / 1e3:F0} K chars, sync kind {process.Client.ChangeKind}); Roslyn ParseText median {roslynMedian:F1} ms for its C# equivalent"), pairs.Spread, [file.CSharpSize]);
    }

    /// <summary>
    /// negc.dll as the universal VS Code extension ships it and runs it with <c>dotnet</c> (<see cref="PublishedNegc.PortableDll"/>);
    /// the platform extensions run the same code self-contained.
    /// </summary>
    public static string NegcDll(RatioContext context) => PublishedNegc.PortableDll(context);

    public static int ParseCSharp(string csharp) => CSharpSyntaxTree.ParseText(csharp).GetRoot().FullSpan.Length;

    private static Compilation CompileWithoutErrors(string path, string text)
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(text, path))]);
        var errors = 0;
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error) errors++;
        }

        if (errors > 0) throw new InvalidOperationException($"the generated {FileLines}-line file has {errors} errors; fix LargeRecordFile");
        return compilation;
    }

    /// <summary>R5's file in its own folder of the work folder, with its C# equivalent.</summary>
    internal sealed record LargeFile(string Folder, string Path, string Text, int Lines, string CSharp, EquivalentSize CSharpSize)
    {
        public static LargeFile Write(RatioContext context)
        {
            var folder = System.IO.Path.Combine(context.WorkDirectory, "lsp-10k");
            Directory.CreateDirectory(folder);
            var path = System.IO.Path.Combine(folder, "negotiations.neg");
            var text = LargeRecordFile.Generate(FileLines, seed: 0);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            CompileWithoutErrors(path, text);
            var equivalents = FileEquivalents.For([(path, text)]);
            return new LargeFile(folder, path, text, LargeRecordFile.CountLines(text), equivalents.CSharp[0], equivalents.Size.CSharp);
        }
    }
}
