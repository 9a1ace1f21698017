using System;
using System.IO;
using System.Text;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// Writes a file so that readers only ever see the old or the complete new content: the text goes to a
/// temporary file in the same folder, is flushed to disk, and is then moved over the target. A file
/// whose content would not change is left alone (its timestamp too, which incremental builds rely on).
/// A process killed mid-way leaves at most a hidden temporary file beside the target, never a partial
/// target; the next write of that target removes such leftovers.
/// </summary>
internal static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>True when the file was written, false when it already had this content.</returns>
    public static bool Write(string path, string content)
    {
        var bytes = Utf8.GetBytes(content);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        RemoveLeftovers(directory, Path.GetFileName(path));
        if (File.Exists(path) && Equal(File.ReadAllBytes(path), bytes)) return false;

        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, TemporaryPrefix(Path.GetFileName(path)) + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static string TemporaryPrefix(string fileName) => "." + fileName + ".";

    /// <summary>Temporary files of this target left by a run that was killed between writing and moving.</summary>
    private static void RemoveLeftovers(string directory, string fileName)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var leftover in Directory.EnumerateFiles(directory, TemporaryPrefix(fileName) + "*.tmp"))
        {
            var guid = Path.GetFileName(leftover).AsSpan(TemporaryPrefix(fileName).Length);
            if (guid.Length == 36 && Guid.TryParseExact(guid[..32], "N", out _)) File.Delete(leftover);
        }
    }

    private static bool Equal(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);
}
