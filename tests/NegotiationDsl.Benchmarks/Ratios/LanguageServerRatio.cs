using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Benchmarks.Equivalents;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// R5: one keystroke in a 10,000-line file, from sending <c>textDocument/didChange</c> to receiving the
/// <c>textDocument/publishDiagnostics</c> of that version, through the real server over JSON-RPC, against
/// Roslyn parsing the same file's C# equivalent (<see cref="CSharpEquivalent"/>). Keystrokes and Roslyn runs alternate.
/// </summary>
internal static class LanguageServerRatio
{
    private const int FileLines = 10_000;
    private const int Keystrokes = 60;
    private const int Warmups = 10;

    public static RatioResult Measure(RatioContext context)
    {
        var folder = Path.Combine(context.WorkDirectory, "lsp-10k");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "negotiations.neg");
        var text = LargeRecordFile.Generate(FileLines, seed: 0);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        CompileWithoutErrors(path, text);
        var equivalents = FileEquivalents.For([(path, text)]);
        var csharp = equivalents.CSharp[0];
        var lines = LargeRecordFile.CountLines(text);

        using var server = InProcessLanguageServer.Start(folder);
        var uri = DocumentUris.FromPath(path);
        var opened = server.Expect(uri, 1);
        server.Open(uri, text);
        var first = opened.GetAwaiter().GetResult();
        if (Array.Exists(first.Diagnostics, diagnostic => diagnostic.Severity == LspDiagnosticSeverity.Error))
            throw new InvalidOperationException("the server reports errors in the generated file");

        var script = new KeystrokeScript(text, Keystrokes / 2);
        var version = 1;
        for (var i = 0; i < Warmups; i++)
        {
            Keystroke(server, script, uri, ++version);
            ParseCSharp(csharp);
        }

        var keystrokes = new List<double>(Keystrokes);
        var roslyn = new List<double>(Keystrokes);
        var pairs = new PairedTimes();
        for (var i = 0; i < Keystrokes; i++)
        {
            keystrokes.Add(Keystroke(server, script, uri, ++version));
            roslyn.Add(Interleaved.Time(() => ParseCSharp(csharp)));
            pairs.Add(keystrokes[^1], roslyn[^1]);
        }

        // What the server cannot avoid (parse and check the edited file), to show how much is protocol and bookkeeping.
        var compile = new List<double>(Warmups);
        for (var i = 0; i < Warmups; i++) compile.Add(Interleaved.Time(() => CompileWithoutErrors(path, text)));

        // Where a keystroke's time goes, step by step (docs/performance.md, "A keystroke in a large file").
        KeystrokePhases.Log(context.Log, path, text, Keystrokes / 2);
        var p95 = Interleaved.Percentile(keystrokes, 0.95);
        var p50 = Interleaved.Median(keystrokes);
        var roslynMedian = Interleaved.Median(roslyn);
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"R5: keystroke to diagnostics p50 {p50:F1} ms, p95 {p95:F1} ms over {Keystrokes} edits; Roslyn ParseText median {roslynMedian:F1} ms; parse and check alone median {Interleaved.Median(compile):F1} ms"));
        return new RatioResult("R5", p50 / roslynMedian, 0.5, string.Create(CultureInfo.InvariantCulture,
            $"didChange to publishDiagnostics p50 {p50:F1} ms, p95 {p95:F1} ms in a {lines}-line file ({text.Length / 1e3:F0} K chars, sync kind {server.ChangeKind}); Roslyn ParseText median {roslynMedian:F1} ms for its C# equivalent"), pairs.Spread, [equivalents.Size.CSharp]);
    }

    /// <summary>One edit, timed from sending it until the diagnostics of its version arrive.</summary>
    private static double Keystroke(InProcessLanguageServer server, KeystrokeScript script, string uri, int version)
    {
        var change = script.Next(fullText: server.ChangeKind == 1);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var published = server.Expect(uri, version);
        server.Change(uri, version, change);
        published.GetAwaiter().GetResult();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static int ParseCSharp(string csharp) => CSharpSyntaxTree.ParseText(csharp).GetRoot().FullSpan.Length;

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
}
