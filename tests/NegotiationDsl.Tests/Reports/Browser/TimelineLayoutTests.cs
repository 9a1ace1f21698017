using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NegotiationDsl.Tests.Reports.Browser;

/// <summary>
/// Every example's HTML report and every page of the examples' archive report, laid out by headless Chromium at 600 and
/// 1400 px wide: no text renders under 10 px (its computed size times its SVG's scale), no two of the timeline's labels
/// or legend entries overlap, and no label leaves its column or the picture. A test copy of each page carries
/// layout-probe.js (the shipped page has no script, and its security policy would refuse one); the probe writes its
/// findings into the page, which Chromium dumps. Screenshots of the examples at both widths are kept under the test
/// output's artifacts/ folder for review by eye.
/// </summary>
public sealed class TimelineLayoutTests : IDisposable
{
    private static readonly Lazy<Dictionary<string, string>> ArchivePages = new(() =>
        ArchiveReportHelper.Model(ExampleGoldenTests.Archive()).Pages.ToDictionary(page => page.Path, page => HtmlReportWriter.WritePage(page)));

    private readonly string _folder = Directory.CreateTempSubdirectory("negc-layout-").FullName;
    private readonly HeadlessChromium _chromium;
    private readonly ITestOutputHelper _log;

    public TimelineLayoutTests(ITestOutputHelper log)
    {
        _log = log;
        _chromium = new HeadlessChromium(log, _folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Every example folder, the archive's index and tracker, and its three longest actor pages: the actor pages share
    /// one layout, and a browser run per page and width costs seconds.
    /// </summary>
    public static IEnumerable<object[]> Pages()
    {
        var actors = ArchivePages.Value.Where(page => page.Key.StartsWith("archive/actors/", StringComparison.Ordinal))
            .OrderByDescending(page => page.Value.Length).ThenBy(page => page.Key, StringComparer.Ordinal).Take(3).Select(page => page.Key);
        var archive = ArchivePages.Value.Keys.Where(path => !path.StartsWith("archive/actors/", StringComparison.Ordinal)).Concat(actors).Order(StringComparer.Ordinal);
        return ExampleGoldenTests.Folders().Select(folder => (string)folder[0]).Concat(archive)
            .SelectMany(page => new[] { 600, 1400 }.Select(width => new object[] { page, width }));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Text_is_readable_and_no_two_timeline_labels_overlap(string page, int width)
    {
        if (!_chromium.IsInstalled()) return;
        var example = page.StartsWith("examples/", StringComparison.Ordinal);
        var html = example ? HtmlReportWriter.Write(ReportModel.Build(ExampleGoldenTests.Compile(page), ExampleGoldenTests.Name(page))) : ArchivePages.Value[page];

        var (findings, measured) = Probe(html, width);

        Assert.Empty(findings);
        Assert.True(measured > 20, $"Only {measured} pieces of text measured: an empty page?");
        if (example) Screenshot(html, width, ExampleGoldenTests.Name(page));
    }

    [Fact]
    public void The_probe_finds_a_6_px_label_an_overlap_and_a_label_past_its_column()
    {
        if (!_chromium.IsInstalled()) return;
        const string Page = """
<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p style="font-size: 15px">Readable text, long enough to be measured.</p>
<figure class="negc-probe-case"><svg viewBox="0 0 1000 200" style="width: 1000px">
<line class="tl-axis" x1="340" y1="34" x2="980" y2="34"/>
<text class="tl-label" x="20" y="60" style="font-size: 6px">tiny</text>
<text class="tl-label" x="20" y="100" style="font-size: 13px">first label</text>
<text class="tl-label" x="40" y="104" style="font-size: 13px">second label</text>
<text class="tl-label" x="300" y="150" style="font-size: 13px">running into the chart</text>
</svg></figure></body></html>
""";

        var (findings, _) = Probe(Page, 1400);

        Assert.Contains("small 6.00 tiny", findings);
        Assert.Contains("overlap first label | second label", findings);
        Assert.Contains("outside running into the chart", findings);
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void The_shipped_report_has_no_script()
    {
        var html = HtmlReportWriter.Write(ReportModel.Build(ExampleGoldenTests.Compile("examples/minsk-2015"), "minsk-2015"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("negc-probe", html, StringComparison.Ordinal);
    }

    /// <summary>The probe's findings for a test copy of the page at this width, and how many pieces of text it measured.</summary>
    private (List<string> Findings, int Measured) Probe(string html, int width)
    {
        var probe = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NegotiationDsl.Tests", "Reports", "Browser", "layout-probe.js"));
        var copy = Regex.Replace(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n?", "");
        copy = copy.Replace("</body>", "<script>\n" + probe + "</script>\n</body>", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "probe-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(path, copy);

        var (dom, _) = _chromium.Run("--window-size=" + width + ",1600", "--virtual-time-budget=3000", "--dump-dom", path);

        var match = Regex.Match(dom, "<pre id=\"negc-probe\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(match.Success, "The probe wrote nothing: did the page load?");
        var lines = WebUtility.HtmlDecode(match.Groups[1].Value).Split('\n').ToList();
        var measured = int.Parse(lines[^1]["checked ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var line in lines) _log.WriteLine(line);
        return (lines.Take(lines.Count - 1).ToList(), measured);
    }

    private void Screenshot(string html, int width, string name)
    {
        var path = Path.Combine(_folder, name + ".html");
        File.WriteAllText(path, html);
        var screenshot = Path.Combine(_folder, $"{name}-{width}.png");
        _chromium.Run("--screenshot=" + screenshot, $"--window-size={width},1600", path);
        Assert.True(File.Exists(screenshot), "Chromium wrote no screenshot.");
        var artifacts = Path.Combine(ChromiumRenderTests.ArtifactsFolder, "timeline");
        Directory.CreateDirectory(artifacts);
        File.Copy(screenshot, Path.Combine(artifacts, $"{name}-{width}.png"), overwrite: true);
    }
}
