using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// A thread's parses reuse the lexer's tokens (<see cref="ReusedLexing"/>), so nothing may hold a token once its parse
/// returned: not the tree, not a diagnostic, not keyword repair, not error recovery's conjured tokens, not an incremental
/// member parse, not <see cref="SyntaxTree.ParseTokens"/>. Each text is parsed on fresh tokens, on reused ones, and on
/// tokens poisoned (an impossible kind and span, no text) as soon as the parse returns; trees, diagnostics and token
/// lists are printed only after every parse of a round, and must be the same all three ways.
/// </summary>
public sealed class TokenReuseTests
{
    private static readonly Lazy<string[]> Texts = new(() =>
    {
        var records = RoundTripTests.AllRecordFiles().Select(row => File.ReadAllText(Path.Combine(RepoPaths.Root, (string)row[0]))).ToArray();
        var generated = Enumerable.Range(0, 200).Select(seed => ProgramGenerator.Generate(new Random(seed))).ToArray();
        var random = new Random(37);
        var geneva = File.ReadAllText(Path.Combine(RepoPaths.Examples, "geneva-2022", "geneva-2022.neg"));
        // Texts with errors: cut anywhere, misspelt keywords (keyword repair), and junk (recovery, lexical errors).
        var cut = Enumerable.Range(0, 60).Select(_ => geneva.Substring(0, random.Next(geneva.Length)));
        var misspelt = generated.Take(60).Select(text => text.Replace(" says ", " sayz ").Replace("meeting ", "meting ").Replace(" commits ", " comits "));
        string[] pieces = ["\n", "\r\n", " ", "\"", "\\", "/*", "*/", "//", ";", "<", ">", "a", "says", "meeting", "Лавров", "2022-01-21", "#", "\uD800", "by", ","];
        var junk = Enumerable.Range(0, 200).Select(_ =>
        {
            var text = new StringBuilder();
            var count = random.Next(60);
            for (var j = 0; j < count; j++) text.Append(pieces[random.Next(pieces.Length)]);
            return text.ToString();
        });
        return records.Concat(generated).Concat(cut).Concat(misspelt).Concat(junk)
            .Concat(CorpusGenerator.GenerateFolder(3, 4).Select(file => file.Text)).Concat(PastTheKeptTokens()).ToArray();
    });

    /// <summary>
    /// A text of more tokens than a thread keeps (<see cref="SlimTokenFactory.MaxKeptTokens"/>), so tokens are made past
    /// the cap and the token list grown past it is dropped, and the same text broken (a misspelt keyword and junk) in
    /// its last lines, where the errors fall past the cap.
    /// </summary>
    private static string[] PastTheKeptTokens()
    {
        var lines = Enumerable.Range(0, SlimTokenFactory.MaxKeptTokens / 2).Select(i => $"Party{i % 7} says \"point {i}\";\n").ToList();
        var large = string.Concat(lines);
        lines[^3] = "Party1 sayz \"misspelt\";\n";
        lines[^2] = "Party2 says # \"junk\" ;;\n";
        return [large, string.Concat(lines)];
    }

    [Fact]
    public void Parses_on_reused_and_poisoned_tokens_give_what_fresh_tokens_give()
    {
        var texts = Texts.Value;
        var fresh = Describe(TokenAfterParse.Fresh, texts);

        Assert.Equal(fresh, Describe(TokenAfterParse.Reused, texts));
        Assert.Equal(fresh, Describe(TokenAfterParse.Poisoned, texts));
        Assert.Contains(texts, text => SyntaxTree.ParseText(text).Diagnostics.Any(d => d.Code == "NEG1007"));
        var pastTheCap = texts.Where(text => SyntaxTree.ParseTokens(text).Length > SlimTokenFactory.MaxKeptTokens).ToArray();
        Assert.Contains(pastTheCap, text => SyntaxTree.ParseText(text).Diagnostics.IsEmpty);
        Assert.Contains(pastTheCap, text => SyntaxTree.ParseText(text).Diagnostics.Any(d => d.Location.Span.Start > EndOfKeptTokens(text)));
    }

    /// <summary>Where the first <see cref="SlimTokenFactory.MaxKeptTokens"/> tokens of <paramref name="text"/> end.</summary>
    private static int EndOfKeptTokens(string text) => SyntaxTree.ParseTokens(text)[SlimTokenFactory.MaxKeptTokens].Span.Start;

