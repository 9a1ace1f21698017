using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Emit;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// Every example compilation's report in every format of <see cref="ReportFormats"/>, kept in tests/golden/reports/&lt;name&gt;.md|.html|.csv
/// (the default "as of" day: the latest date in its records). <c>NEG_UPDATE_GOLDEN=1 dotnet test</c> accepts changes.
/// </summary>
public sealed class ReportGoldenTests
{
    public static IEnumerable<object[]> Cases() =>
        ExampleGoldenTests.Folders().SelectMany(folder => ReportFormats.All.Select(format => new[] { folder[0], format.Name }));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_matches_golden(string folder, string format)
    {
        var compilation = ExampleGoldenTests.Compile(folder);
        var name = CompilationNames.For(compilation.SyntaxTrees.Select(tree => tree.FilePath).ToList());
        var model = ReportModel.Build(compilation, name);

        var writer = ReportFormats.All.Single(row => row.Name == format);

        GoldenFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "golden", "reports", name + writer.Extension), writer.Write(model));
    }

    [Fact]
    public void Each_example_folder_is_named_after_its_folder()
    {
        var names = ExampleGoldenTests.Folders().Select(folder => CompilationNames.For(ExampleGoldenTests.Compile((string)folder[0]).SyntaxTrees.Select(tree => tree.FilePath).ToList())).ToList();

        Assert.Equal(new[] { "actors", "black-sea-grain-2022", "camp-david-1978", "geneva-2022", "geneva-2022-followup", "minsk-2015", "new-start-2010", "singapore-2018" }, names);
    }
}
