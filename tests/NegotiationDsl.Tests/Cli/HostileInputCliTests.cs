using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Benchmarks.Hostile;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The hostile inputs of docs/reliability.md through <c>negc build</c> in process: exit code 1, the
/// pinned diagnostic, no stack trace, nothing written. Time and memory are measured out of process by
/// <c>NegotiationDsl.Benchmarks hostile</c> (run by .ci/run); the two cases that take seconds and gigabytes
/// run only there.
/// </summary>
public sealed class HostileInputCliTests : CliTestBase
{
    private static readonly HashSet<string> OutOfProcessOnly = new() { "file-50mb-read", "statements-1m" };

    public static TheoryData<string> Cases() => new(HostileCases.All.Select(hostile => hostile.Name).Where(name => !OutOfProcessOnly.Contains(name)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Negc_build_exits_one_with_the_pinned_diagnostic_and_writes_nothing(string name)
    {
        var hostile = HostileCases.All.Single(candidate => candidate.Name == name);
        var folder = hostile.WriteInto(Folder);
        var output = Path.Combine(folder, "out");

        // Every diagnostic is printed: some cases pin one that comes after the first hundred.
        var (exitCode, printed, error) = Run("build", Path.Combine(folder, "record.neg"), "-o", output, "--target", "all", "--max-diagnostics", "0");

        Assert.Equal(1, exitCode);
        Assert.Contains("record.neg" + hostile.ExpectedDiagnostic, printed);
        Assert.DoesNotContain("   at ", printed + error);
        Assert.False(Directory.Exists(output), "a failed build created its output folder");
    }

    [Theory]
    [InlineData(null, 16L << 20)]
    [InlineData("64", 64L << 20)]
    [InlineData("0", 16L << 20)]
    [InlineData("-5", 16L << 20)]
    [InlineData("lots", 16L << 20)]
    [InlineData("99999999999999999999", 16L << 20)]
    public void The_file_size_limit_is_16_mb_unless_the_environment_gives_a_sensible_number(string? setting, long bytes) =>
        Assert.Equal(bytes, NegotiationDsl.Hosting.Input.FileSizeLimit.Read(setting));
}
