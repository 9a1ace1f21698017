using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// Every page of the small archive's report (<see cref="ArchiveReportHelper.Standard"/>) in every format of
/// <see cref="ReportFormats"/>, kept in tests/golden/archive-reports/ as negc lays them out under reports/
/// (archive/index.md, archive/actors/Blinken.html, ...). <c>NEG_UPDATE_GOLDEN=1 dotnet test</c> accepts changes.
/// </summary>
public sealed class ArchiveReportGoldenTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "golden", "archive-reports");

    public static IEnumerable<object[]> Cases() =>
        ArchiveReportHelper.Model(ArchiveReportHelper.Standard()).Pages.SelectMany(page => ReportFormats.All.Select(format => new object[] { page.Path, format.Name }));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Page_matches_golden(string path, string format)
    {
        var page = ArchiveReportHelper.Page(ArchiveReportHelper.Model(ArchiveReportHelper.Standard()), path);
        var writer = ReportFormats.All.Single(row => row.Name == format);
        var golden = Path.Combine([Folder, .. path.Split('/')]) + writer.Extension;
        Directory.CreateDirectory(Path.GetDirectoryName(golden)!);

        GoldenFile.AssertMatches(golden, writer.WritePage(page));
    }

    [Fact]
    public void Every_golden_file_is_a_page_of_the_archive()
    {
        var pages = Cases().Select(row => (string)row[0] + ReportFormats.All.Single(format => format.Name == (string)row[1]).Extension).Order().ToList();
        var files = Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Where(file => !file.Contains(".actual.", System.StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Folder, file).Replace('\\', '/')).Order().ToList();

        Assert.Equal(pages, files);
    }
}
