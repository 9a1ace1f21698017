using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Text;

public sealed class SpanShiftTests
{
    [Fact]
    public void Text_inserted_where_a_span_ends_is_outside_it()
    {
        var space = Insert(at: 16, "  ");

        Assert.Equal(TextSpan.FromBounds(4, 16), space.Move(TextSpan.FromBounds(4, 16)));
        Assert.Equal(TextSpan.FromBounds(19, 24), space.Move(TextSpan.FromBounds(17, 22)));
    }

    [Fact]
    public void Text_inserted_where_a_span_starts_is_inside_it()
    {
        // A letter typed at the start of a string's content belongs to the content.
        var letter = Insert(at: 10, "e");

        Assert.Equal(TextSpan.FromBounds(10, 15), letter.Move(TextSpan.FromBounds(10, 14)));
        Assert.Equal(10, letter.Move(10));
        Assert.Equal(12, letter.Move(11));
    }

    [Fact]
    public void Text_inserted_at_either_end_of_a_string_s_content_is_inside_it()
    {
        // The content "abcd" of a string from 10 to 14: its closing quote stands at 14, so a letter typed there is content.
        var content = TextSpan.FromBounds(10, 14);

        Assert.Equal(TextSpan.FromBounds(10, 15), Insert(at: 14, "e").MoveContent(content));
        Assert.Equal(TextSpan.FromBounds(10, 15), Insert(at: 10, "e").MoveContent(content));
        Assert.Equal(TextSpan.FromBounds(10, 12), Insert(at: 10, "ab").MoveContent(TextSpan.FromBounds(10, 10)));
        Assert.Equal(TextSpan.FromBounds(10, 13), new SpanShift(12, 14, -1).MoveContent(content));
        Assert.Equal(TextSpan.FromBounds(10, 14), Insert(at: 16, "e").MoveContent(content));
    }

    [Fact]
    public void A_deletion_across_a_span_keeps_what_is_left_of_it()
    {
        // Positions 16 to 22 deleted: a span from 10 to 20 keeps 10 to 16, one from 18 to 30 keeps 16 to 24.
        var deletion = new SpanShift(16, 22, -6);

        Assert.Equal(TextSpan.FromBounds(10, 16), deletion.Move(TextSpan.FromBounds(10, 20)));
        Assert.Equal(TextSpan.FromBounds(16, 24), deletion.Move(TextSpan.FromBounds(18, 30)));
        Assert.Equal(TextSpan.FromBounds(16, 16), deletion.Move(TextSpan.FromBounds(17, 21)));
        Assert.Equal(TextSpan.FromBounds(10, 24), deletion.Move(TextSpan.FromBounds(10, 30)));
    }

    [Fact]
    public void A_replacement_across_a_span_s_end_ends_the_span_with_the_new_text()
    {
        var replacement = new SpanShift(16, 22, -3);

        Assert.Equal(TextSpan.FromBounds(10, 19), replacement.Move(TextSpan.FromBounds(10, 20)));
        Assert.Equal(TextSpan.FromBounds(16, 27), replacement.Move(TextSpan.FromBounds(18, 30)));
    }

    [Fact]
    public void An_edit_cuts_a_span_unless_it_lies_wholly_inside_or_outside_it()
    {
        var statement = TextSpan.FromBounds(10, 30);

        Assert.False(Insert(at: 30, " ").Cuts(statement));
        Assert.False(Insert(at: 20, " ").Cuts(statement));
        Assert.False(Insert(at: 9, " ").Cuts(statement));
        Assert.False(new SpanShift(4, 10, -6).Cuts(statement));
        Assert.False(new SpanShift(30, 34, -4).Cuts(statement));
        Assert.True(Insert(at: 10, " ").Cuts(statement));
        Assert.True(new SpanShift(20, 34, -14).Cuts(statement));
        Assert.True(new SpanShift(4, 12, -8).Cuts(statement));
        Assert.True(new SpanShift(10, 30, -20).Cuts(statement));
    }

    [Fact]
    public void Only_positions_in_the_replaced_text_are_replaced()
    {
        var deletion = new SpanShift(16, 22, -6);

        Assert.False(deletion.Replaces(15));
        Assert.True(deletion.Replaces(16));
        Assert.True(deletion.Replaces(21));
        Assert.False(deletion.Replaces(22));
        Assert.False(Insert(at: 16, "e").Replaces(16));
    }

    private static SpanShift Insert(int at, string text) => new(at, at, text.Length);
}
