using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>Builds a case's folder: <c>folder.File("records/a.neg", "...").Link("records/up", "..").Fifo("records/x.neg")</c>.</summary>
public sealed class CaseFolder(string root)
{
    public string Root { get; } = root;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public CaseFolder File(string relative, string text)
    {
        Folder(Path.GetDirectoryName(relative) ?? "");
        System.IO.File.WriteAllText(PathOf(relative), text);
        return this;
    }

    public CaseFolder Folder(string relative)
    {
        Directory.CreateDirectory(PathOf(relative));
        return this;
    }

    /// <summary>A symbolic link, its target kept as written (relative or absolute).</summary>
    public CaseFolder Link(string relative, string target)
    {
        Folder(Path.GetDirectoryName(relative) ?? "");
        System.IO.File.CreateSymbolicLink(PathOf(relative), target);
        return this;
    }

    /// <summary>A second name for an existing file (a hard link).</summary>
    public CaseFolder HardLink(string relative, string existing)
    {
        Folder(Path.GetDirectoryName(relative) ?? "");
        return Tool("ln", PathOf(existing), PathOf(relative));
    }

    /// <summary>The synthetic corpus of the benchmarks (<see cref="CorpusGenerator"/>), a folder of ten records per compilation.</summary>
    public CaseFolder Corpus(string relative, double scale)
    {
        CorpusGenerator.Write(PathOf(relative), scale);
        return this;
    }

    public CaseFolder Fifo(string relative)
    {
        Folder(Path.GetDirectoryName(relative) ?? "");
        return Tool("mkfifo", PathOf(relative));
    }

    /// <summary>Unix permissions, as octal digits: <c>Mode("private", "000")</c>, <c>Mode("shared", "1777")</c>.</summary>
    public CaseFolder Mode(string relative, string octal)
    {
        if (OperatingSystem.IsWindows()) throw new CaseSkippedException("no Unix permissions on Windows");
        System.IO.File.SetUnixFileMode(PathOf(relative), (UnixFileMode)Convert.ToInt32(octal, 8));
        return this;
    }

    public string Text(string relative) => System.IO.File.ReadAllText(PathOf(relative));

    /// <summary>Every file below a folder, as paths relative to it with '/', in ordinal order; none when it does not exist.</summary>
    public List<string> FilesBelow(string relative) =>
        !Directory.Exists(PathOf(relative)) ? []
        : Directory.EnumerateFiles(PathOf(relative), "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(file => Path.GetRelativePath(PathOf(relative), file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The Unix permissions, as octal digits (<c>600</c>).</summary>
    public string ModeOf(string relative) => OperatingSystem.IsWindows() ? "" : Convert.ToString((int)System.IO.File.GetUnixFileMode(PathOf(relative)), 8);

    /// <summary>Gives a file or folder (not a link's target) to another user; only root can.</summary>
    public CaseFolder Owner(string relative, int userId)
    {
        if (System.Environment.UserName != "root") throw new CaseSkippedException("changing a file's owner needs root");
        return Tool("chown", "-h", $"{userId}:{userId}", PathOf(relative));
    }

    private CaseFolder Tool(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}");
        return this;
    }
}
