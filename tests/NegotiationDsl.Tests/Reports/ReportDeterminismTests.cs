using System.Globalization;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>Same records, same bytes: no timestamp, no hash order, no culture, no machine in a report.</summary>
public sealed class ReportDeterminismTests
{
    [Theory]
    [MemberData(nameof(ExampleGoldenTests.Folders), MemberType = typeof(ExampleGoldenTests))]
    public void Two_compilations_of_the_same_records_give_the_same_reports(string folder)
    {
        var first = ReportHelper.All(ReportModel.Build(ExampleGoldenTests.Compile(folder), "name"));
        var second = ReportHelper.All(ReportModel.Build(ExampleGoldenTests.Compile(folder), "name"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_current_culture_does_not_change_a_report()
    {
        var expected = ReportHelper.All(ReportModel.Build(ExampleGoldenTests.Compile("examples/geneva-2022"), "geneva-2022"));
        var hostile = ReportHelper.All(ReportHelper.Model(HostileStrings.Record()));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            Assert.Equal(expected, ReportHelper.All(ReportModel.Build(ExampleGoldenTests.Compile("examples/geneva-2022"), "geneva-2022")));
            Assert.Equal(hostile, ReportHelper.All(ReportHelper.Model(HostileStrings.Record())));
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalization: there is no other culture to run under.
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }
}
