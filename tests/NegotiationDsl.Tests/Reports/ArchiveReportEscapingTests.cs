using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.Reports;
using NegotiationDsl.Reports.Archives;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// The shared hostile strings as actors' full names, record titles, places, deliverables, quotes and sources of an
/// archive, and as the names of its folders: every page of the archive's report keeps the structure it has for
/// harmless strings, in every format, and every link stays a link to a page of the run.
/// </summary>
public sealed class ArchiveReportEscapingTests
{
    private static readonly ArchiveReportModel Hostile = ArchiveReportHelper.Model(Records(HostileStrings.Values));
    private static readonly ArchiveReportModel Harmless = ArchiveReportHelper.Model(Records(HostileStrings.Values.Select((_, i) => "text " + i.ToString(CultureInfo.InvariantCulture)).ToList()));

    /// <summary>A register of parties named by the strings, a track that puts them everywhere, and a follow-up that settles each commitment from another folder.</summary>
    private static Archive Records(IReadOnlyList<string> strings)
    {
        static string Literal(string text) => HostileStrings.NegLiteral(text);
        var register = "record " + Literal(strings[0]) + ";\n" + string.Concat(strings.Select((text, i) => $"party P{i} state {Literal(text)};\n")) + "party B;\n";
        var track = "use \"../actors\";\nrecord " + Literal(strings[6]) + " source " + Literal(strings[1]) + " published 2022-01-21;\n" + string.Concat(strings.Select((text, i) =>
            $"meeting {Literal(text)} 2022-01-21 with P{i}, B <\n  c{i}: P{i} commits {Literal(text)} to B by next_week quote {Literal(text)} source {Literal(text)};\n>\n"));
        var followUp = "use \"../actors\";\nuse \"../track\" as t;\nrecord " + Literal(strings[7]) + " published 2022-01-26;\n" +
            string.Concat(strings.Select((_, i) => $"P{i} fulfils t.c{i} on 2022-01-26;\n"));
        return ArchiveReportHelper.Create(("/archive/actors/actors.neg", register), ("/archive/track/track.neg", track), ("/archive/follow/follow.neg", followUp));
    }

    /// <summary>One folder per name, each with a party, a meeting and a commitment: folder names are link text, report names and CSV cells.</summary>
    private static ArchiveReportModel Folders(IReadOnlyList<string> names) => ArchiveReportHelper.Model(ArchiveReportHelper.Create(names.Select((name, i) =>
        ($"/archive/{name}/r.neg", $"party A{i};\nmeeting Geneva 2022-01-21 with A{i} <\n  c{i}: A{i} commits \"x\" by next_week;\n>\n")).ToArray()));

