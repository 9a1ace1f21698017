using System;
using System.IO;
using System.Threading;
using Xunit;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>FIFOs and links for the file-system tests (Linux and macOS), and a guard for code that could block on them.</summary>
internal static class SpecialFiles
{
    public static string Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.Equal(0, ExternalTool.Run("mkfifo", path));
        return path;
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/>, kept as written (relative or absolute).</summary>
    public static string Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>
    /// Runs <paramref name="work"/> and fails the test when it has not finished in time (reading a FIFO once waited
    /// for a writer for ever). The FIFOs are then opened for writing, so that a blocked read ends and the test run goes on.
    /// </summary>
    public static T Within<T>(TimeSpan time, Func<T> work, params string[] fifos)
    {
        var (finished, result) = OwnThread.Run(work, timeout: time);
        if (finished) return result;
        foreach (var fifo in fifos) new Thread(() => File.OpenWrite(fifo).Dispose()) { IsBackground = true }.Start();
        Assert.Fail($"still running after {time.TotalSeconds} s: it waits on a special file");
        return default!;
    }
}
