using System;
using System.Linq;
using CsCheck;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Text;

/// <summary>
/// An edited text's line map is made from the one before (<see cref="SourceText.WithChange"/>, <see cref="LineStarts.Changed"/>):
/// after any chain of edits it must be the map a fresh text of the same string has, every line start of it, with \r and \n
/// joined or parted at the edit's edges and U+2028 and U+2029 counted as the language counts them.
/// </summary>
public sealed class EditedLineMapTests
{
    private static readonly Gen<string> Pieces = Gen.OneOf(Gen.Const("a"), Gen.Const("bc"), Gen.Const("\r"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\u2028"), Gen.Const("\u2029"), Gen.Const(""))
        .Array[0, 12].Select(pieces => string.Concat(pieces));

    // Where to replace, as fractions of the text's length (so that they fit whatever the edits before left), and with what.
    private static readonly Gen<(double Start, double Length, string Inserted)> Edits = Gen.Select(Gen.Double.Unit, Gen.Double.Unit, Pieces);

    [Fact]
    public void A_chain_of_edits_gives_the_line_map_of_a_fresh_text()
    {
        Gen.Select(Pieces, Edits.Array[1, 8]).Sample((original, edits) =>
        {
            var text = SourceText.From(original, "/r/a.neg");
            foreach (var (start, length, inserted) in edits)
            {
                var at = (int)(start * text.Length);
                var replaced = new TextSpan(at, (int)(length * (text.Length - at)));
                text = text.WithChange(replaced, inserted);
                AssertSameLines(SourceText.From(text.Text), text);
            }
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("a\rb", 2, 0, "\n")]
    [InlineData("a\r\nb", 2, 0, "x")]
    [InlineData("a\r\nb", 1, 1, "")]
    [InlineData("a\nb", 1, 0, "\r")]
    [InlineData("a\rx\nb", 2, 1, "")]
    [InlineData("ab\n", 3, 0, "\r\n\u2028")]
    [InlineData("\r", 0, 0, "x")]
    [InlineData("x\r\n\r\n", 0, 5, "")]
    public void Line_breaks_joined_or_parted_at_the_edges_of_an_edit_are_counted_as_a_fresh_text_counts_them(string original, int start, int length, string inserted)
    {
        var edited = SourceText.From(original, "/r/a.neg").WithChange(new TextSpan(start, length), inserted);

        Assert.Equal(string.Concat(original.AsSpan(0, start), inserted, original.AsSpan(start + length)), edited.Text);
        Assert.Equal("/r/a.neg", edited.FilePath);
        AssertSameLines(SourceText.From(edited.Text), edited);
    }

    private static void AssertSameLines(SourceText fresh, SourceText edited)
    {
        Assert.Equal(fresh.LineCount, edited.LineCount);
        Assert.Equal(Enumerable.Range(0, fresh.LineCount).Select(fresh.GetLineStart), Enumerable.Range(0, edited.LineCount).Select(edited.GetLineStart));
    }
}
