using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Cli;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

public sealed class StatusCommandTests : CliTestBase
{
    [Fact]
    public void Status_of_the_examples_lists_the_written_response_with_its_deadline_and_state()
    {
        var (exitCode, output, _) = Run("status", "--as-of", "2022-01-31", RepoPaths.Examples);

        Assert.Equal(0, exitCode);
        var line = output.Split('\n').Single(l => l.StartsWith("written_response ", StringComparison.Ordinal));
        Assert.Contains("2022-01-24..2022-01-30 (week)", line, StringComparison.Ordinal);
        Assert.Contains("fulfilled", line, StringComparison.Ordinal);
        Assert.Contains("Commitments as of 2022-01-31:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_as_json_names_each_state()
    {
        var (exitCode, output, _) = Run("status", "--as-of", "2022-01-25", "--format", "json", Path.Combine(RepoPaths.Examples, "geneva-2022", "geneva-2022.neg"));

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var written = json.RootElement.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "written_response");
        Assert.Equal("due", written.GetProperty("state").GetString());
        var deadline = written.GetProperty("deadline");
        Assert.Equal(("2022-01-24", "2022-01-30", "week"), (deadline.GetProperty("start").GetString(), deadline.GetProperty("end").GetString(), deadline.GetProperty("precision").GetString()));
    }

    [Fact]
    public void An_invalid_as_of_date_is_a_usage_error()
    {
        var (exitCode, _, error) = Run("status", "--as-of", "2022-13-01", RepoPaths.Examples);

        Assert.Equal(2, exitCode);
        Assert.Contains("NEG9005", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Negconfig_json_changes_severities_for_itsFolder_and_below()
    {
        File.WriteAllText(Path.Combine(Folder, "negconfig.json"), "{ \"root\": true, \"diagnostics\": { \"NEG2009\": \"none\", \"NEG2007\": \"error\" } }");
        File.WriteAllText(Path.Combine(Folder, "a.neg"), "person A;\nperson B;\nperson Unused;\nmeeting X with A < B says \"x\"; >\n");

        var (exitCode, output, _) = Run("check", Folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("error NEG2007", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NEG2009", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_negconfig_is_an_io_error()
    {
        File.WriteAllText(Path.Combine(Folder, "negconfig.json"), "{ \"diagnostics\": { \"NEG2009\": \"loud\" } }");
        File.WriteAllText(Path.Combine(Folder, "a.neg"), "party A;\n");

        var (exitCode, _, error) = Run("check", Folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("NEG9004", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EachFolder_is_its_own_compilation()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "one"));
        Directory.CreateDirectory(Path.Combine(Folder, "two"));
        File.WriteAllText(Path.Combine(Folder, "one", "actors.neg"), "party USA;\n");
        File.WriteAllText(Path.Combine(Folder, "one", "record.neg"), "USA says \"x\";\n");
        File.WriteAllText(Path.Combine(Folder, "two", "record.neg"), "party USA;\nUSA says \"y\";\n");

        var (exitCode, output, _) = Run("check", Folder);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("NEG2005", output, StringComparison.Ordinal);
    }


    [Fact]
    public void Amounts_and_graded_sources_show_in_text_and_json_and_their_columns_only_when_a_row_has_one()
    {
        File.WriteAllText(Path.Combine(Folder, "a.neg"),
            "party A;\nparty B;\n" +
            "deal: agreement \"Deal\" source \"UN Treaty Series\";\nA signs deal on 2022-01-01;\n" +
            "cut: A commits \"to cut\" amount at most 8600 troops source \"Reuters\" graded B2 disputed by \"TASS\" graded C4 on 2022-01-02;\n" +
            "plain: A commits \"to talk\" on 2022-01-02;\n" +
            "aid: A offers \"aid\" to B amount USD 1.5 billion on 2022-01-03;\n");

        var (exitCode, output, error) = Run("status", "--as-of", "2022-02-01", Folder);

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("ID ", StringComparison.Ordinal) && line.Contains("  AMOUNT  ", StringComparison.Ordinal)
            && line.Contains("  SOURCE  ", StringComparison.Ordinal) && line.Contains("DELIVERABLE", StringComparison.Ordinal));
        var cut = lines.Single(line => line.StartsWith("cut ", StringComparison.Ordinal));
        Assert.Contains("at most 8,600 troops", cut, StringComparison.Ordinal);
        Assert.Contains("Reuters (B2); disputed by TASS (C4)", cut, StringComparison.Ordinal);
        Assert.Contains("UN Treaty Series", lines.Single(line => line.StartsWith("deal ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var offers = lines.Single(line => line.StartsWith("ID ", StringComparison.Ordinal) && line.Contains("REPLY", StringComparison.Ordinal));
        Assert.Contains("AMOUNT", offers, StringComparison.Ordinal);
        Assert.DoesNotContain("SOURCE", offers, StringComparison.Ordinal);
        Assert.Contains("USD 1.5 billion", lines.Single(line => line.StartsWith("aid ", StringComparison.Ordinal)), StringComparison.Ordinal);

        (exitCode, output, error) = Run("status", "--as-of", "2022-02-01", "--format", "json", Folder);

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var commitments = json.RootElement.GetProperty("commitments").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        var cutJson = commitments["cut"];
        Assert.Equal("at most 8,600 troops", cutJson.GetProperty("quantities")[0].GetProperty("text").GetString());
        Assert.Equal(8600, cutJson.GetProperty("quantities")[0].GetProperty("value").GetInt32());
        Assert.Equal(["Reuters", "TASS"], cutJson.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("name").GetString()));
        Assert.Equal(["B2", "C4"], cutJson.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("grade").GetString()));
        Assert.Equal("disputes", cutJson.GetProperty("sources")[1].GetProperty("stance").GetString());
        Assert.Equal(0, commitments["plain"].GetProperty("quantities").GetArrayLength());
        Assert.Equal(0, commitments["plain"].GetProperty("sources").GetArrayLength());
        Assert.Equal("UN Treaty Series", json.RootElement.GetProperty("agreements")[0].GetProperty("sources")[0].GetProperty("name").GetString());
        Assert.Equal("USD 1.5 billion", json.RootElement.GetProperty("replies")[0].GetProperty("quantities")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Records_without_amounts_or_own_sources_keep_their_table()
    {
        var (exitCode, output, _) = Run("status", "--as-of", "2022-01-31", Path.Combine(RepoPaths.Examples, "geneva-2022"));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("AMOUNT", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SOURCE", output, StringComparison.Ordinal);
    }
}
