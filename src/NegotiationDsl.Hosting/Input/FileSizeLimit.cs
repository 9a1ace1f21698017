using System;
using System.Globalization;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// The largest file negc reads. A parsed and bound file holds about 80 bytes of memory per byte of text
/// (a 50 MB file needed 4 GB and 44 s), while a real record is a few kilobytes: 16 MB is thousands of
/// records' worth and keeps a stray file (a log, a dump) from taking the machine down.
/// <c>NEGC_MAX_FILE_MB</c> raises or lowers it.
/// </summary>
internal static class FileSizeLimit
{
    public const long DefaultMegabytes = 16;

    public static long Bytes { get; } = Read(Environment.GetEnvironmentVariable("NEGC_MAX_FILE_MB"));

    internal static long Read(string? megabytes) =>
        long.TryParse(megabytes, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 1L << 20
            ? value * 1024 * 1024
            : DefaultMegabytes * 1024 * 1024;
}
