using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using NegotiationDsl.Hosting.Output.Files;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The output folder of <c>negc build</c> and <c>negc report</c> (and so of the MSBuild package) is updated all or
/// nothing, one negc at a time, and nothing is written outside it: links below it, special files and a second build
/// are refused or waited for, and a failure midway leaves every file as it was.
/// </summary>
public sealed class OutputFolderTests : CliTestBase
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    private string Out => Path.Combine(Folder, "out");

    /// <summary>The examples' register: a folder of the archive that uses no other, built on its own.</summary>
    private static string Register => Path.Combine(RepoPaths.Examples, "actors");

    [Fact]
    public void A_symbolic_link_to_a_folder_outside_is_refused_and_nothing_is_written_anywhere()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(Folder, "elsewhere")).FullName;
        var precious = Write("elsewhere/actors.json", "not negc's\n");
        Directory.CreateDirectory(Out);
        Directory.CreateSymbolicLink(Path.Combine(Out, "json"), elsewhere);

        var (exitCode, _, error) = Run("build", Register, "-o", Out);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9020", error, StringComparison.Ordinal);
        Assert.Equal("not negc's\n", File.ReadAllText(precious));
        Assert.Single(Directory.GetFileSystemEntries(elsewhere));
        Assert.False(Directory.Exists(Path.Combine(Out, "csharp")), "the C# model was written although the build failed");
    }

    [Fact]
    public void The_output_folder_itself_may_be_a_link_and_is_written_where_it_leads()
    {
        var real = Directory.CreateDirectory(Path.Combine(Folder, "real")).FullName;
        Directory.CreateSymbolicLink(Out, real);

        var (exitCode, _, error) = Run("build", Register, "-o", Out, "--target", "json");

        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(Path.Combine(real, "json", "actors.json")));
    }

    [Fact]
    public void A_named_pipe_where_an_output_goes_is_refused_without_being_opened()
    {
        var pipe = Path.Combine(Out, "json", "actors.json");
        SpecialFiles.Fifo(pipe);

        var (exitCode, _, error) = RunWithin(Hang, "build", Register, "-o", Out);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9021", error, StringComparison.Ordinal);
        Assert.Contains("named pipe", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Out, "csharp")));
    }

    [Fact]
    public void A_target_linked_to_a_device_is_refused_without_being_read()
    {
        var target = Path.Combine(Out, "json", "actors.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.CreateSymbolicLink(target, "/dev/zero");

        var (exitCode, _, error) = RunWithin(Hang, "build", Register, "-o", Out);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9020", error, StringComparison.Ordinal);
        Assert.Equal("/dev/zero", new FileInfo(target).LinkTarget);
    }

    [Fact]
    public void A_report_folder_that_is_a_file_leaves_the_models_and_records_as_they_were()
    {
        var records = Write("records/a.neg", "party A;\nA says \"x\";\n");
        Assert.Equal(0, Run("build", Path.GetDirectoryName(records)!, "-o", Out, "--target", "csharp").ExitCode);
        Assert.Equal(0, Run("build", Path.GetDirectoryName(records)!, "-o", Out, "--target", "json").ExitCode);
        File.WriteAllText(Path.Combine(Out, "reports"), "a file where the reports folder goes\n");
        var before = Snapshot(Out);
        File.WriteAllText(records, "party A;\nA says \"changed\";\n");

        var (exitCode, _, error) = Run("build", Path.GetDirectoryName(records)!, "-o", Out);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9006: Could not write to '", error, StringComparison.Ordinal);
        Assert.Contains("reports': it is a regular file where negc needs a folder.", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(Out));
    }

    [Fact]
    public void A_full_disk_midway_leaves_every_output_as_it_was()
    {
        if (!TinyDisk.TryMount(Out, "400k", out var disk)) return;
        using (disk)
        {
            Assert.Equal(0, Run("build", Path.Combine(RepoPaths.Examples, "minsk-2015"), "-o", Out).ExitCode);
            var before = Snapshot(Out);

            // The five compilations of the examples need more than what is left: a write fails with ENOSPC midway.
            var (exitCode, _, error) = Run("build", RepoPaths.Examples, "-o", Out);

            Assert.Equal(2, exitCode);
            Assert.Contains("error NEG9006", error, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(Out));
        }
    }

    [Fact]
    public void A_build_into_a_folder_another_build_holds_waits_and_gives_up_after_the_timeout()
    {
        Directory.CreateDirectory(Out);
        using (OutputFolderLock.Acquire(Out, Out, TimeSpan.Zero))
        {
            var clock = Stopwatch.StartNew();
            var exception = Assert.Throws<OutputFolderException>(() => OutputTransaction.Write(Out, [(Path.Combine(Out, "x.txt"), "x")], TimeSpan.FromMilliseconds(300)));

            Assert.Equal("NEG9022", exception.Error.Code);
            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(20));
            Assert.False(File.Exists(Path.Combine(Out, "x.txt")));
        }

        Assert.True(OutputTransaction.Write(Out, [(Path.Combine(Out, "x.txt"), "x")], TimeSpan.Zero).Single());
    }

    [Fact]
    public void A_second_negc_process_waits_for_the_lock_and_gives_up_with_NEG9022()
    {
        Directory.CreateDirectory(Out);
        using (OutputFolderLock.Acquire(Out, Out, TimeSpan.Zero))
        {
            var (exitCode, error) = RunNegcProcess(("NEGC_LOCK_TIMEOUT_SECONDS", "1"), "build", Register, "-o", Out);

            Assert.Equal(2, exitCode);
            Assert.Contains("error NEG9022", error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(Out, "json")));
        }
    }

    [Fact]
    public void Concurrent_builds_into_one_folder_all_succeed_and_leave_what_one_build_writes()
    {
        var reference = Path.Combine(Folder, "reference");
        Assert.Equal(0, Run("build", Register, "-o", reference).ExitCode);

        for (var round = 0; round < 3; round++)
        {
            var exitCodes = new int[4];
            var errors = new string[4];
            Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => (exitCodes[i], _, errors[i]) = Run("build", Register, "-o", Out));

            Assert.True(exitCodes.All(code => code == 0), string.Join("\n", errors));
        }

        Assert.Equal(Snapshot(reference, withTimes: false), Snapshot(Out, withTimes: false));
    }

    [Fact]
    public void An_output_folder_the_user_may_not_write_to_is_NEG9006_not_an_internal_error()
    {
        // Needs a user without write access to a folder: root sets it up and runs negc as nobody.
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return;
        Directory.CreateDirectory(Out);
        File.SetUnixFileMode(Folder, (UnixFileMode)0x1ED); // rwxr-xr-x
        File.SetUnixFileMode(Out, (UnixFileMode)0x1ED);
        var error = Path.Combine(Path.GetTempPath(), "negc-denied-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            var exitCode = ExternalTool.Run("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sh", "-c",
                "HOME=/tmp dotnet \"$0\" build \"$1\" -o \"$2\" 2> \"$3\"", Path.Combine(AppContext.BaseDirectory, "negc.dll"), Register, Out, error);

            Assert.Equal(2, exitCode);
            Assert.Contains("error NEG9006", File.ReadAllText(error), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(error);
        }
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_run_are_removed_by_the_next_build()
    {
        Assert.Equal(0, Run("build", Register, "-o", Out).ExitCode);
        var leftover = Write("out/json/.actors.json." + Guid.NewGuid().ToString("N") + ".tmp", "half");
        var notOurs = Write("out/json/.notes.tmp", "the user's");

        Assert.Equal(0, Run("build", Register, "-o", Out).ExitCode);

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(notOurs));
    }

    [Theory]
    [InlineData("minsk-2015.json")]
    [InlineData("a 255-byte name")]
    [InlineData("a 254-byte name of two-byte characters")]
    public void A_temporary_file_name_is_bounded_whatever_the_target_and_is_recognised_as_a_leftover(string target)
    {
        target = target switch
        {
            "a 255-byte name" => new string('n', 255),
            "a 254-byte name of two-byte characters" => new string('ж', 127),
            _ => target,
        };

        var name = TemporaryFiles.NameFor(target);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(name), 1, 91);
        Assert.StartsWith(".negc-" + target[..Math.Min(target.Length, 24)], name, StringComparison.Ordinal);
        Assert.True(TemporaryFiles.IsTemporaryName(name));
        Assert.NotEqual(name, TemporaryFiles.NameFor(target));
    }

    [Theory]
    [InlineData(".minsk-2015.json.0123456789abcdef0123456789abcdef.tmp", true)] // made by negc before names were cut
    [InlineData(".notes.tmp", false)]
    [InlineData(".negc-x.tmp", false)]
    [InlineData("negc-x.0123456789abcdef0123456789abcdef.tmp", false)]
    [InlineData(".negc-x.0123456789abcdef0123456789abcdef.tmp.bak", false)]
    [InlineData("..0123456789abcdef0123456789abcdef.tmp", false)]
    public void Only_names_of_negc_s_own_temporary_files_are_leftovers(string name, bool ours) =>
        Assert.Equal(ours, TemporaryFiles.IsTemporaryName(name));

    private static (int ExitCode, string Output, string Error) RunWithin(TimeSpan limit, params string[] args)
    {
        var run = Task.Run(() => Run(args));
        Assert.True(run.Wait(limit), $"negc {string.Join(' ', args)} did not finish in {limit.TotalSeconds} s");
        return run.Result;
    }

    internal static void RunTool(string tool, params string[] args) => Assert.Equal(0, ExternalTool.Run(tool, args));

    private static (int ExitCode, string Error) RunNegcProcess((string Name, string Value) environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "negc.dll"));
        foreach (var argument in args) start.ArgumentList.Add(argument);
        start.Environment[environment.Name] = environment.Value;
        using var negc = Process.Start(start)!;
        var error = negc.StandardError.ReadToEndAsync();
        negc.StandardOutput.ReadToEnd();
        Assert.True(negc.WaitForExit(120_000), "negc did not finish in two minutes");
        return (negc.ExitCode, error.Result);
    }

    /// <summary>Every entry under the folder (temporary files and the lock included), each file with a hash of its content and its time.</summary>
    internal static string Snapshot(string folder, bool withTimes = true) => string.Join("\n", Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(path => Path.GetRelativePath(folder, path) + (!File.Exists(path) ? "/"
            : " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) + (withTimes ? " " + File.GetLastWriteTimeUtc(path).Ticks : ""))));
}
