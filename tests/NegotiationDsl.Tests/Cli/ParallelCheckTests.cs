using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// negc reads, parses and binds files in parallel; what it prints must not depend on that. Each test
/// runs the real program twice, with every core and with <c>DOTNET_PROCESSOR_COUNT=1</c> (then every
/// parallel loop runs on one thread, as a serial compiler would), and compares the output to the letter.
/// </summary>
public sealed class ParallelCheckTests : CliTestBase
{
    [Fact]
    public void The_examples_check_the_same_on_one_core_and_on_all()
    {
        var oneCore = RunNegc(oneCore: true, "check", RepoPaths.Examples);
        var allCores = RunNegc(oneCore: false, "check", RepoPaths.Examples);

        Assert.Equal(0, oneCore.ExitCode);
        Assert.Equal(oneCore, allCores);
        Assert.Equal(Run("check", RepoPaths.Examples).Output, allCores.Output);
    }

    [Fact]
    public void Errors_spread_over_many_files_are_reported_the_same_on_one_core_and_on_all()
    {
        var folder = Path.Combine(Folder, "spread");
        ErrorSpreadFolder.Write(folder, records: 120);

        var oneCore = RunNegc(oneCore: true, "check", folder);
        var allCores = RunNegc(oneCore: false, "check", folder);

        Assert.Equal(1, oneCore.ExitCode);
        Assert.True(oneCore.Output.Split('\n').Length > 200, "the folder should give hundreds of diagnostics:\n" + oneCore.Output);
        foreach (var code in new[] { "NEG1004", "NEG2001", "NEG2005", "NEG2010", "NEG4002" }) Assert.True(oneCore.Output.Contains(code, StringComparison.Ordinal), code + " missing from:\n" + oneCore.Output);
        Assert.Equal(oneCore, allCores);
        Assert.Equal(Run("check", folder).Output, allCores.Output);
    }

    [Fact]
    public void Json_output_of_a_large_folder_is_the_same_on_one_core_and_on_all()
    {
        var folder = Path.Combine(Folder, "spread");
        ErrorSpreadFolder.Write(folder, records: 60);

        var oneCore = RunNegc(oneCore: true, "check", "--format", "json", folder);
        var allCores = RunNegc(oneCore: false, "check", "--format", "json", folder);

        Assert.Equal(oneCore, allCores);
    }

    /// <summary>The built negc (copied beside the tests) in its own process, from this test's working folder.</summary>
    private static (int ExitCode, string Output, string Error) RunNegc(bool oneCore, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory.GetCurrentDirectory(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "negc.dll"));
        foreach (var argument in args) start.ArgumentList.Add(argument);
        start.Environment.Remove("DOTNET_PROCESSOR_COUNT");
        if (oneCore) start.Environment["DOTNET_PROCESSOR_COUNT"] = "1";
        using var process = Process.Start(start)!;
        var error = Task.Run(process.StandardError.ReadToEndAsync);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Replace("\r\n", "\n", StringComparison.Ordinal), error.Result);
    }
}
