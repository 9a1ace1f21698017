using System;
using NegotiationDsl.Benchmarks.Incremental;
using NegotiationDsl.Binding;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Symbols;

/// <summary>
/// <see cref="SymbolMap"/> is the only way from a symbol of the version before an edit to its copy: a symbol of the
/// edited file that the copy missed must not come back as itself, or the copy would point into the version before.
/// </summary>
public sealed class SymbolMapTests
{
    private const string Text = "party USA state \"United States\";\nparty RUS state \"Russia\";\nUSA says \"x\";\n";

    [Fact]
    public void A_symbol_of_the_edited_file_that_was_not_copied_throws()
    {
        var (before, symbols) = Bound(Text, "record.neg");
        var edited = before.WithChangedText(SourceText.From(Text.Replace("\"x\"", "\"xy\""), before.FilePath));

        var map = SymbolMap.Copy(before, [symbols[0]], edited, SpanShift.Of(TextChange.Between(Text, edited.Text.Text)));

        Assert.Same(edited, map[symbols[0]].SyntaxTree);
        Assert.Throws<InvalidOperationException>(() => map[symbols[1]]);
    }

    [Fact]
    public void A_symbol_of_another_file_is_its_own_copy()
    {
        var (before, symbols) = Bound(Text, "record.neg");
        var (_, others) = Bound(Text, "other.neg");
        var edited = before.WithChangedText(SourceText.From(Text.Replace("\"x\"", "\"xy\""), before.FilePath));

        var map = SymbolMap.Copy(before, symbols, edited, SpanShift.Of(TextChange.Between(Text, edited.Text.Text)));

        Assert.Same(others[0], map[others[0]]);
    }

    private static (SyntaxTree Tree, System.Collections.Immutable.ImmutableArray<Symbol> Symbols) Bound(string text, string path)
    {
        var tree = SyntaxTree.Parse(SourceText.From(text, path));
        return (tree, Binder.Check(IncrementalFloor.BindAlone(tree)).Symbols);
    }
}
