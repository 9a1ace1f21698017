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
        Assert.Equal("2022-01-24..2022-01-30 (week)", written.GetProperty("deadline").GetString());
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

}
