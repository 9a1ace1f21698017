using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NegotiationDsl.Benchmarks.Incremental;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Syntax;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// Edits of every shape at and around strings, and chains of keystrokes, whether or not <see cref="NegotiationDsl.Binding.WrittenStringEdit"/>
/// lets the compilation carry its binding over: each compilation serves what a fresh compilation of the same text gives,
/// every symbol and diagnostic (<see cref="CopyCheck"/>), a copy reaches nothing of the version before, and no copy failed.
/// </summary>
public sealed class WrittenStringEditPropertyTests
{
    /// <summary>An edit no symbol's declaration holds: <see cref="CopyCheck.Differences"/> then compares every symbol and diagnostic.</summary>
    private static readonly SpanShift Nowhere = new(int.MaxValue, int.MaxValue, 0);

    /// <summary>What the edits write: the characters a string's lexing turns on, and letters of more than one byte or one char.</summary>
    private static readonly string[] Alphabet = ["e", "Z", " ", "\"", "\\", "\u0002", "\t", "é", "Ж", "\uD83D\uDE00", ";", "\n"];

    /// <summary>The sample and generated records without diagnostics in their trees, short enough to bind many times.</summary>
    private static readonly System.Lazy<string[]> Records = new(() =>
        IncrementalParsingTests.Texts.Value.Where(text => text.Length < 12_000 && SyntaxTree.Parse(SourceText.From(text, "record.neg")).Diagnostics.IsEmpty).ToArray());

    /// <summary>Each record's compilation, bound: the version before of every edit of it (a compilation never changes).</summary>
    private static readonly ConcurrentDictionary<string, Compilation> BoundRecords = new(System.StringComparer.Ordinal);

    [Fact]
    public void Random_edits_at_and_inside_strings_serve_what_a_fresh_compilation_gives()
    {
        var copied = 0;
        var gen =
            from text in Gen.OneOf(Records.Value)
            from which in Gen.Double.Unit
            from side in Gen.Int[0, 5]
            from inside in Gen.Double.Unit
            from deleted in Gen.Int[0, 3]
            from written in Gen.OneOf(Alphabet).Array[0, 3]
            select (Text: text, At: PlaceIn(text, which, side, inside), Deleted: deleted, Written: string.Concat(written));
        gen.Sample(edit =>
        {
            var deleted = System.Math.Min(edit.Deleted, edit.Text.Length - edit.At);
            var next = edit.Text.Remove(edit.At, deleted).Insert(edit.At, edit.Written);
            var before = BoundRecords.GetOrAdd(edit.Text, Bound);
            if (AssertServesWhatFreshGives(before, next).IsBoundByCopy) System.Threading.Interlocked.Increment(ref copied);
        }, iter: 300, threads: 1);

        Assert.True(copied > 0, "no random edit was bound by copy");
    }

    [Fact]
    public void A_run_of_keystrokes_in_one_statements_text_serves_what_a_fresh_compilation_gives_after_each()
    {
        const string start = "party USA state \"United States\";\nparty UK state \"United Kingdom\";\nmeeting \"Geneva\" 2022-01-10 with USA, UK <\n  USA says \"xy\" about \"arms\";\n  UK says \"no\";\n>\n";
        var at = start.IndexOf("xy", System.StringComparison.Ordinal) + 2;
        var text = start;
        var compilation = Bound(text);
        var copies = new List<bool>();
        // Letters, a backslash and a quote that break the string, deleted again, then letters of more than one char.
        foreach (var (deleted, written) in new (int, string)[]
                 {
                     (0, "n"), (0, "e"), (0, "g"), (0, " "), (0, "\\"), (0, "\""), (2, ""), (0, "é"), (0, "\t"), (0, "\uD83D\uDE00"), (2, ""),
                     (0, "Ж"), (1, ""), (1, ""), (0, "o"),
                 })
        {
            at -= deleted;
            text = text.Remove(at, deleted).Insert(at, written);
            at += written.Length;
            compilation = AssertServesWhatFreshGives(compilation, text);
            copies.Add(compilation.IsBoundByCopy);
        }

        Assert.Equal(new[] { true, true, true, true, false, false, false, true, true, true, true, true, true, true, true }, copies);
    }

    [Fact]
    public void A_u0002_typed_into_a_statements_text_binds_the_file()
    {
        const string text = "party USA state \"United States\";\nUSA says \"xy\";\n";
        var next = AssertServesWhatFreshGives(Bound(text), text.Replace("xy", "x\u0002y", System.StringComparison.Ordinal));

        Assert.False(next.IsBoundByCopy);
    }

    /// <summary>
    /// A place at or around the string picked by <paramref name="which"/> (its fraction of the text's strings): before its
    /// opening quote, just after it, inside (at <paramref name="inside"/>'s fraction), before its closing quote, after it.
    /// </summary>
    private static int PlaceIn(string text, double which, int side, double inside)
    {
        var strings = BoundRecords.GetOrAdd(text, Bound).SyntaxTrees[0].Root.DescendantTokens().Where(token => token.Kind == SyntaxKind.StringLiteralToken && !token.IsMissing).ToList();
        if (strings.Count == 0) return (int)(which * text.Length);
        var span = strings[(int)(which * strings.Count)].Span;
        return side switch
        {
            0 => span.Start,
            1 => span.Start + 1,
            2 or 3 => span.Start + 1 + (int)(inside * System.Math.Max(0, span.Length - 2)),
            4 => span.End - 1,
            _ => span.End,
        };
    }

    private static Compilation Bound(string text)
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(text, "record.neg"))]);
        _ = compilation.GetDiagnostics();
        return compilation;
    }

    /// <summary>
    /// <paramref name="before"/> with its file's text replaced by <paramref name="next"/> (through <see cref="Compilation.WithSyntaxTree"/>),
    /// checked against a fresh compilation of <paramref name="next"/>.
    /// </summary>
    private static Compilation AssertServesWhatFreshGives(Compilation before, string next)
    {
        var old = before.SyntaxTrees[0];
        var edited = old.WithChangedText(SourceText.From(next, old.FilePath));
        var root = edited.Root;
        var compilation = before.WithSyntaxTree(edited);
        var diagnostics = compilation.GetDiagnostics();
        var fresh = Bound(next);
        var problems = CopyCheck.Differences(fresh.Binding, compilation.Binding, Nowhere)
            .Concat(compilation.IsBoundByCopy ? CopyCheck.Problems(before.Symbols, old, compilation.Binding) : [])
            .Take(5).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nin the text:\n" + next[..System.Math.Min(next.Length, 2000)]);
        Assert.Null(compilation.CopyFailure);
        Assert.Equal(fresh.GetDiagnostics().Select(diagnostic => diagnostic.ToString()), diagnostics.Select(diagnostic => diagnostic.ToString()));
        System.GC.KeepAlive(root);
        return compilation;
    }
}
