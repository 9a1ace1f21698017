using System;
using System.IO;
using System.Text;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// Writes a file so that readers only ever see the old or the complete new content: the text goes to a
/// temporary file in the same folder, is flushed to disk, and is then moved over the target. A file
/// whose content would not change is left alone (its timestamp too, which incremental builds rely on).
/// </summary>
internal static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>True when the file was written, false when it already had this content.</returns>
    public static bool Write(string path, string content)
    {
        var bytes = Utf8.GetBytes(content);
        if (File.Exists(path) && Equal(File.ReadAllBytes(path), bytes)) return false;

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
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

    private static bool Equal(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);
}
