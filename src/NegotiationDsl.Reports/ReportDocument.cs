using System.Collections.Generic;
using System.Collections.Immutable;

namespace NegotiationDsl.Reports;

/// <summary>An item of a list: its text, an optional verbatim quote, a note (where it comes from) and sub-items.</summary>
internal sealed record ListEntry(ImmutableArray<TextRun> Text, string? Quote, ImmutableArray<TextRun> Note, ImmutableArray<ListEntry> Children);

/// <summary>A contents entry: heading level (2 or 3), anchor and text.</summary>
internal sealed record ContentsEntry(int Level, string Id, string Text);

/// <summary>
/// The building blocks a report is made of, one implementation per format. <see cref="ReportLayout"/>
/// decides what goes where; a format only decides how a heading, a table or a list is written and escaped.
/// </summary>
internal abstract class ReportDocument
{
    public abstract void Title(string text);

    /// <summary>A heading of <paramref name="level"/> 2 to 4, with the anchor <paramref name="id"/> that contents entries link to.</summary>
    public abstract void Heading(int level, string id, ImmutableArray<TextRun> text);

    public abstract void Paragraph(ImmutableArray<TextRun> text);

    public abstract void Contents(IReadOnlyList<ContentsEntry> entries);

    public abstract void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ImmutableArray<TextRun>>> rows);

    public abstract void List(IReadOnlyList<ListEntry> entries);

    public abstract void Timeline(ReportTimeline timeline, string title);

    /// <summary>Closes the document with its footer and returns the text.</summary>
    public abstract string Finish(ImmutableArray<TextRun> footer);
}
