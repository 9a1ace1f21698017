using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// The shared hostile strings, put into every place a record can hold text, must come out as text: the
/// Markdown (tables and Mermaid included), the HTML and the CSV have exactly the structure they have for
/// harmless strings.
/// </summary>
public sealed class ReportEscapingTests
{
    private static readonly ReportModel Hostile = ReportHelper.Model(HostileStrings.Record());
    private static readonly ReportModel Harmless = ReportHelper.Model(HostileStrings.Record(HostileStrings.All.Select((_, i) => "text " + i).ToList()));

    [Fact]
    public void The_hostile_record_compiles_and_puts_every_string_in_the_report()
    {
        Assert.Equal(HostileStrings.All.Count, Hostile.Commitments.Length);
        Assert.Equal(HostileStrings.All.Count, Hostile.Timeline.Items.Count(item => item.Kind == TimelineItemKind.Meeting));
    }

    [Fact]
    public void Markdown_tables_lists_and_mermaid_keep_their_structure()
    {
        var hostile = MarkdownReportWriter.Write(Hostile);

        Assert.Equal(ReportHelper.MarkdownShape(MarkdownReportWriter.Write(Harmless)), ReportHelper.MarkdownShape(hostile));
        var tables = hostile.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tables);
    }

    [Fact]
    public void Markdown_holds_no_html_but_its_own()
    {
        var markdown = MarkdownReportWriter.Write(Hostile);

        var tags = Regex.Matches(markdown, "<[^>]*>").Select(match => match.Value).Distinct().ToList();
        Assert.All(tags, tag => Assert.Matches("^(<br>|<sub>|</sub>|<a id=\"[a-z0-9-]+\">|</a>)$", tag));
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains("\\| table \\| cell \\|", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mermaid_line_is_one_the_writer_made()
    {
        var markdown = MarkdownReportWriter.Write(Hostile);
        var chart = markdown.Substring(markdown.IndexOf("```mermaid\n", StringComparison.Ordinal));
        chart = chart.Substring(0, chart.IndexOf("\n```\n", StringComparison.Ordinal));

        Assert.All(chart.Split('\n').Skip(1), line => Assert.Matches(
            @"^(%%\{init: \{""gantt"": \{""leftPadding"": \d+\}\}\}%%|gantt|    title [^:;#%`]+|    dateFormat YYYY-MM-DD|    axisFormat %Y-%m-%d|    todayMarker off|    section [^:;#%`]+|" +
            @"    (Meeting|Deadline|Fulfilled|Broken|Withdrawn) [^:;#%`<>""]+ :((milestone|done|crit|active), )*[mde][0-9]+, \d{4}-\d\d-\d\d, \d+d|" +
            @"    As of \d{4}-\d\d-\d\d :milestone, asof, \d{4}-\d\d-\d\d, 0d)$", line));
    }

    [Fact]
    public void Html_elements_are_the_same_as_for_harmless_text_and_the_text_is_escaped()
    {
        var hostile = HtmlReportWriter.Write(Hostile);

        Assert.Equal(ReportHelper.HtmlShape(HtmlReportWriter.Write(Harmless)), ReportHelper.HtmlShape(hostile));
        Assert.DoesNotContain("<script", hostile, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", hostile, StringComparison.Ordinal);
        Assert.Contains("she said &quot;no&quot; and &#39;never&#39;", hostile, StringComparison.Ordinal);
        Assert.Contains("C:\\path\\to\\file", hostile, StringComparison.Ordinal);
        Assert.Contains("[U+202E]txt.exe", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_self_contained()
    {
        var html = HtmlReportWriter.Write(ReportModel.Build(Golden.ExampleGoldenTests.Compile("examples/geneva-2022"), "geneva-2022"));

        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|srcset|action|data)=", html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Csv_keeps_one_row_per_commitment_and_every_string_as_text()
    {
        var csv = CsvReportWriter.Write(Hostile);
        var records = ReportHelper.ParseCsv(csv);

        Assert.Equal(ReportHelper.ParseCsv(CsvReportWriter.Write(Harmless)).Select(r => r.Count), records.Select(r => r.Count));
        for (var i = 0; i < HostileStrings.All.Count; i++)
        {
            var visible = ReportText.Visible(HostileStrings.All[i].Value);
            var expected = visible.TrimStart(' ').Length > 0 && visible.TrimStart(' ')[0] is '=' or '+' or '-' or '@' or '\t' ? "'" + visible : visible;
            var row = ReportHelper.CsvRow(csv, "c" + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(expected, row["deliverable"]);
            Assert.Equal(expected, row["quote"]);
            Assert.Equal(expected, row["source"]);
        }
    }

    [Fact]
    public void No_control_or_invisible_character_reaches_any_format_raw()
    {
        var (markdown, html, csv) = ReportHelper.All(Hostile);

        foreach (var text in new[] { markdown, html, csv })
            Assert.Empty(HostileStrings.RawHidden(ReportHelper.AfterByteOrderMark(text), '\r', '\t'));
    }

    /// <summary>File names and the compilation's name are user text too: they appear in titles, headings, sources, citations and CSV rows.</summary>
    [Fact]
    public void Hostile_file_and_compilation_names_keep_every_format_s_structure()
    {
        static ReportModel Model(System.Collections.Generic.IReadOnlyList<string> names) => ReportModel.Build(
            Compilation.Create(names.Select((name, i) => NegotiationDsl.Syntax.SyntaxTree.ParseText(
                (i == 0 ? "party A;\n" : "") + $"A says \"{i}\" on 2022-01-21;\nc{i}: A commits \"x\" by next_week;\nmeeting Geneva 2022-01-2{i % 8 + 1} with A < A says \"y\"; >\n",
                "records/" + name.Replace('/', '_') + ".neg"))),
            names[names.Count - 1]);
        var hostileNames = HostileStrings.Values.Select((value, i) => value + " " + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var hostile = Model(hostileNames);
        var harmless = Model(hostileNames.Select((_, i) => "name " + i.ToString(CultureInfo.InvariantCulture)).ToList());

        var (markdown, html, csv) = ReportHelper.All(hostile);

        Assert.Equal(ReportHelper.MarkdownShape(MarkdownReportWriter.Write(harmless)), ReportHelper.MarkdownShape(markdown));
        Assert.Equal(ReportHelper.HtmlShape(HtmlReportWriter.Write(harmless)), ReportHelper.HtmlShape(html));
        Assert.Equal(ReportHelper.ParseCsv(CsvReportWriter.Write(harmless)).Select(r => r.Count), ReportHelper.ParseCsv(csv).Select(r => r.Count));
        foreach (var text in new[] { markdown, html, csv })
            Assert.Empty(HostileStrings.RawHidden(ReportHelper.AfterByteOrderMark(text), '\r', '\t'));
    }

    [Fact]
    public void Only_http_and_https_urls_become_links()
    {
        var model = ReportHelper.Model("record \"t\" url \"javascript:alert(1)\" published 2022-01-21;\nparty A;\nA says \"x\";\n");
        var (markdown, html, _) = ReportHelper.All(model);
        var safe = HtmlReportWriter.Write(ReportHelper.Model("record \"t\" url \"https://example.org/a?b=1&c=2\" published 2022-01-21;\nparty A;\nA says \"x\";\n"));

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
        Assert.Contains("javascript\\:alert(1)", markdown, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noreferrer\">https://example.org/a?b=1&amp;c=2</a>", safe, StringComparison.Ordinal);
    }
}
