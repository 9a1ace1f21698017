using System.Linq;
using System.Text;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>No input makes the parser throw, hang or lose text.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void A_hundred_thousand_nested_less_than_signs_give_one_diagnostic()
    {
        var tree = SyntaxTree.ParseText(new string('<', 100_000) + "\nparty X;");

        TreeInvariants.Check(tree);
        Assert.Equal(new[] { "NEG1005 (1,1)" }, ParseHelper.Pinned(tree));
        Assert.IsType<PartyDeclarationSyntax>(Assert.Single(tree.Root.Members));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_empty_tree_with_one_NEG1010_at_its_start()
    {
        var tree = SyntaxTree.TooLarge("huge.neg", 50L << 20, 16L << 20);

        TreeInvariants.Check(tree);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("NEG1010", diagnostic.Code);
        Assert.Equal("huge.neg(1,1): error NEG1010: The file is 50 MB; files over 16 MB are not read (set NEGC_MAX_FILE_MB to raise the limit).", diagnostic.ToString());
        Assert.Empty(tree.Root.Members);
    }

    [Fact]
    public void A_ten_megabyte_line_parses()
    {
        var text = "meeting Geneva < Blinken says \"" + new string('x', 10 * 1024 * 1024) + "\"; >";
        var tree = SyntaxTree.ParseText(text);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(text.Length, tree.Root.FullSpan.Length);
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_starts_and_the_rest_parses()
    {
        var bytes = Encoding.UTF8.GetBytes("party X;\nBlinken says \"").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\";\n")).ToArray();
        var tree = SyntaxTree.Parse(SourceText.From(bytes, "bad.neg"));

        TreeInvariants.Check(tree);
        Assert.Equal(new[] { "NEG1008 (2,15)" }, ParseHelper.Pinned(tree));
        Assert.Equal(2, tree.Root.Members.Count);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_round_trip_byte_for_byte()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("party X;\r\nparty Y;\r\n")).ToArray();
        var tree = SyntaxTree.Parse(SourceText.From(bytes));

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(bytes, Encoding.UTF8.GetBytes(tree.Root.ToFullString()));
        Assert.Equal(SyntaxKind.ByteOrderMarkTrivia, tree.Root.Members[0].FirstToken.LeadingTrivia[0].Kind);
        Assert.Equal(1, tree.Text.GetLinePosition(tree.Root.Members[1].Span.Start).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\0\0\0")]
    [InlineData("\"")]
    [InlineData("\\")]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData(";;;;")]
    [InlineData("meeting")]
    [InlineData("meeting <")]
    [InlineData("a:")]
    [InlineData("a: b: c:")]
    [InlineData("x says y says z says")]
    [InlineData("talks < talks < meeting < meeting <")]
    [InlineData("\uD800 lone surrogate \uDFFF")]
    [InlineData("Blinken says \"\\")]
    [InlineData("2022-13-45..2022-99-99")]
    [InlineData("*/ /* /*")]
    public void Odd_inputs_keep_every_invariant(string text)
    {
        TreeInvariants.Check(SyntaxTree.ParseText(text));
    }
}
