using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using NegotiationDsl.Cli;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

public sealed class BuildCommandTests : CliTestBase
{
    private string Out => Path.Combine(Folder, "out");

    /// <summary>The compilations of the examples' archive: one per folder that holds records.</summary>
    private static readonly string[] Names = ["actors", "black-sea-grain-2022", "camp-david-1978", "geneva-2022", "geneva-2022-followup", "minsk-2015", "new-start-2010", "singapore-2018"];

    /// <summary>The examples' register: a folder of the archive that uses no other, built on its own.</summary>
    private static string Register => Path.Combine(RepoPaths.Examples, "actors");

    [Fact]
    public void Building_the_examples_writes_a_model_and_a_json_file_per_compilation()
    {
        var (exitCode, output, _) = Run("build", RepoPaths.Examples, "-o", Out);

        Assert.Equal(0, exitCode);
        Assert.Equal(new[] { "Actors.g.cs", "BlackSeaGrain2022.g.cs", "CampDavid1978.g.cs", "Geneva2022.g.cs", "Geneva2022Followup.g.cs", "Minsk2015.g.cs", "NewStart2010.g.cs", "Singapore2018.g.cs" }, Files("csharp"));
        Assert.Equal(Names.Select(name => name + ".json").Order(StringComparer.Ordinal), Files("json"));
        Assert.Equal(Names.SelectMany(name => new[] { name + ".csv", name + ".html", name + ".md" }).Order(StringComparer.Ordinal), Files("reports"));
        var written = 16 + Directory.GetFiles(Path.Combine(Out, "reports"), "*", SearchOption.AllDirectories).Length;
        Assert.Contains($"{written} file(s) written", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_limits_what_is_written()
    {
        var (exitCode, _, _) = Run("build", Register, "-o", Out, "--target", "json");

        Assert.Equal(0, exitCode);
        Assert.Equal(new[] { "actors.json" }, Files("json"));
        Assert.False(Directory.Exists(Path.Combine(Out, "csharp")));
    }

    [Fact]
    public void A_second_build_without_changes_leaves_every_file_untouched()
    {
        Run("build", Register, "-o", Out);
        var before = Directory.GetFiles(Out, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var (exitCode, output, _) = Run("build", Register, "-o", Out);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 file(s) written, 5 unchanged", output, StringComparison.Ordinal);
        Assert.All(before, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));
    }

    [Fact]
    public void A_build_with_an_error_exits_one_and_leaves_the_outputFolder_byte_identical()
    {
        var records = Path.Combine(Folder, "records");
        Directory.CreateDirectory(records);
        File.WriteAllText(Path.Combine(records, "a.neg"), "party A;\nA says \"x\";\n");
        Assert.Equal(0, Run("build", records, "-o", Out).ExitCode);
        var before = Snapshot();

        File.WriteAllText(Path.Combine(records, "a.neg"), "party A;\nA says \"changed\";\nNobody says \"y\";\n");
        var (exitCode, output, error) = Run("build", records, "-o", Out);

        Assert.Equal(1, exitCode);
        Assert.Contains("error NEG2001", output, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_is_an_io_error()
    {
        File.WriteAllText(Path.Combine(Folder, "blocked"), "a file where the output folder should be");

        var (exitCode, _, error) = Run("build", Register, "-o", Path.Combine(Folder, "blocked"));

        Assert.Equal(2, exitCode);
        Assert.Contains("NEG9006", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_option_is_required()
    {
        Assert.Equal(2, Run("build", RepoPaths.Examples).ExitCode);
    }

    private string[] Files(string kind) =>
        Directory.GetFiles(Path.Combine(Out, kind)).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    private string Snapshot() => string.Join("\n", Directory.GetFiles(Out, "*", SearchOption.AllDirectories)
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(Out, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));

}
