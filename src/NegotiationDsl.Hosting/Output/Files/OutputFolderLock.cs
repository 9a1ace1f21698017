using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Output.Files;

/// <summary>
/// One negc at a time writes into an output folder: each holds an exclusive lock on <c>.negc.lock</c> in it while
/// it cleans, stages and moves its files. .NET takes the lock with <c>flock</c> on Linux and macOS (advisory: other
/// programs are not stopped) and a sharing lock on Windows; the system releases it when the process ends, however it
/// ends, so a killed build never leaves the folder locked. The file itself stays: removing a lock file while another
/// process waits on it would let a third one lock a new file beside it.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    public const string FileName = ".negc.lock";

    /// <summary>How long a build waits for another one to finish: <c>NEGC_LOCK_TIMEOUT_SECONDS</c>, else 60 seconds.</summary>
    public static TimeSpan DefaultTimeout =>
        int.TryParse(Environment.GetEnvironmentVariable("NEGC_LOCK_TIMEOUT_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;

    private OutputFolderLock(FileStream stream) => _stream = stream;

    /// <param name="folder">The output folder (resolved, existing).</param>
    /// <param name="shownFolder">The folder as the user named it, for messages.</param>
    public static OutputFolderLock Acquire(string folder, string shownFolder, TimeSpan timeout)
    {
        var path = Path.Combine(folder, FileName);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // Never open a link or a FIFO put in its place: opening a FIFO would wait for a writer forever.
            if (Disk.Entry(path) is { Kind: not FileKind.Regular } odd)
                throw new OutputFolderException(DiagnosticCatalog.NotARegularFile(Path.Combine(shownFolder, FileName), odd.Kind.Describe()));
            try
            {
                return new OutputFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException exception) when (IsHeldByAnother(exception))
            {
                if (clock.Elapsed >= timeout)
                {
                    var seconds = timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
                    throw new OutputFolderException(DiagnosticCatalog.OutputFolderBusy(shownFolder, seconds));
                }

                Thread.Sleep(PollInterval);
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    // ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION, which .NET also reports for a lock that flock refused.
    private static bool IsHeldByAnother(IOException exception) => (exception.HResult & 0xFFFF) is 32 or 33 || exception.HResult == 11;
}
