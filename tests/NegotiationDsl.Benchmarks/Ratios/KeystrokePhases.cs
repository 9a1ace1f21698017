using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// Where a keystroke of R5 spends its time, step by step as the server takes it, outside the server: applying the
/// change to the text, parsing the new text from the tree before (beside a full parse of it, and copying the tree
/// alone, which the incremental parse includes), binding and checking the folder, ordering the diagnostics and
/// turning them into LSP diagnostics. What R5's time adds to their sum is protocol and bookkeeping.
/// </summary>
internal static class KeystrokePhases
{
    private const int Warmups = 4;

    public static void Log(TextWriter log, string path, string text, int edits)
    {
        var script = new KeystrokeScript(text, edits / 2);
        var (current, tree, root, compilation) = KeystrokeFile.Open(text, path);
        var publisher = new FolderDiagnostics(LanguageServerLimits.Default.DiagnosticsPerDocument);
        var steps = new[] { "apply change", "parse", "parse the whole text", "copy the tree", "bind and check", "order diagnostics", "LSP conversion" };
        var times = new List<double>[steps.Length];
        for (var step = 0; step < steps.Length; step++) times[step] = new List<double>();
        var oneMember = 0;
        var copied = 0;
        var bound = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < edits + Warmups; i++)
        {
            var change = script.Next(fullText: false);
            SourceText next = null!;
            SyntaxTree edited = null!;
            Compilation recompiled = null!;
            var before = root;
            double[] timed =
            [
                Interleaved.Time(() => next = LspLines.Changed(current, [change])),
                Interleaved.Time(() => edited = tree.WithChangedText(next)),
                Interleaved.Time(() => SyntaxTree.Parse(next)),
                Interleaved.Time(() => NodeCopier.Move(before, 1)),
                Interleaved.Time(() => _ = (recompiled = compilation.WithSyntaxTree(edited)).Symbols),
                Interleaved.Time(() => recompiled.GetDiagnostics()),
                Interleaved.Time(() => publisher.Get(recompiled)),
            ];
            var textChange = TextChange.Between(current.Text, next.Text);
            if (IncrementalParser.TryReparse(root, next, textChange) is not null) oneMember++;
            if (recompiled.IsBoundByCopy) copied++;
            else bound[TypedInto(edited, textChange.Span.Start)] = bound.GetValueOrDefault(TypedInto(edited, textChange.Span.Start)) + 1;
            if (i >= Warmups)
            {
                for (var step = 0; step < steps.Length; step++) times[step].Add(timed[step]);
            }

            current = next;
            tree = edited;
            root = edited.Root;
            compilation = recompiled;
        }

        var line = new System.Text.StringBuilder(string.Create(CultureInfo.InvariantCulture, $"R5 steps of a keystroke (medians of {edits} edits, ms):"));
        for (var step = 0; step < steps.Length; step++) line.Append(CultureInfo.InvariantCulture, $" {steps[step]} {Interleaved.Median(times[step]):F2}{(step < steps.Length - 1 ? "," : ";")}");
        line.Append(CultureInfo.InvariantCulture, $" {oneMember} of {edits + Warmups} edits parsed one member, {copied} bound by copy (the rest typed into: {string.Join(", ", bound.Select(item => $"{item.Key} {item.Value}"))}); {compilation.GetDiagnostics().Length} diagnostics, {compilation.Symbols.Length} symbols");
        log.WriteLine(line.ToString());
    }

    /// <summary>What holds the string an edit at <paramref name="position"/> typed into: its parent's kind, and the clause's for a clause's value.</summary>
    private static string TypedInto(SyntaxTree tree, int position) => tree.Root.FindToken(position).Parent switch
    {
        StringLiteralSyntax { Parent: KeywordClauseSyntax clause } => clause.Parent?.Kind + " " + clause.Kind,
        StringLiteralSyntax { Parent: { } holder } => holder.Kind.ToString(),
        var other => "no string (" + other?.Kind + ")",
    };
}
