using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The first and last day of the calendar (0001-01-01, 9999-12-31), as the records' dates and as the day asked
/// for: every command that counts from an "as of" day stays inside the calendar, and a day outside it is a
/// usage error, never an internal error or a year shown as 0000 or -0001.
/// </summary>
public sealed class CalendarEdgeTests : CliTestBase
{
    private const string Records =
        "record \"edge\" source \"s\" published 9999-12-31 language \"en\";\n" +
        "party A state \"A\" code \"AAA\";\nparty B state \"B\" code \"BBB\";\n" +
        "last: meeting Here 9999-12-31 1h with A, B <\n" +
        "  c1: A commits \"x\" to B by 9999-12-31;\n  c2: A commits \"y\" to B by this_year;\n  c3: A commits \"z\" to B by this_month;\n" +
        "  d1: A demands \"w\";\n  B rejects d1;\n>\n" +
        "first: meeting There 0001-01-01 1h with A, B <\n" +
        "  c4: A commits \"v\" to B by this_week;\n  c5: A commits \"u\" to B by 0001-01-01;\n  A fulfils c5 on 0001-01-01;\n>\n";

    [Theory]
    [InlineData("status", "0000-01-01")]
    [InlineData("status", "0000-12-31")]
    [InlineData("status", "-0001-01-01")]
    [InlineData("report", "0000-01-01")]
    [InlineData("report", "-0001-12-31")]
    public void An_as_of_day_outside_the_calendar_is_a_usage_error(string command, string day)
    {
        var records = Write("records/edge.neg", Records);
        var output = Path.Combine(Folder, "out");
        var args = command == "status" ? new[] { "status", "--as-of=" + day, records } : ["report", "--as-of=" + day, records, "-o", output];

        var (exitCode, _, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9005: --as-of '" + day + "' is outside the calendar, which runs from 0001-01-01 to 9999-12-31.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Records_and_as_of_days_at_both_ends_of_the_calendar_give_status_reports_and_models(string? asOf)
    {
        var records = Write("records/edge.neg", Records);
        var output = Path.Combine(Folder, "out");
        var asOfArguments = asOf is null ? Array.Empty<string>() : ["--as-of", asOf];

        var status = Run(["status", .. asOfArguments, records]);
        var json = Run(["status", "--format", "json", .. asOfArguments, records]);
        var report = Run(["report", .. asOfArguments, records, "-o", output]);
        var build = Run("build", records, "-o", output);

        Assert.All(new[] { status, json, report, build }, run => Assert.True(run.ExitCode == 0, run.Output + run.Error));
        Assert.Contains("Commitments as of " + (asOf ?? "9999-12-31") + ":", status.Output, StringComparison.Ordinal);
        Assert.Equal(5, JsonDocument.Parse(json.Output).RootElement.GetProperty("commitments").GetArrayLength());
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(file => !Path.GetFileName(file).StartsWith('.')))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("-0001-", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0000-", text, StringComparison.Ordinal);
            Assert.DoesNotContain("10000-", text, StringComparison.Ordinal);
        }
    }
}
