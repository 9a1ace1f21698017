using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Benchmarks.Incremental;
using NegotiationDsl.Binding;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Syntax;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// An edit of a string a symbol keeps as written (a statement's text, quote, topic, an agreement's title, ...) carries the compilation's binding into the new tree (<see cref="WrittenStringEdit"/>,
/// <see cref="ArchiveBinding.CopiedInto"/>) instead of binding the file. The copy must be what binding the new tree gives,
/// the edited statement included: every public property of every symbol and every diagnostic (<see cref="CopyCheck"/>), and
/// nothing of it may reach the version before. Every other edit must still bind the file.
/// </summary>
public sealed class WrittenStringEditTests
{
    /// <summary>An edit no symbol's declaration holds: <see cref="CopyCheck.Differences"/> then compares every symbol and diagnostic.</summary>
    private static readonly SpanShift Nowhere = new(int.MaxValue, int.MaxValue, 0);

    /// <summary>The kinds of string an edit is carried over for; a letter typed into any other kind binds the file.</summary>
    private static readonly HashSet<string> Copied =
    [
        "statement text", "reported statement text", "outcome description", "milestone title", "assessment target",
        "statement's QuoteClause", "statement's TopicClause", "statement's ConditionClause", "statement's AfterClause",
        "AgreementDeclaration", "MeetingDeclaration's FormatClause", "TalksDeclaration's FormatClause",
    ];

    [Fact]
    public void A_letter_typed_into_each_string_and_deleted_again_serves_what_a_fresh_compilation_gives()
    {
        var counts = new SortedDictionary<string, (int Copied, int Bound)>(System.StringComparer.Ordinal);
        foreach (var text in IncrementalParsingTests.Texts.Value)
        {
            var tree = SyntaxTree.Parse(SourceText.From(text, "record.neg"));
            if (!tree.Diagnostics.IsEmpty) continue;
            var compilation = Compilation.Create([tree]);
            _ = compilation.GetDiagnostics();
            foreach (var (kind, at) in Places(tree))
            {
                // Typed, then deleted again: the second edit starts from a compilation that may itself be a copy.
                foreach (var next in new[] { text.Insert(at, "e"), text })
                {
                    var before = compilation;
                    var edited = before.SyntaxTrees[0].WithChangedText(SourceText.From(next, tree.FilePath));
                    var root = edited.Root;
                    compilation = before.WithSyntaxTree(edited);
                    _ = compilation.GetDiagnostics();
                    Assert.Null(compilation.CopyFailure);
                    var fresh = Compilation.Create([SyntaxTree.Parse(SourceText.From(next, tree.FilePath))]);
                    var problems = CopyCheck.Differences(fresh.Binding, compilation.Binding, Nowhere)
                        .Concat(compilation.IsBoundByCopy ? CopyCheck.Problems(before.Symbols, before.SyntaxTrees[0], compilation.Binding) : [])
                        .Take(5).ToList();
                    Assert.True(problems.Count == 0, $"{kind}: " + string.Join("\n", problems) + "\nin the text:\n" + next[..System.Math.Min(next.Length, 2000)]);
                    Assert.Equal(fresh.GetDiagnostics().Select(diagnostic => diagnostic.ToString()), compilation.GetDiagnostics().Select(diagnostic => diagnostic.ToString()));
                    System.GC.KeepAlive(root);
                    var (copied, bound) = counts.GetValueOrDefault(kind);
                    counts[kind] = compilation.IsBoundByCopy ? (copied + 1, bound) : (copied, bound + 1);
                }
            }
        }

        var summary = string.Join(", ", counts.Select(count => $"{count.Key} {count.Value.Copied} copied, {count.Value.Bound} bound"));
        // Every kind the copy serves is typed into in at least one string (three places, each typed and deleted).
        foreach (var kind in Copied) Assert.True(counts.GetValueOrDefault(kind).Copied >= 6, summary);
        Assert.True(counts.Where(count => !Copied.Contains(count.Key)).All(count => count.Value.Copied == 0), summary);
        Assert.True(counts.Where(count => !Copied.Contains(count.Key)).Sum(count => count.Value.Bound) > 100, summary);
    }