    /// <summary>The hostile strings a folder can be named (no separator, no NUL, not empty), each once.</summary>
    private static readonly IReadOnlyList<string> FolderNames = HostileStrings.Values
        .Select(value => value.Replace('/', '_').Replace('\\', '_').Replace('\0', '_'))
        .Where(value => value.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_hostile_archive_puts_every_string_on_the_pages()
    {
        Assert.Equal(HostileStrings.All.Count, Hostile.Commitments.Length);
        Assert.All(Hostile.Commitments, commitment => Assert.Equal(CommitmentState.Fulfilled, commitment.Commitment.State));
        Assert.Equal(HostileStrings.All.Count + 1, Hostile.Actors.Length);
    }

    [Fact]
    public void Markdown_pages_keep_their_structure_and_hold_no_html_but_their_own()
    {
        foreach (var (hostile, harmless) in Hostile.Pages.Zip(Harmless.Pages))
        {
            var markdown = MarkdownReportWriter.WritePage(hostile);

            Assert.Equal(ReportHelper.MarkdownShape(MarkdownReportWriter.WritePage(harmless)), ReportHelper.MarkdownShape(markdown));
            Assert.All(Regex.Matches(markdown, "<[^>]*>").Select(match => match.Value).Distinct(), tag => Assert.Matches("^(<br>|<sub>|</sub>|<a id=\"[a-z0-9-]+\">|</a>)$", tag));
        }

        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", MarkdownReportWriter.WritePage(ArchiveReportHelper.Page(Hostile, "archive/commitments")), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_pages_have_the_elements_they_have_for_harmless_text_and_the_text_is_escaped()
    {
        foreach (var (hostile, harmless) in Hostile.Pages.Zip(Harmless.Pages))
        {
            var html = HtmlReportWriter.WritePage(hostile);

            Assert.Equal(ReportHelper.HtmlShape(HtmlReportWriter.WritePage(harmless)), ReportHelper.HtmlShape(html));
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(HostileStrings.RawHidden(html, '\r', '\t'));
        }

        var scriptParty = ArchiveReportHelper.ActorPage(Hostile, "P6");
        Assert.Contains("<h1>Party: &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>", HtmlReportWriter.WritePage(scriptParty), StringComparison.Ordinal);
        Assert.Contains("she said &quot;no&quot; and &#39;never&#39;", HtmlReportWriter.WritePage(ArchiveReportHelper.Page(Hostile, "archive/index")), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_pages_keep_their_rows_and_every_string_as_text()
    {
        foreach (var (hostile, harmless) in Hostile.Pages.Zip(Harmless.Pages))
        {
            var csv = CsvReportWriter.WritePage(hostile);

            Assert.Equal(ReportHelper.ParseCsv(CsvReportWriter.WritePage(harmless)).Select(row => row.Count), ReportHelper.ParseCsv(csv).Select(row => row.Count));
            Assert.Empty(HostileStrings.RawHidden(ReportHelper.AfterByteOrderMark(csv), '\r', '\t'));
        }

        var tracker = CsvReportWriter.WritePage(ArchiveReportHelper.Page(Hostile, "archive/commitments"));
        var formula = HostileStrings.All.ToList().FindIndex(hostile => hostile.Name == "spreadsheet formula");
        Assert.Equal("'=SUM(A1) +1 -1 @cmd", ReportHelper.CsvRow(tracker, "track/c" + formula.ToString(CultureInfo.InvariantCulture))["deliverable"]);
    }

    [Fact]
    public void Hostile_folder_names_keep_every_page_s_structure_in_every_format()
    {
        var hostile = Folders(FolderNames);
        var harmless = Folders(FolderNames.Select((_, i) => "folder " + i.ToString(CultureInfo.InvariantCulture)).ToList());

        foreach (var (page, other) in hostile.Pages.Zip(harmless.Pages))
        {
            Assert.Equal(ReportHelper.MarkdownShape(MarkdownReportWriter.WritePage(other)), ReportHelper.MarkdownShape(MarkdownReportWriter.WritePage(page)));
            Assert.Equal(ReportHelper.HtmlShape(HtmlReportWriter.WritePage(other)), ReportHelper.HtmlShape(HtmlReportWriter.WritePage(page)));
            Assert.Equal(ReportHelper.ParseCsv(CsvReportWriter.WritePage(other)).Select(row => row.Count), ReportHelper.ParseCsv(CsvReportWriter.WritePage(page)).Select(row => row.Count));
            foreach (var format in ReportFormats.All) Assert.Empty(HostileStrings.RawHidden(ReportHelper.AfterByteOrderMark(format.WritePage(page)), '\r', '\t'));
        }
    }

    [Fact]
    public void Every_link_of_every_page_leads_to_a_page_of_the_run_inside_the_reports_folder()
    {
        foreach (var model in new[] { ArchiveReportHelper.Model(ArchiveReportHelper.Standard()), Hostile, Folders(FolderNames) })
        {
            var pages = model.Pages.Select(page => page.Path).Concat(model.Folders.Select(folder => folder.Report)).ToHashSet(StringComparer.Ordinal);
            Assert.All(pages, path => Assert.DoesNotMatch(@"(^|/)\.|^/|\\", path));
            foreach (var page in model.Pages)
            {
                AssertLinks(page.Path, MarkdownReportWriter.WritePage(page), @"(?<!\\)\]\(([^)#]*)(#[a-z0-9-]+)?\)", ".md", pages);
                AssertLinks(page.Path, HtmlReportWriter.WritePage(page), "<a href=\"([^\"#]*)(#[a-z0-9-]+)?\">", ".html", pages);
            }
        }
    }

    /// <summary>Each link's target (but links within the page), resolved from the page's folder and decoded, is a page of the run with the format's extension.</summary>
    private static void AssertLinks(string from, string text, string pattern, string extension, HashSet<string> pages)
    {
        var links = Regex.Matches(text, pattern).Select(match => match.Groups[1].Value).Where(href => href.Length > 0).ToList();
        Assert.NotEmpty(links);
        foreach (var href in links)
        {
            Assert.EndsWith(extension, href, StringComparison.Ordinal);
            var steps = from.Split('/')[..^1].ToList();
            foreach (var step in href[..^extension.Length].Split('/'))
            {
                Assert.NotEmpty(step);
                if (step == "..")
                {
                    Assert.True(steps.Count > 0, $"{href} on {from} leaves the reports folder.");
                    steps.RemoveAt(steps.Count - 1);
                }
                else
                {
                    Assert.DoesNotMatch("[^A-Za-z0-9_.~%-]", step);
                    steps.Add(Uri.UnescapeDataString(step));
                }
            }

            Assert.Contains(string.Join("/", steps), pages);
        }
    }
}
