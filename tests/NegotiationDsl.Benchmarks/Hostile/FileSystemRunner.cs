using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using NegotiationDsl.Benchmarks.Ratios;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// <c>hostile-fs [--work DIR] [--only NAME,NAME] [--negc PATH]</c>: builds each case of <see cref="FileSystemCases"/> in a folder
/// of its own and runs the published Release negc (or the one given) in it as a separate process (as the user nobody where a case
/// asks, through setpriv when the suite runs as root; in a private mount namespace where it bind-mounts). Prints
/// one Markdown row per case (docs/reliability.md) and exits 1 on any failure. A case whose setup or launch this
/// machine cannot provide is skipped with the reason, never passed.
/// </summary>
internal static class FileSystemRunner
{
    private const int Nobody = 65534;
    private const string LockFileName = ".negc.lock";

    public static int Run(string[] args)
    {
        var work = RatioContext.DefaultWorkDirectory();
        var only = new HashSet<string>(StringComparer.Ordinal);
        string? negc = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--work" && i + 1 < args.Length) work = args[++i];
            else if (args[i] == "--only" && i + 1 < args.Length) only.UnionWith(args[++i].Split(','));
            else if (args[i] == "--negc" && i + 1 < args.Length) negc = Path.GetFullPath(args[++i]);
            else
            {
                Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: hostile-fs [--work DIR] [--only fifo-in-folder,link-to-root] [--negc PUBLISHED-NEGC]");
                return 2;
            }
        }

        negc ??= PublishedNegc.Get(new RatioContext(RatioContext.FindRepositoryRoot(), work, runs: 1, Console.Error));
        var cases = Path.Combine(work, "hostile-fs");
        Console.WriteLine("| case | setup | command | exit | diagnostic | secret or raw text kept out | outside untouched | time | peak memory | result |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        int failed = 0, skipped = 0;
        foreach (var hostile in FileSystemCases.All)
        {
            if (only.Count > 0 && !only.Contains(hostile.Name)) continue;
            var result = RunCase(negc, hostile, Path.Combine(cases, hostile.Name));
            if (result == Outcome.Failed) failed++;
            if (result == Outcome.Skipped) skipped++;
        }

        var skippedNote = skipped > 0 ? $" ({skipped} skipped)" : "";
        Console.WriteLine(failed == 0 ? $"all hostile file-system cases ok{skippedNote}" : $"{failed} hostile file-system case(s) FAIL{skippedNote}");
        return failed == 0 ? 0 : 1;
    }

    private enum Outcome
    {
        Ok,
        Failed,
        Skipped,
    }

    private static Outcome RunCase(string negc, FileSystemCase hostile, string folder)
    {
        Remove(folder);
        Directory.CreateDirectory(folder);
        try
        {
            hostile.Setup(new CaseFolder(folder));
            var start = Launch(negc, hostile, folder);
            return Measure(negc, start, hostile, folder);
        }
        catch (CaseSkippedException skip)
        {
            Console.WriteLine($"| {hostile.Name} | {hostile.Description} | {Command(hostile)} | | | | | | | skipped: {skip.Message} |");
            return Outcome.Skipped;
        }
        finally
        {
            Remove(folder);
        }
    }

