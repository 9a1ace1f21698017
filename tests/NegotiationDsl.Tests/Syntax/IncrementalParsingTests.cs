using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// <see cref="SyntaxTree.WithChangedText"/> parses again only the member an edit fell in and copies the rest. Whatever
/// the edit, the tree must be the one a full parse of the new text gives: kinds, spans, text, trivia and diagnostics,
/// with every node's parent in the new tree and the tree before untouched.
/// </summary>
public sealed class IncrementalParsingTests
{
    /// <summary>What an edit may insert: letters, and everything that can move a member's boundaries.</summary>
    private static readonly string[] Insertions =
    {
        "e", "x", "é", "Лавров", " ", "\n", "\r\n", "\"", "\\", "\\\"", ";", "<", ">", ",", ":", "..", "/*", "*/", "//", "@", "\uD83D\uDE00",
        "says", "commits", "meeting", "talks", " by next_week", " on 2022-01-21", "2022", "a.b", "Blinken", "; X says \"y\"",
    };

    /// <summary>Every example and documentation sample, generated programs and a corpus folder: what the edits of the incremental tests go into.</summary>
    internal static readonly Lazy<string[]> Texts = new(() =>
        RoundTripTests.AllRecordFiles().Select(row => File.ReadAllText(Path.Combine(RepoPaths.Root, (string)row[0])))
            .Concat(Enumerable.Range(0, 40).Select(seed => ProgramGenerator.Generate(new Random(seed))))
            .Concat(CorpusGenerator.GenerateFolder(3, 4).Select(file => file.Text))
            .ToArray());

    [Fact]
    public void A_letter_typed_into_any_string_and_deleted_again_gives_the_tree_of_a_full_parse()
    {
        var reparsed = 0;
        var edits = 0;
        foreach (var text in Texts.Value)
        {
            foreach (var inside in StringInteriors(text).Take(40))
            {
                var typed = text.Insert(inside, "e");
                if (AssertSameAsFullParse(text, typed)) reparsed++;
                AssertSameAsFullParse(typed, text);
                edits++;
            }
        }

        // A keystroke in a string of a valid record is the case this is for: nearly all of them reparse one member.
        Assert.True(reparsed > edits * 3 / 4, $"{reparsed} of {edits} keystrokes reparsed one member");
    }

    [Fact]
    public void Random_single_edits_give_the_tree_of_a_full_parse()
    {
        var reparsed = 0;
        var gen =
            from text in Gen.OneOf(Texts.Value)
            from place in Gen.Double.Unit
            from length in Gen.Int[0, 12]
            from kind in Gen.Int[0, 2]
            from insertion in Gen.OneOf(Insertions)
            select Edit(text, place, length, kind, insertion);
        gen.Sample(edit =>
        {
            if (AssertSameAsFullParse(edit.Before, edit.After)) reparsed++;
        }, iter: 2000);

        Assert.True(reparsed > 0, "no random edit reparsed one member");
    }

    [Theory]
    [InlineData("X says \"abc\";\nY says \"def\";\n", "X says \"ab\"c\";\nY says \"def\";\n")]
    [InlineData("X says \"abc\";\nY says \"def\";\n", "X says \"ab/*c\";\nY says \"def\";\n")]
    [InlineData("X says \"abc\";\nY says \"def\";\n", "X says \"ab; Z says \"c\";\nY says \"def\";\n")]
    [InlineData("X says \"abc\";\nY says \"def\";\n", "X says \"ab\" /* c\";\nY says \"def\";\n")]
    [InlineData("meeting Geneva < X says \"abc\"; >\nY says \"def\";\n", "meeting Geneva < X says \"ab>c\"; >\nY says \"def\";\n")]
    [InlineData("meeting Geneva < X says \"abc\"; >\nY says \"def\";\n", "meeting Geneva < X says \"abc\"; > >\nY says \"def\";\n")]
    [InlineData("talks \"t\" < meeting Geneva < X says \"abc\"; > >\n", "talks \"t\" < meeting Geneva < X says \"abc\" by next_week; > >\n")]
    [InlineData("talks \"t\" < meeting Geneva < X says \"abc\"; > >\n", "talks \"t\" < meeting Geneva < X says \"abc\"; Y says \"d\"; > >\n")]
    [InlineData("X says \"abc\"; // note\nY says \"def\";\n", "X says \"abc\"; // note \"\nY says \"def\";\n")]
    [InlineData("label: X says \"abc\";\n", "labels: X says \"abc\";\n")]
    [InlineData("X says \"abc\";\n", "X says \"a\u0001bc\";\n")]
    [InlineData("X says \"abc\";\n", "X says \"a\\qbc\";\n")]
    public void Edits_that_may_move_a_boundary_give_the_tree_of_a_full_parse(string before, string after)
    {
        AssertSameAsFullParse(before, after);
    }