    /// <summary>
    /// The first two strings of each kind in the tree, named by what holds them, each at the start, the middle and the
    /// end of its content (the first strings of a record are nearly all declarations').
    /// </summary>
    private static IEnumerable<(string Kind, int At)> Places(SyntaxTree tree)
    {
        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.Kind != SyntaxKind.StringLiteralToken || token.IsMissing || token.Text.Length < 2 || token.Parent is not StringLiteralSyntax literal) continue;
            var kind = KindOf(literal);
            if ((seen[kind] = seen.GetValueOrDefault(kind) + 1) > 2) continue;
            yield return (kind, token.Span.Start + 1);
            yield return (kind, token.Span.Start + 1 + (token.Text.Length - 2) / 2);
            yield return (kind, token.Span.End - 1);
        }
    }

    /// <summary>What a string is, as a person reading the record would name it.</summary>
    private static string KindOf(StringLiteralSyntax literal) => literal.Parent switch
    {
        PredicateSyntax predicate when predicate.Target == literal => "assessment target",
        PredicateSyntax predicate => predicate.Parent is ActorStatementSyntax ? "statement text" : "reported statement text",
        OutcomeStatementSyntax => "outcome description",
        MilestoneStatementSyntax => "milestone title",
        KeywordClauseSyntax clause => (clause.Parent is StatementSyntax ? "statement's " : clause.Parent?.Kind.ToString() + "'s ") + clause.Kind,
        { } other => other.Kind.ToString(),
        null => "none",
    };

    [Theory]
    [InlineData("USA says \"x|y\";", true)]
    [InlineData("meeting \"Geneva\" 2022-01-10 with USA <\n  USA says \"x|y\";\n>", true)]
    [InlineData("outcome \"x|y\";", true)]
    [InlineData("USA says \"|xy\";", true)]
    [InlineData("USA says \"xy|\";", true)]
    [InlineData("USA says \"|\";", true)]
    [InlineData("USA says \"xy\" quote \"|ab\";", true)]
    [InlineData("USA says \"xy\" about \"ab|\";", true)]
    [InlineData("USA says \"xy\" after \"a|b\";", true)]
    [InlineData("party UK state \"United Kingdom\"; USA says UK confirms \"x|y\";", true)]
    [InlineData("agreement \"|Joint statement\";", true)]
    [InlineData("agreement \"Joint st|atement\" kind joint_statement;", true)]
    [InlineData("agreement \"Joint statement|\";", true)]
    [InlineData("meeting \"Geneva\" 2022-01-10 with USA format \"|in person\" <\n  USA says \"xy\";\n>", true)]
    [InlineData("meeting \"Geneva\" 2022-01-10 with USA format \"in pe|rson\" <\n  USA says \"xy\";\n>", true)]
    [InlineData("meeting \"Geneva\" 2022-01-10 with USA format \"in person|\" <\n  USA says \"xy\";\n>", true)]
    [InlineData("talks \"Geneva\" 2022-01-10 with USA format \"in pe|rson\" <\n  USA says \"xy\";\n>", true)]
    [InlineData("USA says \"xy\" source \"|ab\";", false)]
    [InlineData("person Blinken \"Antony Blinken\" office \"Secretary of State\" of USA from 2021-01-26;\nBlinken says \"xy\" on 2022-01-10 as \"|Secretary of State\";", false)]
    [InlineData("talks \"|Geneva\" 2022-01-10 with USA <\n  USA says \"xy\";\n>", false)]
    [InlineData("meeting \"|Geneva\" 2022-01-10 with USA <\n  USA says \"xy\";\n>", false)]
    [InlineData("party UK state \"Uni|ted Kingdom\"; USA says \"xy\";", false)]
    public void Only_an_edit_inside_a_string_a_statement_keeps_as_written_is_bound_by_copy(string member, bool copied)
    {
        var text = "party USA state \"United States\";\n" + member.Replace("|", "");
        var at = "party USA state \"United States\";\n".Length + member.IndexOf('|');
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(text, "record.neg"))]);
        Assert.Empty(compilation.SyntaxTrees[0].Diagnostics);
        _ = compilation.GetDiagnostics();
        var edited = compilation.SyntaxTrees[0].WithChangedText(SourceText.From(text.Insert(at, "e"), "record.neg"));
        var next = compilation.WithSyntaxTree(edited);
        _ = next.GetDiagnostics();

        Assert.Equal(copied, next.IsBoundByCopy);
        Assert.Equal(Compilation.Create([edited]).GetDiagnostics().Select(diagnostic => diagnostic.ToString()), next.GetDiagnostics().Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void A_quote_typed_into_a_statements_text_binds_the_file()
    {
        const string text = "party USA state \"United States\";\nUSA says \"xy\";\n";
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(text, "record.neg"))]);
        _ = compilation.GetDiagnostics();
        var edited = compilation.SyntaxTrees[0].WithChangedText(SourceText.From(text.Replace("\"xy\"", "\"x\\\"y\""), "record.neg"));
        var next = compilation.WithSyntaxTree(edited);
        _ = next.GetDiagnostics();

        Assert.False(next.IsBoundByCopy);
    }

    [Fact]
    public void A_compilation_not_yet_bound_binds_the_file()
    {
        const string text = "party USA state \"United States\";\nUSA says \"xy\";\n";
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(text, "record.neg"))]);
        var next = compilation.WithSyntaxTree(compilation.SyntaxTrees[0].WithChangedText(SourceText.From(text.Replace("xy", "xey"), "record.neg")));
        _ = next.GetDiagnostics();

        Assert.False(next.IsBoundByCopy);
    }
}