    private static Outcome Measure(string negc, ProcessStartInfo start, FileSystemCase hostile, string folder)
    {
        var output = OutputFolder(hostile.Arguments);
        var untouched = new HashSet<string>(hostile.MayChange, StringComparer.Ordinal);
        if (output is not null) untouched.Add(output);
        var before = Snapshot(folder, untouched);
        var outputBefore = output is null ? null : OutputSnapshot(Path.Combine(folder, output));

        var clock = Stopwatch.StartNew();
        List<NegcRun> runs;
        using (HoldLock(hostile.HeldLock is null ? null : Path.Combine(folder, hostile.HeldLock)))
        {
            runs = Enumerable.Range(0, hostile.Processes).Select(_ => NegcRun.Start(start)).ToList();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(hostile.MaxSeconds);
            foreach (var run in runs) run.Finish(deadline);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var hung = runs.Any(run => run.Hung);
        var exits = runs.Select(run => run.Hung ? "killed" : run.ExitCode.ToString(CultureInfo.InvariantCulture)).ToList();
        var printed = string.Concat(runs.Select(run => run.Printed));

        var problems = new List<string>();
        if (hung) problems.Add($"hang (killed after {hostile.MaxSeconds} s)");
        else if (runs.Any(run => run.ExitCode != hostile.ExpectedExit)) problems.Add($"exit {string.Join(", ", exits)}, expected {hostile.ExpectedExit}");
        var missing = hostile.ExpectedCodes.Where(code => runs.Any(run => !run.Printed.Contains(code, StringComparison.Ordinal))).ToList();
        problems.AddRange(missing.Select(code => code + " missing"));
        problems.AddRange(hostile.MustPrint.Where(text => runs.Any(run => !run.Printed.Contains(text, StringComparison.Ordinal))).Select(text => $"'{text}' not printed"));
        var leaked = hostile.MustNotPrint.Where(text => printed.Contains(text, StringComparison.Ordinal)).ToList();
        if (leaked.Count > 0) problems.Add("printed what it must not (a secret, a raw control)");
        if (printed.Contains("   at ", StringComparison.Ordinal)) problems.Add("stack trace");
        var changed = Differences(before, Snapshot(folder, untouched));
        if (changed.Count > 0) problems.Add("changed " + string.Join(", ", changed.Take(3)));
        if (hostile.WritesOutput is { } writes && output is not null && writes != HasFiles(Path.Combine(folder, output)))
            problems.Add(writes ? "wrote no output" : "wrote output");
        if (hostile.KeepsOutput && outputBefore is not null && Differences(outputBefore, OutputSnapshot(Path.Combine(folder, output!))) is { Count: > 0 } written)
            problems.Add("output folder changed: " + string.Join(", ", written.Take(3)));
        if (hostile.SameOutputAsAlone && output is not null && OutputDifferences(negc, hostile, folder, output) is { Count: > 0 } differing)
            problems.Add("output differs from one build's: " + string.Join(", ", differing.Take(3)));
        if (hostile.Verify?.Invoke(new CaseFolder(folder)) is { } wrong) problems.Add(wrong);
        // On a terminal the process watched is script's, not negc's.
        var peak = runs.Max(run => run.Peak.Megabytes);
        var megabytes = hostile.OnTerminal ? "-" : peak + " MB";
        if (!hostile.OnTerminal && peak > hostile.MaxMegabytes) problems.Add($"{peak} MB, over {hostile.MaxMegabytes} MB");

        var ok = problems.Count == 0;
        var codes = hostile.ExpectedCodes.Length == 0 ? "none expected" : string.Join(" ", hostile.ExpectedCodes.Select(code => missing.Contains(code) ? code + " missing" : code));
        var secrets = hostile.MustNotPrint.Length == 0 ? "-" : leaked.Count == 0 ? "yes" : "NO";
        var exit = exits.Distinct().Count() == 1 && exits.Count > 1 ? $"{exits[0]} (all {exits.Count})" : string.Join(", ", exits);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {hostile.Name} | {hostile.Description} | {Command(hostile)} | {exit} | {codes} | {secrets} | {(changed.Count == 0 ? "yes" : "NO")} | {seconds:0.00} s | {megabytes} | {(ok ? "ok" : "FAIL: " + string.Join("; ", problems))} |"));
        if (!ok) Console.Error.WriteLine($"{hostile.Name}: negc printed:\n{(printed.Length <= 2000 ? printed : printed[..2000] + "…")}");
        return ok ? Outcome.Ok : Outcome.Failed;
    }

    /// <summary>Holds an exclusive lock on <paramref name="path"/> (created when missing) as another negc would: .NET locks with flock on Linux and macOS.</summary>
    private static FileStream? HoldLock(string? path) =>
        path is null ? null : new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    /// <summary>The output folder's entries but negc's lock file; empty when the folder does not exist.</summary>
    private static SortedDictionary<string, string> OutputSnapshot(string output) =>
        Directory.Exists(output) ? Snapshot(output, new HashSet<string>([LockFileName], StringComparer.Ordinal)) : new(StringComparer.Ordinal);

    /// <summary>Runs negc once more, alone, into a folder of its own, and lists the files whose content differs from the case's output folder.</summary>
    private static List<string> OutputDifferences(string negc, FileSystemCase hostile, string folder, string output)
    {
        var alone = output + "-alone";
        var arguments = hostile.Arguments.Select(argument => argument == output ? alone : argument).ToArray();
        ChildProcess.Run(Launch(negc, hostile with { Arguments = arguments, OnTerminal = false }, folder));
        return Differences(Contents(Path.Combine(folder, output)), Contents(Path.Combine(folder, alone)));
    }

    /// <summary>Every file below <paramref name="folder"/> but the lock file, with a hash of its bytes.</summary>
    private static SortedDictionary<string, string> Contents(string folder)
    {
        var contents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return contents;
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (relative != LockFileName) contents[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return contents;
    }

    /// <summary>negc with the case's arguments, as nobody and with bind mounts where the case asks; skips what this machine cannot do.</summary>
    private static ProcessStartInfo Launch(string negc, FileSystemCase hostile, string folder)
    {
        var command = new List<string>();
        if (hostile.BindMounts.Length > 0)
        {
            if (!CanBindMount()) throw new CaseSkippedException("no mount namespace for bind mounts here (needs unshare and root)");
            command.AddRange(["unshare", "--mount", "--propagation", "private", "--", "sh", "-c",
                "while [ \"$1\" != -- ]; do mount --bind \"$1\" \"$2\" || exit 97; shift 2; done; shift; exec \"$@\"", "sh"]);
            foreach (var (source, target) in hostile.BindMounts) command.AddRange([Path.Combine(folder, source), Path.Combine(folder, target)]);
            command.Add("--");
        }

        if (hostile.Unprivileged && IsRoot)
        {
            if (FindProgram("setpriv") is null) throw new CaseSkippedException("setpriv is not installed, and as root permissions do not bind");
            command.AddRange(["setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--"]);
        }

        command.Add(negc);
        command.AddRange(hostile.Arguments);
        if (hostile.OnTerminal)
        {
            if (FindProgram("script") is null) throw new CaseSkippedException("script (util-linux) is not installed to give negc a terminal");
            command = ["script", "--quiet", "--return", "--command", "exec " + string.Join(' ', command.Select(ShellQuote)), "/dev/null"];
        }

        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
        foreach (var (name, value) in hostile.Environment) start.Environment[name] = value;
        return start;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string ShellQuote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static bool? s_canBindMount;

    private static bool CanBindMount()
    {
        if (s_canBindMount is { } known) return known;
        if (FindProgram("unshare") is null || !IsRoot) return (s_canBindMount = false).Value;
        var probe = new ProcessStartInfo("unshare") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--mount", "--propagation", "private", "--", "mount", "--bind", Path.GetTempPath(), Path.GetTempPath() }) probe.ArgumentList.Add(argument);
        var (exitCode, _, _) = ChildProcess.Run(probe);
        return (s_canBindMount = exitCode == 0).Value;
    }

    private static string? FindProgram(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(directory => Path.Combine(directory, name)).FirstOrDefault(File.Exists);

    private static string Command(FileSystemCase hostile) =>
        (hostile.Processes > 1 ? $"{hostile.Processes} at once: " : "") + "`negc " + string.Join(' ', hostile.Arguments) + "`"
        + (hostile.Unprivileged ? " as nobody" : "") + (hostile.OnTerminal ? " on a terminal" : "")
        + (hostile.HeldLock is { } held ? $", {held} locked by another process" : "");

    private static string? OutputFolder(string[] arguments)
    {
        var at = Array.FindIndex(arguments, argument => argument is "-o" or "--output");
        return at >= 0 && at + 1 < arguments.Length ? arguments[at + 1] : null;
    }

    private static bool HasFiles(string folder) => Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Every entry below <paramref name="root"/> (links not followed) with what would show a change: kind, link target, size, time, mode.</summary>
    private static SortedDictionary<string, string> Snapshot(string root, IReadOnlySet<string> untouched)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> children;
            try
            {
                children = directory.EnumerateFileSystemInfos().ToList();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                entries[Path.GetRelativePath(root, directory.FullName)] = "unreadable";
                continue;
            }

            foreach (var child in children)
            {
                var relative = Path.GetRelativePath(root, child.FullName);
                if (untouched.Any(path => relative == path || relative.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal))) continue;
                var mode = OperatingSystem.IsWindows() ? "" : " " + child.UnixFileMode.ToString("d");
                entries[relative] = child.LinkTarget is { } target ? "link " + target
                    : child is FileInfo file ? string.Create(CultureInfo.InvariantCulture, $"file {file.Length} {file.LastWriteTimeUtc.Ticks}{mode}")
                    : "folder" + mode;
                if (child is DirectoryInfo folder && child.LinkTarget is null) pending.Push(folder);
            }
        }

        return entries;
    }

    private static List<string> Differences(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(key => !before.TryGetValue(key, out var was) || !after.TryGetValue(key, out var now) || was != now).ToList();

    /// <summary>Deletes a case folder, giving back the permissions a case took away first (as a user other than root they would stop the deletion).</summary>
    private static void Remove(string folder)
    {
        if (!Directory.Exists(folder)) return;
        if (!OperatingSystem.IsWindows())
        {
            var pending = new Stack<DirectoryInfo>([new DirectoryInfo(folder)]);
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                if (directory.LinkTarget is not null) continue;
                try
                {
                    directory.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
                    foreach (var child in directory.EnumerateDirectories()) pending.Push(child);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Not ours to change (root made it): the deletion below says so if it matters.
                }
            }
        }

        Directory.Delete(folder, recursive: true);
    }
}
