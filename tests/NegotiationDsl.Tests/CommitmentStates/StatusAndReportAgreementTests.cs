using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Tests.Cli;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Tests.Reports;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.CommitmentStates;

/// <summary>
/// <c>negc status</c> and <c>negc report</c> give the same state for every commitment of the examples on every
/// day: the state only changes where a date the rules compare starts or ends, so those days, their
/// neighbours, a day before the earliest and a margin after the latest cover every day; and on the default day. The
/// agreements', offers' and milestones' states are compared on the same days.
/// </summary>
public sealed class StatusAndReportAgreementTests : CliTestBase
{
    /// <summary>The examples' commitments, agreements (documents), milestones and labelled offers and proposals: the CSV tracker has a row for each.</summary>
    private const int StatesCompared = 43;

    [Fact]
    public void Status_and_report_agree_on_every_commitment_of_the_examples_on_every_day()
    {
        var days = DaysWhereAStateCanChange();
        Assert.True(days.Count > 50, $"only {days.Count} days");

        foreach (var day in days.Select(day => (string?)DateText(day)).Append(null))
        {
            var asOf = day is null ? [] : new[] { "--as-of", day };
            var status = StatusStates(asOf);
            var report = ReportStates(asOf);

            Assert.Equal(StatesCompared, status.Count);
            Assert.True(status.SequenceEqual(report), $"as of {day ?? "default"}:\n" +
                string.Join("\n", status.Zip(report).Where(pair => pair.First != pair.Second).Select(pair => $"status {pair.First} / report {pair.Second}")));
        }
    }

    private static List<LocalDate> DaysWhereAStateCanChange()
    {
        var compilations = ExampleGoldenTests.Folders().Select(row => ExampleGoldenTests.Compile((string)row[0])).ToList();
        var intervals = compilations.SelectMany(compilation => compilation.Commitments)
            .SelectMany(commitment => new[] { commitment.Date, commitment.Deadline }.Concat(commitment.Events.Select(e => e.Date)))
            .Concat(compilations.SelectMany(compilation => compilation.Milestones).SelectMany(milestone => milestone.Records.Select(e => e.Date).Append(milestone.Day)))
            .OfType<NegotiationDsl.Dates.DateInterval>()
            .ToList();
        var ends = intervals.SelectMany(interval => new[] { interval.Start, interval.End }).ToList();
        return ends.SelectMany(day => new[] { day.PlusDays(-1), day, day.PlusDays(1) })
            .Append(ends.Min().PlusDays(-1)).Append(ends.Max().PlusDays(30))
            .Distinct().Order().ToList();
    }

    /// <summary>"file:line id state" for each commitment, agreement, offer or proposal and milestone, sorted.</summary>
    private static List<string> StatusStates(string[] asOf)
    {
        var (exitCode, output, error) = Run(["status", "--format", "json", .. asOf, RepoPaths.Examples]);
        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        return new[] { "commitments", "agreements", "replies", "milestones" }.SelectMany(table =>
            json.RootElement.GetProperty(table).EnumerateArray().Select(row =>
            {
                var location = row.GetProperty("location");
                return Row(Path.GetFileName(location.GetProperty("path").GetString()!), location.GetProperty("line").GetInt32().ToString(CultureInfo.InvariantCulture), row.GetProperty("id").GetString()!, row.GetProperty("stateText").GetString()!);
            })).Order(StringComparer.Ordinal).ToList();
    }

    private List<string> ReportStates(string[] asOf)
    {
        var output = Path.Combine(Folder, "out");
        var (exitCode, _, error) = Run(["report", "--format", "csv", "-o", output, .. asOf, RepoPaths.Examples]);
        Assert.True(exitCode == 0, error);
        return Directory.GetFiles(Path.Combine(output, "reports"), "*.csv").SelectMany(path =>
        {
            var csv = ReportHelper.ParseCsv(System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path)));
            var column = csv[0].Select((name, index) => (name, index)).ToDictionary(pair => pair.name, pair => pair.index);
            return csv.Skip(1).Select(row => Row(row[column["file"]], row[column["line"]], row[column["id"]], row[column["state"]]));
        }).Order(StringComparer.Ordinal).ToList();
    }

    private static string Row(string file, string line, string id, string state) => $"{file}:{line} {id} {state}";

    private static string DateText(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);
}