    [Fact]
    public void A_keystroke_in_a_statement_of_a_meeting_reparses_only_that_statement()
    {
        const string before = "talks \"t\" < meeting Geneva < X says \"abc\"; Y says \"def\"; > >\n";
        var after = before.Replace("\"def\"", "\"deef\"", StringComparison.Ordinal);
        var tree = SyntaxTree.ParseText(before, "test.neg");
        var root = IncrementalParser.TryReparse(tree.Root, SourceText.From(after, "test.neg"), TextChange.Between(before, after));

        Assert.NotNull(root);
        Assert.Equal(after, root.ToFullString());
    }

    [Fact]
    public void Every_node_type_is_copied_to_the_same_tree_moved_by_an_offset()
    {
        var seen = new HashSet<Type>();
        foreach (var text in Texts.Value)
        {
            var root = SyntaxTree.ParseText(text, "test.neg").Root;
            var copy = NodeCopier.Move(root, 0);
            Assert.Equal(SyntaxTreePrinter.Print(root), SyntaxTreePrinter.Print(copy));
            AssertParentsAreOwn(copy);
            var moved = NodeCopier.Move(root, 7);
            Assert.Equal(root.DescendantTokens().Select(token => token.FullSpan.Start + 7), moved.DescendantTokens().Select(token => token.FullSpan.Start));
            Assert.Equal(root.DescendantNodesAndSelf().Select(node => node.Kind), moved.DescendantNodesAndSelf().Select(node => node.Kind));
            foreach (var node in root.DescendantNodesAndSelf()) seen.Add(node.GetType());
        }

        // A node type that no text here has would be copied by no test: its WithChildren needs a text with it.
        var all = typeof(SyntaxNode).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(SyntaxNode)) && !type.IsAbstract);
        Assert.Empty(all.Except(seen).Select(type => type.Name));
    }

    private static bool AssertSameAsFullParse(string before, string after)
    {
        var old = SyntaxTree.ParseText(before, "test.neg");
        var oldPrint = SyntaxTreePrinter.Print(old.Root);
        var text = SourceText.From(after, "test.neg");
        var reparsed = old.Diagnostics.IsEmpty && IncrementalParser.TryReparse(old.Root, text, TextChange.Between(before, after)) is not null;

        var incremental = old.WithChangedText(text);
        var full = SyntaxTree.Parse(text);

        Assert.Equal(after, incremental.Root.ToFullString());
        Assert.Equal(SyntaxTreePrinter.Print(full.Root), SyntaxTreePrinter.Print(incremental.Root));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        TreeInvariants.Check(incremental);
        AssertParentsAreOwn(incremental.Root);
        Assert.Equal(oldPrint, SyntaxTreePrinter.Print(old.Root));
        AssertParentsAreOwn(old.Root);
        return reparsed;
    }

    private static void AssertParentsAreOwn(SyntaxNode node)
    {
        foreach (var child in node.Children)
        {
            Assert.Same(node, child.Parent);
            if (child is SyntaxNode inner) AssertParentsAreOwn(inner);
        }
    }

    /// <summary>Positions just inside string literals (after the opening quote), as a person types into them.</summary>
    internal static IEnumerable<int> StringInteriors(string text) =>
        SyntaxTree.ParseText(text).Root.DescendantTokens()
            .Where(token => token.Kind == SyntaxKind.StringLiteralToken && !token.IsMissing && token.Text.Length >= 2)
            .Select(token => token.Span.Start + 1 + (token.Text.Length - 2) / 2);

    private static (string Before, string After) Edit(string text, double where, int length, int kind, string insertion)
    {
        var start = (int)(where * text.Length);
        var removed = Math.Min(length, text.Length - start);
        var after = kind switch
        {
            0 => text.Insert(start, insertion),
            1 => text.Remove(start, removed),
            _ => text.Remove(start, removed).Insert(start, insertion),
        };
        return (text, after);
    }
}
