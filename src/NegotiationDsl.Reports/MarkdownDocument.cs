using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// Markdown for GitHub and VS Code: headings, pipe tables, nested lists with block quotes for verbatim
/// quotes, and the timeline as a Mermaid Gantt chart. Record text is escaped by <see cref="MarkdownText"/>.
/// </summary>
internal sealed class MarkdownDocument : ReportDocument
{
    private readonly StringBuilder _output = new();

    public override void Title(string text) => _output.Append("# ").Append(MarkdownText.Escape(text)).Append("\n\n");

    public override void Heading(int level, string id, ImmutableArray<TextRun> text)
    {
        var plain = string.Concat(text.Select(run => run.Text));
        // Fixed headings get GitHub's own anchor; headings with record text get an explicit one.
        if (Slug(plain) != id) _output.Append("<a id=\"").Append(id).Append("\"></a>\n\n");
        _output.Append('#', level).Append(' ').Append(Inline(text)).Append("\n\n");
    }

    public override void Paragraph(ImmutableArray<TextRun> text) => _output.Append(Inline(text)).Append("\n\n");

    public override void Contents(IReadOnlyList<ContentsEntry> entries)
    {
        foreach (var entry in entries)
        {
            _output.Append(entry.Level > 2 ? "  - [" : "- [").Append(MarkdownText.Escape(entry.Text)).Append("](#").Append(entry.Id).Append(")\n");
        }

        _output.Append('\n');
    }

    public override void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ImmutableArray<TextRun>>> rows)
    {
        _output.Append("| ").Append(string.Join(" | ", headers.Select(header => MarkdownText.Escape(header)))).Append(" |\n");
        _output.Append('|').Append(string.Concat(headers.Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows) _output.Append("| ").Append(string.Join(" | ", row.Select(Inline))).Append(" |\n");
        _output.Append('\n');
    }

    public override void List(IReadOnlyList<ListEntry> entries)
    {
        foreach (var entry in entries) Entry(entry, indent: "");
        _output.Append('\n');
    }

    private void Entry(ListEntry entry, string indent)
    {
        _output.Append(indent).Append("- ").Append(Inline(entry.Text));
        if (!entry.Note.IsEmpty) _output.Append(" <sub>").Append(Inline(entry.Note)).Append("</sub>");
        _output.Append('\n');
        if (entry.Quote is { } quote) _output.Append(indent).Append("  > “").Append(MarkdownText.Escape(quote)).Append("”\n");
        foreach (var child in entry.Children) Entry(child, indent + "  ");
    }

    public override void Timeline(ReportTimeline timeline, string title)
    {
        var tracks = MermaidGanttWriter.Write(_output, timeline, title);
        _output.Append('\n');
        if (tracks.Count == 0) return;
        _output.Append(string.Join("; ", tracks.Select(track => "**" + track.Section + "**: " + MarkdownText.Escape(track.Track)))).Append("\n\n");
    }

    public override string Finish(ImmutableArray<TextRun> footer)
    {
        _output.Append("---\n\n").Append(Inline(footer)).Append('\n');
        return _output.ToString();
    }

    private static string Inline(ImmutableArray<TextRun> runs)
    {
        var builder = new StringBuilder();
        foreach (var run in runs)
        {
            var text = MarkdownText.Escape(run.Text);
            switch (run.Kind)
            {
                case TextRunKind.Actor or TextRunKind.Strong or TextRunKind.State when text.Length > 0:
                    builder.Append("**").Append(text).Append("**");
                    break;
                case TextRunKind.Quoted:
                    builder.Append('“').Append(text).Append('”');
                    break;
                case TextRunKind.Label when MarkdownText.IsIdentifier(run.Text):
                    builder.Append('`').Append(run.Text).Append('`');
                    break;
                case TextRunKind.Link when HttpLink.IsSafe(run.Text):
                    builder.Append('<').Append(run.Text).Append('>');
                    break;
                case TextRunKind.Page when run.Page is { } page && text.Length > 0:
                    builder.Append('[').Append(text).Append("](").Append(page.Href(MarkdownReportWriter.Extension)).Append(')');
                    break;
                default:
                    builder.Append(text);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>GitHub's anchor for a heading of plain ASCII words: lower case, spaces to hyphens, punctuation dropped.</summary>
    private static string Slug(string heading) =>
        new(heading.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' or '-').Select(c => c == ' ' ? '-' : c).ToArray());
}
