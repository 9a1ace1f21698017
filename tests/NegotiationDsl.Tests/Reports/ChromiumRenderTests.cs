using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Golden;
using Xunit;
using Xunit.Abstractions;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// The HTML report in a real browser: Debian's headless Chromium renders it (the screenshot is kept under
/// the test output's artifacts/ folder) and dumps its DOM. Without /usr/bin/chromium the tests fail when
/// CI=true, so CI cannot skip them silently, and elsewhere they return early and say why.
/// </summary>
public sealed class ChromiumRenderTests : IDisposable
{
    private readonly ITestOutputHelper _log;
    private readonly string _folder = Directory.CreateTempSubdirectory("negc-chromium-").FullName;
    private readonly Browser.HeadlessChromium _chromium;

    public ChromiumRenderTests(ITestOutputHelper log)
    {
        _log = log;
        _chromium = new Browser.HeadlessChromium(log, _folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static string ArtifactsFolder => Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public void The_examples_report_renders_with_its_timeline_and_the_written_response_deadline()
    {
        if (!ChromiumIsInstalled()) return;
        var page = WritePage("examples", HtmlReportWriter.Write(ReportModel.Build(ExampleGoldenTests.Compile("examples/geneva-2022"), "geneva-2022")));
        var screenshot = Path.Combine(_folder, "examples.png");

        Chromium("--screenshot=" + screenshot, "--window-size=1280,2000", page);

        Assert.True(File.Exists(screenshot), "Chromium wrote no screenshot.");
        var png = File.ReadAllBytes(screenshot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png.AsSpan(0, 8).ToArray());
        Assert.Equal((1280, 2000), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.True(png.Length > 30_000, $"The screenshot is only {png.Length} bytes: a blank page?");
        Directory.CreateDirectory(ArtifactsFolder);
        File.Copy(screenshot, Path.Combine(ArtifactsFolder, "examples.png"), overwrite: true);
        _log.WriteLine("Screenshot: " + Path.Combine(ArtifactsFolder, "examples.png"));

        var dom = Chromium("--dump-dom", page);
        Assert.Contains("<code>written_response</code>", dom, StringComparison.Ordinal);
        Assert.Contains("<span class=\"date\">2022-01-30</span>", dom, StringComparison.Ordinal);
        Assert.Contains("<svg", dom, StringComparison.Ordinal);
        Assert.Contains("Deadline: written_response", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_holding_a_script_element_shows_as_text()
    {
        if (!ChromiumIsInstalled()) return;
        var model = ReportModel.Build(Binding.BindingHelper.Compile(
            "party A;\nparty B;\nmeeting Geneva 2022-01-21 with A, B <\n  c: A commits \"x\" to B by next_week quote \"<script>alert(1)</script>\";\n>\n"), "script");
        var page = WritePage("script", HtmlReportWriter.Write(model));

        var dom = Chromium("--dump-dom", page);

        Assert.Contains("“&lt;script&gt;alert(1)&lt;/script&gt;”", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_page_of_an_archive_renders_without_a_console_message()
    {
        if (!ChromiumIsInstalled()) return;
        var model = ArchiveReportHelper.Model(ArchiveReportHelper.Standard());

        var doms = model.Pages.ToDictionary(page => page.Path, page => Render(WritePage(page.Path, HtmlReportWriter.WritePage(page))));

        Assert.Contains("<a href=\"../geneva-2022.html\">geneva-2022</a>", doms["archive/index"], StringComparison.Ordinal);
        Assert.Contains("<a href=\"../followup.html#track-1\">geneva-2022-followup</a> · geneva-2022-followup/followup.neg line 4", doms["archive/commitments"], StringComparison.Ordinal);
        Assert.Contains("<span class=\"state state-fulfilled\">fulfilled</span>", doms["archive/commitments"], StringComparison.Ordinal);
        Assert.Contains("<h1>Person: Sergei Lavrov</h1>", doms["archive/actors/Lavrov"], StringComparison.Ordinal);
        Assert.All(doms.Values, dom => Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase));

        var screenshot = Path.Combine(_folder, "archive-index.png");
        Chromium("--screenshot=" + screenshot, "--window-size=1280,1200", Path.Combine(_folder, "archive", "index.html"));
        Assert.True(File.Exists(screenshot), "Chromium wrote no screenshot.");
        Directory.CreateDirectory(ArtifactsFolder);
        File.Copy(screenshot, Path.Combine(ArtifactsFolder, "archive-index.png"), overwrite: true);
    }

    [Fact]
    public void An_actor_and_a_record_title_holding_a_script_element_show_as_text_on_the_archive_s_pages()
    {
        if (!ChromiumIsInstalled()) return;
        var model = ArchiveReportHelper.Model(ArchiveReportHelper.Create(
            ("/archive/actors/actors.neg", "party A state \"<script>alert(1)</script>\";\nparty B;\n"),
            ("/archive/t/t.neg", "use \"../actors\";\nrecord \"<script>alert(2)</script>\" published 2022-01-21;\nmeeting Geneva 2022-01-21 with A, B <\n  c: A commits \"x\" to B by next_week;\n>\n")));

        var actor = Render(WritePage("actor", HtmlReportWriter.WritePage(ArchiveReportHelper.ActorPage(model, "A"))));
        var index = Render(WritePage("index", HtmlReportWriter.WritePage(ArchiveReportHelper.Page(model, "archive/index"))));

        Assert.Contains("<h1>Party: &lt;script&gt;alert(1)&lt;/script&gt;</h1>", actor, StringComparison.Ordinal);
        Assert.Contains("“&lt;script&gt;alert(2)&lt;/script&gt;”", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", actor + index, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The page's DOM as Chromium builds it; a message on the page's console (a script error, a request the policy refused) fails the test.</summary>
    private string Render(string page)
    {
        var (dom, log) = Run("--enable-logging=stderr", "--v=0", "--dump-dom", page);
        Assert.DoesNotContain(log.Split('\n'), line => line.Contains(":CONSOLE", StringComparison.Ordinal));
        return dom;
    }

    private bool ChromiumIsInstalled() => _chromium.IsInstalled();

    /// <param name="name">The page's path under the folder, without extension (<c>archive/index</c>).</param>
    private string WritePage(string name, string html)
    {
        var path = Path.Combine([_folder, .. name.Split('/')]) + ".html";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html);
        return path;
    }

    /// <summary>Runs headless Chromium; returns what it printed.</summary>
    private string Chromium(params string[] arguments) => Run(arguments).Output;

    /// <summary>Runs headless Chromium; returns what it printed and what it logged.</summary>
    private (string Output, string Log) Run(params string[] arguments) => _chromium.Run(arguments);
}
