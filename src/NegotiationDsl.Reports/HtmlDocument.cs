using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// One self-contained HTML page: inline CSS (screen and print), an inline SVG timeline, no script and no
/// external request (a Content-Security-Policy forbids both). Every string from the records goes through
/// <see cref="HtmlText"/>; ids and classes are the report's own.
/// </summary>
internal sealed class HtmlDocument : ReportDocument
{
    private readonly StringBuilder _body = new();
    private string _title = "";
    private bool _sectionOpen;

    public override void Title(string text)
    {
        _title = text;
        _body.Append("<header>\n<h1>").Append(HtmlText.Text(text)).Append("</h1>\n");
    }

    public override void Heading(int level, string id, ImmutableArray<TextRun> text)
    {
        if (level == 2)
        {
            CloseSection();
            _body.Append("<section id=\"").Append(id).Append("\">\n");
            _sectionOpen = true;
        }

        var tag = "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _body.Append('<').Append(tag);
        if (level > 2) _body.Append(" id=\"").Append(id).Append('"');
        _body.Append('>').Append(Inline(text)).Append("</").Append(tag).Append(">\n");
    }

    public override void Paragraph(ImmutableArray<TextRun> text) => _body.Append("<p>").Append(Inline(text)).Append("</p>\n");

    public override void Contents(IReadOnlyList<ContentsEntry> entries)
    {
        _body.Append("</header>\n<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ul>\n");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            _body.Append("<li><a href=\"#").Append(entry.Id).Append("\">").Append(HtmlText.Text(entry.Text)).Append("</a>");
            var next = i + 1 < entries.Count ? entries[i + 1].Level : 2;
            if (next > entry.Level) _body.Append("\n<ul>\n");
            else _body.Append("</li>\n");
            if (next < entry.Level) _body.Append("</ul></li>\n");
        }

        _body.Append("</ul>\n</nav>\n<main>\n");
    }

    public override void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ImmutableArray<TextRun>>> rows)
    {
        _body.Append("<div class=\"table\"><table>\n<thead><tr>");
        foreach (var header in headers) _body.Append("<th scope=\"col\">").Append(HtmlText.Text(header)).Append("</th>");
        _body.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows) _body.Append("<tr>").Append(string.Concat(row.Select(cell => "<td>" + Inline(cell) + "</td>"))).Append("</tr>\n");
        _body.Append("</tbody>\n</table></div>\n");
    }

    public override void List(IReadOnlyList<ListEntry> entries)
    {
        _body.Append("<ul class=\"entries\">\n");
        foreach (var entry in entries) Entry(entry);
        _body.Append("</ul>\n");
    }

    private void Entry(ListEntry entry)
    {
        _body.Append("<li>").Append(Inline(entry.Text));
        if (!entry.Note.IsEmpty) _body.Append(" <span class=\"note\">").Append(Inline(entry.Note)).Append("</span>");
        if (entry.Quote is { } quote) _body.Append("\n<blockquote>“").Append(HtmlText.Text(quote)).Append("”</blockquote>");
        if (!entry.Children.IsEmpty)
        {
            _body.Append('\n');
            List(entry.Children);
        }

        _body.Append("</li>\n");
    }

    public override void Timeline(ReportTimeline timeline, string title)
    {
        _body.Append("<figure class=\"timeline\">\n");
        var drawn = SvgTimelineWriter.Write(_body, timeline, title);
        TimelineLegendWriter.Write(_body, drawn);
        _body.Append("</figure>\n");
    }

    public override string Finish(ImmutableArray<TextRun> footer)
    {
        CloseSection();
        var page = new StringBuilder(_body.Length + HtmlStyles.Css.Length + 1024);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Defence in depth: even a string that escaped escaping could not run a script or fetch anything.
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<meta name=\"generator\" content=\"negc\">\n");
        page.Append("<title>").Append(HtmlText.Text(_title)).Append("</title>\n");
        page.Append("<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
        page.Append(_body);
        page.Append("</main>\n<footer><p>").Append(Inline(footer)).Append("</p></footer>\n</body>\n</html>\n");
        return page.ToString();
    }

    private void CloseSection()
    {
        if (_sectionOpen) _body.Append("</section>\n");
        _sectionOpen = false;
    }

    private static string Inline(ImmutableArray<TextRun> runs)
    {
        var builder = new StringBuilder();
        foreach (var run in runs)
        {
            var text = HtmlText.Text(run.Text);
            switch (run.Kind)
            {
                case TextRunKind.Actor:
                    builder.Append("<span class=\"actor\">").Append(text).Append("</span>");
                    break;
                case TextRunKind.Date:
                    builder.Append("<span class=\"date\">").Append(text).Append("</span>");
                    break;
                case TextRunKind.Strong:
                    builder.Append("<strong>").Append(text).Append("</strong>");
                    break;
                case TextRunKind.Quoted:
                    builder.Append("<span class=\"quoted\">“").Append(text).Append("”</span>");
                    break;
                case TextRunKind.Label:
                    builder.Append("<code>").Append(text).Append("</code>");
                    break;
                case TextRunKind.State:
                    builder.Append("<span class=\"state state-").Append(StateClass(run.Text)).Append("\">").Append(text).Append("</span>");
                    break;
                case TextRunKind.Link when HttpLink.IsSafe(run.Text):
                    builder.Append("<a href=\"").Append(HtmlText.Attribute(run.Text)).Append("\" rel=\"noreferrer\">").Append(text).Append("</a>");
                    break;
                case TextRunKind.Page when run.Page is { } page:
                    builder.Append("<a href=\"").Append(HtmlText.Attribute(page.Href(HtmlReportWriter.Extension))).Append("\">").Append(text).Append("</a>");
                    break;
                default:
                    builder.Append(text);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A state's class name: its first words, lower case, hyphenated (<c>fulfilled-late</c>).</summary>
    private static string StateClass(string state)
    {
        var first = state.Split(',')[0];
        return new string(first.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' ? c : '-').ToArray());
    }
}