    [Fact]
    public void Parallel_parses_each_reuse_their_own_threads_tokens()
    {
        var texts = Texts.Value;
        var fresh = Describe(TokenAfterParse.Fresh, texts);
        var parsed = new (SyntaxTree Tree, string Tokens)[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            parsed[i] = (SyntaxTree.ParseText(texts[i], "test.neg"), Print(SyntaxTree.ParseTokens(texts[i]))));

        Assert.Equal(fresh, parsed.Select(Print).ToArray());
    }

    [Fact]
    public void Incremental_parses_on_reused_and_poisoned_tokens_give_what_fresh_tokens_give()
    {
        var random = new Random(2537);
        var edits = Texts.Value.Where(text => text.Length > 40).Take(300).Select(text =>
        {
            // Inside a string literal where there is one (the member is parsed alone), else anywhere.
            var quote = text.IndexOf('"', random.Next(text.Length / 2));
            var at = quote > 0 && quote + 1 < text.Length ? quote + 1 : random.Next(text.Length);
            return (Before: text, After: text.Insert(at, random.Next(2) == 0 ? "e" : "x; Y says \"z"));
        }).ToArray();
        var before = edits.Select(edit => SyntaxTree.ParseText(edit.Before, "test.neg")).ToArray();

        var fresh = Reparse(TokenAfterParse.Fresh, before, edits.Select(edit => edit.After));

        Assert.Equal(fresh, Reparse(TokenAfterParse.Reused, before, edits.Select(edit => edit.After)));
        Assert.Equal(fresh, Reparse(TokenAfterParse.Poisoned, before, edits.Select(edit => edit.After)));
        Assert.Contains(edits.Zip(before), pair => pair.Second.Diagnostics.IsEmpty &&
            IncrementalParser.TryReparse(pair.Second.Root, SourceText.From(pair.First.After, "test.neg"), TextChange.Between(pair.First.Before, pair.First.After)) is not null);
    }

    [Fact]
    public void A_thread_keeps_neither_the_text_nor_a_large_files_worth_of_tokens()
    {
        var large = string.Concat(Enumerable.Repeat("X says \"a\";\n", SlimTokenFactory.MaxKeptTokens));
        var text = ParseAndForget(large);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(text.IsAlive, "the thread's lexing still holds the last text");
        var (tokens, listCapacity) = ReusedLexing.TestHooks.HeldOnThisThread;
        Assert.InRange(tokens, 1, SlimTokenFactory.MaxKeptTokens);
        Assert.InRange(listCapacity, 0, SlimTokenFactory.MaxKeptTokens);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ParseAndForget(string text)
    {
        var copy = new string(text.AsSpan());
        Assert.True(SyntaxTree.ParseText(copy).Diagnostics.IsEmpty);
        return new WeakReference(copy);
    }

    /// <summary>Every text parsed and tokenized in <paramref name="mode"/>, printed only after the last one was parsed.</summary>
    private static string[] Describe(TokenAfterParse mode, string[] texts)
    {
        var parsed = WithTokens(mode, () => texts.Select(text => (SyntaxTree.ParseText(text, "test.neg"), Print(SyntaxTree.ParseTokens(text)))).ToArray());
        return parsed.Select(Print).ToArray();
    }

    private static string[] Reparse(TokenAfterParse mode, SyntaxTree[] before, IEnumerable<string> after)
    {
        var edited = WithTokens(mode, () => before.Zip(after, (tree, text) => tree.WithChangedText(SourceText.From(text, "test.neg"))).ToArray());
        return edited.Select(tree => Print((tree, ""))).ToArray();
    }

    private static T WithTokens<T>(TokenAfterParse mode, Func<T> parse)
    {
        ReusedLexing.TestHooks.AfterParse = mode;
        try
        {
            return parse();
        }
        finally
        {
            ReusedLexing.TestHooks.AfterParse = TokenAfterParse.Reused;
        }
    }

    private static string Print((SyntaxTree Tree, string Tokens) parsed) =>
        SyntaxTreePrinter.Print(parsed.Tree.Root) + "\n" + string.Join("\n", parsed.Tree.Diagnostics.Select(d => d.ToString())) + "\n" + parsed.Tokens;

    private static string Print(IEnumerable<SyntaxToken> tokens) =>
        string.Join(" ", tokens.Select(token => $"{token.Kind}@{token.Span}:{token.ToFullString()}"));
}
