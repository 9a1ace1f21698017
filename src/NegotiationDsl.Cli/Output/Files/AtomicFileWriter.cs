using System;
using System.IO;
using System.Text;

namespace NegotiationDsl.Cli.Output.Files;

/// <summary>
/// Replaces a regular file's content so that readers only ever see the old or the complete new content: the text
/// goes to a temporary file beside it, is flushed to disk, and is moved over it. The new file keeps the old one's
/// permission bits (it is created with no more than them) and, where the system allows, its owner and group; other
/// metadata (extended attributes, ACLs) is not carried over. A process killed mid-way leaves at most a hidden
/// temporary file beside the target, never a partial target. Links are the caller's business: the path given is
/// the file itself (see <see cref="RewriteTarget"/>).
/// </summary>
internal static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>True (the file was written); a function of this shape so that tests can inject a failing writer.</returns>
    public static bool Write(string path, string content)
    {
        var old = FileFacts.Of(path);
        var keepMode = old.Kind == FileKind.Regular;
        var temporary = TemporaryFiles.Write(path, Utf8.GetBytes(content), keepMode ? old.Mode : null);
        try
        {
            if (keepMode && !OperatingSystem.IsWindows())
            {
                // The owner first: changing it clears the set-user-ID and set-group-ID bits the mode may restore.
                if (NativeFiles.IsAvailable) NativeFiles.TryChangeOwner(temporary, old.Owner, old.Group);
                File.SetUnixFileMode(temporary, old.Mode);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary)) TemporaryFiles.TryDelete(temporary);
        }
    }
}
