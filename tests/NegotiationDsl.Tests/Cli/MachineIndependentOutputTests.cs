using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// What negc writes does not depend on where the records lie or how the command line named them: the examples, copied
/// to two folders at different depths, built and reported by the real negc with absolute paths and with relative
/// paths (<c>./</c>, <c>..</c> and a trailing slash) from another working folder, give the same bytes.
/// </summary>
public sealed class MachineIndependentOutputTests
{
    [Fact]
    public void Two_clones_at_different_paths_built_with_absolute_and_relative_paths_give_identical_outputs()
    {
        using var temp = new TempFolder("negc-clones-");
        var shallow = Copy(Path.Combine(temp.Path, "one", "examples"));
        var deep = Copy(Path.Combine(temp.Path, "two", "a", "b", "c", "examples"));

        var trees = new List<(string How, Dictionary<string, byte[]> Files)>();
        foreach (var (clone, name) in new[] { (shallow, "one"), (deep, "two") })
        {
            var absolute = Path.Combine(temp.Path, "out-" + name + "-absolute");
            Negc(temp.Path, "build", clone, "-o", absolute, "--target", "all");
            Negc(temp.Path, "report", clone, "-o", Path.Combine(absolute, "report"), "--format", "all");
            trees.Add((name + ", absolute", Files(absolute)));

            // From the clone's parent's parent, naming the records through a detour and with a trailing slash.
            var cwd = Path.GetDirectoryName(Path.GetDirectoryName(clone))!;
            var parent = Path.GetFileName(Path.GetDirectoryName(clone))!;
            var relative = $"./{parent}/../{parent}/examples/";
            Negc(cwd, "build", relative, "-o", "out-relative", "--target", "all");
            Negc(cwd, "report", relative, "-o", "out-relative/report", "--format", "all");
            trees.Add((name + ", relative", Files(Path.Combine(cwd, "out-relative"))));
        }

        var first = trees[0];
        Assert.Contains("csharp/Minsk2015.g.cs", first.Files.Keys);
        Assert.Contains("json/minsk-2015.json", first.Files.Keys);
        Assert.Contains(first.Files.Keys, file => file.StartsWith("report/", StringComparison.Ordinal));
        foreach (var (how, files) in trees.Skip(1))
        {
            Assert.Equal(first.Files.Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
            foreach (var (file, bytes) in first.Files)
                Assert.True(bytes.AsSpan().SequenceEqual(files[file]), $"{file} differs between {first.How} and {how}");
        }

        var model = System.Text.Encoding.UTF8.GetString(first.Files["csharp/Minsk2015.g.cs"]);
        Assert.Contains("#line 17 \"minsk-2015/minsk-2015.neg\"", model, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.Path, model, StringComparison.Ordinal);
    }

    /// <summary>The examples' records and archive file, copied to <paramref name="target"/>.</summary>
    private static string Copy(string target)
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Examples, "*", SearchOption.AllDirectories)
                     .Where(file => file.EndsWith(".neg", StringComparison.Ordinal) || Path.GetFileName(file) is "negarchive.json" or "negconfig.json")
                     .Where(file => !file.Contains(Path.DirectorySeparatorChar + "consumer" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepoPaths.Examples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    /// <summary>Every file below <paramref name="folder"/> but the lock, by its path relative to it.</summary>
    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != ".negc.lock")
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes);

    /// <summary>The negc.dll beside the tests, as a process of its own in <paramref name="workingFolder"/>.</summary>
    private static void Negc(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "negc.dll"));
        foreach (var argument in args) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"negc {string.Join(' ', args)} in {workingFolder}: exit {process.ExitCode}\n{output}\n{error.Result}");
    }
}
