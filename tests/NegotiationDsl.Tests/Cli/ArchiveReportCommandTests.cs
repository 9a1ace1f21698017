using System;
using System.IO;
using System.Linq;
using Xunit;
using Helper = NegotiationDsl.Tests.Reports.ArchiveReportHelper;

namespace NegotiationDsl.Tests.Cli;

/// <summary><c>negc report</c> and <c>negc build</c> on an archive's root write the archive's pages beside each folder's report, all or nothing.</summary>
public sealed class ArchiveReportCommandTests : CliTestBase
{
    private static readonly string[] FolderReports = { "actors", "followup", "geneva-2022" };
    private static readonly string[] ArchivePages = { "archive/actors/Blinken", "archive/actors/Lavrov", "archive/actors/Russia", "archive/actors/US", "archive/commitments", "archive/index" };

    public ArchiveReportCommandTests()
    {
        Write("archive/negarchive.json", "{}\n");
        Write("archive/actors/actors.neg", Helper.Actors);
        Write("archive/geneva-2022/geneva-2022.neg", Helper.Geneva);
        Write("archive/geneva-2022-followup/followup.neg", Helper.FollowUp);
    }

    private string Root => Path.Combine(Folder, "archive");

    private string Output => Path.Combine(Folder, "out");

    private string[] Written() => Directory.GetFiles(Path.Combine(Output, "reports"), "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Path.Combine(Output, "reports"), path).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    private static string[] Files(string[] pages, params string[] extensions) =>
        pages.SelectMany(page => extensions.Select(extension => page + extension)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_root_of_an_archive_gets_the_archive_s_pages_in_every_format_besides_each_folder_s_report()
    {
        var (exitCode, output, error) = Run("report", Root, "-o", Output);

        Assert.True(exitCode == 0, error);
        Assert.Equal(Files([.. FolderReports, .. ArchivePages], ".csv", ".html", ".md"), Written());
        Assert.Equal(Written().Length, output.Split('\n').Count(line => line.StartsWith("wrote ", StringComparison.Ordinal)));
        var tracker = File.ReadAllText(Path.Combine(Output, "reports", "archive", "commitments.md"));
        Assert.Contains("| **fulfilled** | [geneva-2022](../geneva-2022.md#track-1) · geneva-2022/geneva-2022.neg line 4 | fulfilled 2022-01-26 by **Antony Blinken**, in [geneva-2022-followup](../followup.md#track-1)", tracker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_inside_an_archive_gets_its_report_only()
    {
        var (exitCode, _, error) = Run("report", Path.Combine(Root, "geneva-2022"), "-o", Output);

        Assert.True(exitCode == 0, error);
        Assert.Equal(Files(["geneva-2022"], ".csv", ".html", ".md"), Written());
    }

    [Fact]
    public void One_format_and_a_day_apply_to_the_archive_s_pages_too()
    {
        var (exitCode, _, error) = Run("report", Root + Path.DirectorySeparatorChar, "-o", Output, "--format", "html", "--as-of", "2022-01-25");

        Assert.True(exitCode == 0, error);
        Assert.Equal(Files([.. FolderReports, .. ArchivePages], ".html"), Written());
        var tracker = File.ReadAllText(Path.Combine(Output, "reports", "archive", "commitments.html"));
        Assert.Contains("<span class=\"state state-due\">due</span>", tracker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_cannot_be_written_leaves_the_output_folder_as_it_was()
    {
        Directory.CreateDirectory(Path.Combine(Output, "reports", "archive", "index.html"));

        var (exitCode, _, error) = Run("report", Root, "-o", Output);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9021", error, StringComparison.Ordinal);
        Assert.Equal(new[] { ".negc.lock" }, Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public void The_root_given_twice_is_one_archive()
    {
        var (exitCode, _, error) = Run("report", Root, Root + Path.DirectorySeparatorChar, "-o", Output, "--format", "csv");

        Assert.True(exitCode == 0, error);
        Assert.Equal(Files([.. FolderReports, .. ArchivePages], ".csv"), Written());
    }

    [Fact]
    public void Build_writes_the_archive_s_pages_with_the_reports()
    {
        var (exitCode, _, error) = Run("build", Root, "-o", Output, "--target", "reports");

        Assert.True(exitCode == 0, error);
        Assert.Equal(Files([.. FolderReports, .. ArchivePages], ".csv", ".html", ".md"), Written());
    }
}
