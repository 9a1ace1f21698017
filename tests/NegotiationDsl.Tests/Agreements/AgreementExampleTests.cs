using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Tests.Cli;
using NegotiationDsl.Tests.Emit;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Agreements;

/// <summary>The three examples of real agreements, with the dates the public record gives them, as negc computes them.</summary>
public sealed class AgreementExampleTests : CliTestBase
{
    private static string Example(string name) => Path.Combine(RepoPaths.Examples, name);

    [Fact]
    public void Camp_David_the_peace_treaty_was_concluded_late_against_the_three_months_of_the_framework()
    {
        var lines = Status("1979-04-01", "camp-david-1978");

        var line = Row(lines, "treaty_in_three_months");
        Assert.Contains("1978-09-17..1978-12-17", line, StringComparison.Ordinal);
        Assert.Contains("fulfilled late", line, StringComparison.Ordinal);
        Assert.Contains("signed  1979-03-26", Row(lines, "peace_treaty"), StringComparison.Ordinal);
        Assert.Contains("1979-04-25..1982-04-25", Row(lines, "sinai_withdrawal"), StringComparison.Ordinal);
    }

    [Fact]
    public void New_START_the_central_limits_were_due_seven_years_after_entry_into_force()
    {
        var lines = Status("2018-01-01", "new-start-2010");

        Assert.Contains("2011-02-05..2018-02-05  due", Row(lines, "central_limits"), StringComparison.Ordinal);
        Assert.Contains("in force  2010-04-08  2011-02-05  2021-02-05", Row(lines, "new_start"), StringComparison.Ordinal);
    }

    [Fact]
    public void New_START_the_extension_moved_the_end_to_2026_and_Russia_suspended_it()
    {
        Assert.Contains("in force  2010-04-08  2011-02-05  2026-02-05", Row(Status("2021-06-01", "new-start-2010"), "new_start"), StringComparison.Ordinal);
        Assert.Contains("suspended  2010-04-08  2011-02-05  2026-02-05", Row(Status("2023-03-01", "new-start-2010"), "new_start"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-10-01", "in force  2022-07-22  2022-07-22  2022-11-19")]
    [InlineData("2022-12-01", "in force  2022-07-22  2022-07-22  2023-03-19")]
    [InlineData("2023-04-01", "in force  2022-07-22  2022-07-22  2023-05-18")]
    [InlineData("2023-06-01", "in force  2022-07-22  2022-07-22  2023-07-17")]
    [InlineData("2023-07-18", "terminated  2022-07-22  2022-07-22  2023-07-17")]
    public void Black_Sea_Grain_Initiative_the_term_and_its_extensions(string asOf, string expected) =>
        Assert.Contains(expected, Row(Status(asOf, "black-sea-grain-2022"), "grain_initiative"), StringComparison.Ordinal);

    [Fact]
    public void Black_Sea_Grain_Initiative_json_validates_and_carries_the_first_term_end()
    {
        var output = Path.Combine(Folder, "out");
        var (exitCode, text, error) = Run("build", Example("black-sea-grain-2022"), "-o", output, "--target", "json");
        Assert.True(exitCode == 0, text + error);

        var json = File.ReadAllText(Path.Combine(output, "json", "black-sea-grain-2022.json"));
        RecordSchema.AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var agreement = document.RootElement.GetProperty("agreements").EnumerateArray().Single();
        var entry = agreement.GetProperty("events").EnumerateArray().Single(item => item.GetProperty("kind").GetString() == "entryIntoForce");
        Assert.Equal("2022-11-19", entry.GetProperty("termEnd").GetString());
        Assert.Equal("2023-07-17", agreement.GetProperty("dates").GetProperty("termEnd").GetString());
        Assert.Equal(4, agreement.GetProperty("signatories").GetArrayLength());
        Assert.Equal("2023-07-17", agreement.GetProperty("dates").GetProperty("terminated").GetProperty("start").GetString());
        Assert.False(agreement.TryGetProperty("state", out _), "a record document carries facts and dates, not a state on a day");
        Assert.False(agreement.TryGetProperty("asOf", out _));
    }

    [Fact]
    public void Status_as_json_lists_the_agreements_beside_the_commitments()
    {
        var (exitCode, output, error) = Run("status", "--as-of", "2023-03-01", "--format", "json", Example("new-start-2010"));
        Assert.True(exitCode == 0, output + error);

        using var document = JsonDocument.Parse(output);
        var agreement = document.RootElement.GetProperty("agreements").EnumerateArray().Single();
        Assert.Equal("new_start", agreement.GetProperty("id").GetString());
        Assert.Equal("suspended", agreement.GetProperty("state").GetString());
        Assert.Equal("2026-02-05", agreement.GetProperty("termEnd").GetString());
        Assert.Equal("2023-03-01", agreement.GetProperty("asOf").GetString());
    }

    private static string[] Status(string asOf, string example)
    {
        var (exitCode, output, error) = Run("status", "--as-of", asOf, Example(example));
        Assert.True(exitCode == 0, output + error);
        return output.Split('\n');
    }

    private static string Row(string[] lines, string id) => lines.Single(line => line.StartsWith(id + " ", StringComparison.Ordinal));
}
