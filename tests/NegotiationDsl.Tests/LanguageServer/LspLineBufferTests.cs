using System;
using System.Linq;
using CsCheck;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// The changes of one didChange are applied on lines (<see cref="LspLineBuffer"/>), not by building the whole text
/// again per change: the result must be what applying them one by one to the whole text gives.
/// </summary>
public sealed class LspLineBufferTests
{
    private static readonly Gen<string> Texts = Gen.OneOf(Gen.Const("a"), Gen.Const("bc"), Gen.Const("\r"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\u2028"), Gen.Const(""))
        .Array[0, 12].Select(pieces => string.Concat(pieces));

    private static readonly Gen<LspPosition> Positions = Gen.Select(Gen.Int[-1, 8], Gen.Int[-1, 5], (line, character) => new LspPosition(line, character));

    private static readonly Gen<TextDocumentContentChangeEvent> Changes = Gen.Frequency(
        (9, Gen.Select(Positions, Positions, Texts, (start, end, text) => new TextDocumentContentChangeEvent(text, new LspRange(start, end)))),
        (1, Texts.Select(text => new TextDocumentContentChangeEvent(text))));

    [Fact]
    public void Changes_give_the_text_that_applying_them_one_by_one_to_the_whole_text_gives()
    {
        Gen.Select(Texts, Changes.Array[0, 10]).Sample((text, changes) =>
            LspLineBuffer.Apply(text, changes) == changes.Aggregate(text, ApplyToWholeText), iter: 20_000);
    }

    [Fact]
    public void A_message_of_one_change_gives_the_text_and_the_line_maps_of_a_fresh_text_edit_after_edit()
    {
        // One change with a range is applied at offsets and makes both line maps from the text's before (LspLines.Edit).
        Gen.Select(Texts, Changes.Array[1, 8]).Sample((original, changes) =>
        {
            var text = SourceText.From(original, "/r/a.neg");
            foreach (var change in changes)
            {
                var expected = ApplyToWholeText(text.Text, change);
                text = LspLines.Changed(text, [change]);
                Assert.Equal(expected, text.Text);
                Assert.Equal("/r/a.neg", text.FilePath);
                var (fresh, edited) = (LspLines.Of(SourceText.From(expected)), LspLines.Of(text));
                Assert.Equal(fresh.LineCount, edited.LineCount);
                Assert.Equal(Enumerable.Range(0, fresh.LineCount).Select(fresh.LineSpan), Enumerable.Range(0, edited.LineCount).Select(edited.LineSpan));
                var language = SourceText.From(expected);
                Assert.Equal(Enumerable.Range(0, language.LineCount).Select(language.GetLineStart), Enumerable.Range(0, text.LineCount).Select(text.GetLineStart));
            }
        }, iter: 10_000);
    }

    [Fact]
    public void A_message_of_several_changes_gives_what_the_buffer_gives()
    {
        Gen.Select(Texts, Changes.Array[2, 6]).Sample((original, changes) =>
            LspLines.Changed(SourceText.From(original, "/r/a.neg"), changes).Text == LspLineBuffer.Apply(original, changes), iter: 5_000);
    }

    [Theory]
    [InlineData("a\rb", 1, 0, 1, 0, "\n", "a\r\nb")]
    [InlineData("a\r\nb", 0, 1, 1, 0, "", "ab")]
    [InlineData("a\rx\nb", 1, 0, 1, 1, "", "a\r\nb")]
    [InlineData("a\nb", 0, 1, 0, 1, "\r", "a\r\nb")]
    [InlineData("a\nb", 5, 0, 0, 9, "X", "aX")]
    [InlineData("", 0, 0, 0, 0, "x\n", "x\n")]
    public void A_carriage_return_and_a_line_feed_joined_or_parted_by_a_change_count_as_one_line_break(string text, int startLine, int startCharacter, int endLine, int endCharacter, string inserted, string expected)
    {
        var change = new TextDocumentContentChangeEvent(inserted, new LspRange(new LspPosition(startLine, startCharacter), new LspPosition(endLine, endCharacter)));

        Assert.Equal(expected, LspLineBuffer.Apply(text, [change]));
        Assert.Equal(expected, ApplyToWholeText(text, change));
    }

    /// <summary>The way every change was applied before: the whole text and its line map built again for each.</summary>
    private static string ApplyToWholeText(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null) return change.Text;
        var lines = LspLines.Of(SourceText.From(text));
        var start = lines.OffsetOf(change.Range.Start);
        var end = lines.OffsetOf(change.Range.End);
        if (end < start) (start, end) = (end, start);
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }
}
