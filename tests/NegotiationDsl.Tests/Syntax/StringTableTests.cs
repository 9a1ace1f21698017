using System;
using System.Linq;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// The string table: one instance per spelling, a start size from what it will read, not the whole file, and, kept by a
/// thread from parse to parse, equal strings for every text it reads, no text held between parses and a bounded size.
/// </summary>
public sealed class StringTableTests
{
    [Fact]
    public void Equal_spans_give_one_instance()
    {
        var table = new StringTable("Blinken says; Blinken asks;", 27);

        Assert.Same(table.Get(0, 7), table.Get(14, 7));
        Assert.Equal("says", table.Get(8, 4));
    }

    [Fact]
    public void A_member_of_a_large_file_gets_a_table_sized_for_the_member()
    {
        var file = new string('x', 600_000);

        var member = new StringTable(file, 200);
        var whole = new StringTable(file, file.Length);

        Assert.Equal(256, member.Capacity);
        Assert.True(whole.Capacity > member.Capacity);
    }

    [Fact]
    public void A_table_read_again_gives_the_spellings_of_the_texts_before_and_cuts_new_ones_from_the_new_text()
    {
        var table = new StringTable("Blinken says;", 13);
        var first = table.Get(0, 7);
        table.Forget();
        table.Read("Lavrov asks Blinken;", 20);

        Assert.Same(first, table.Get(12, 7));
        Assert.Equal("Lavrov", table.Get(0, 6));
        Assert.Equal("asks", table.Get(7, 4));
    }

    [Fact]
    public void A_forgotten_table_holds_no_text()
    {
        var table = new StringTable("Blinken says;", 13);
        table.Forget();

        Assert.False(table.HoldsText);
        Assert.Throws<InvalidOperationException>(() => table.Get(0, 7));
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(3_000, 0)]
    [InlineData(20_000, 0)]
    public void A_forgotten_table_keeps_at_most_a_quarter_of_its_kept_size(int spellings, int kept)
    {
        var text = string.Join(" ", Enumerable.Range(0, spellings).Select(i => $"P{i}"));
        var table = new StringTable(text, 200);
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf(' ', start);
            if (end < 0) end = text.Length;
            table.Get(start, end - start);
            start = end + 1;
        }

        table.Forget();

        Assert.Equal(kept, table.Count);
        Assert.InRange(table.Capacity, 0, StringTable.MaximumKeptSize);
    }

    [Fact]
    public void A_threads_parses_share_the_spellings_of_its_earlier_parses()
    {
        var first = SyntaxTree.ParseTokens("Blinken says \"a\";\n");
        var second = SyntaxTree.ParseTokens("Lavrov asks Blinken \"b\";\n");

        Assert.Equal("Blinken", second[2].Text);
        Assert.Same(first[0].Text, second[2].Text);
    }

    [Fact]
    public void A_short_string_content_is_one_instance_per_spelling()
    {
        var longContent = new string('x', 40);
        var tokens = SyntaxTree.ParseTokens(
            $"A says \"talks\"; B says \"talks\"; A says \"{longContent}\"; B says \"{longContent}\"; A says \"a\\\"b\"; B says \"a\\\"b\"; A says \"\"; B says \"\";\n");
        var contents = tokens.Where(token => token.Kind == SyntaxKind.StringLiteralToken).Select(token => token.QuotedContent).ToArray();

        Assert.Equal(new string?[] { "talks", "talks", longContent, longContent, null, null, "", "" }, contents);
        Assert.Same(contents[0], contents[1]);

        // A literal with an escape keeps its spelling and is decoded when asked, each its own string.
        var values = SyntaxTree.ParseText("A says \"a\\\"b\"; B says \"a\\\"b\";\n").Root.DescendantNodesAndSelf().OfType<StringLiteralSyntax>()
            .Select(literal => literal.Value).ToArray();
        Assert.Equal(["a\"b", "a\"b"], values);
        Assert.NotSame(values[0], values[1]);
    }

    [Fact]
    public void A_kept_table_that_reads_a_larger_text_is_sized_for_it_once()
    {
        var table = new StringTable("talks", 5);
        var talks = table.Get(0, 5);
        Assert.Equal(256, table.Capacity);

        var large = "talks " + new string('x', 100_000);
        table.Read(large, large.Length);

        Assert.Equal(4096, table.Capacity);
        Assert.Same(talks, table.Get(0, 5));
        table.Read(large, StringTable.MaximumKeptSize * 1000);
        Assert.Equal(StringTable.MaximumKeptSize, table.Capacity);
    }

    [Fact]
    public void After_a_file_of_many_names_the_thread_keeps_a_bounded_table_and_no_text()
    {
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Party{i} says \"a\";\n"));

        Assert.True(SyntaxTree.ParseText(text).Diagnostics.IsEmpty);

        var idle = ReusedLexing.TestHooks.IdleStrings;
        Assert.NotNull(idle);
        Assert.False(idle.HoldsText);
        Assert.InRange(idle.Capacity, 0, StringTable.MaximumKeptSize);
        Assert.InRange(idle.Count * 4, 0, StringTable.MaximumKeptSize);
    }
}
