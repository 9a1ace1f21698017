using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Output.Files;

/// <summary>
/// The file <c>negc format</c> rewrites for a record it read: through symbolic links to the file they lead to, as long
/// as that file lies inside the record's root, the folder the user named (NEG9023 otherwise), is a regular file
/// (NEG9021) and has no other hard link (NEG9024: replacing it would leave the other names with the old text, and
/// writing in place would give up the all-or-nothing write). Where the system does not count hard links (all but
/// Linux), they are not refused.
/// </summary>
internal static class RewriteTarget
{
    /// <param name="record">The record as it was collected: its path and the root it was found under.</param>
    /// <param name="target">The regular file to write, when there is no error.</param>
    /// <exception cref="System.IO.IOException">The target cannot be looked at.</exception>
    public static Diagnostic? Resolve(RecordFile record, out string target)
    {
        var shown = SourceFileCollector.DisplayPath(record.Path);
        var real = Disk.RealPath(record.Path);
        target = real ?? record.Path;
        if (real is null) return DiagnosticCatalog.WriteFailed(shown, "its links lead to nothing, or loop");
        if (!record.Root.Contains(target))
            return DiagnosticCatalog.LinkLeavesRoot(shown, target, SourceFileCollector.DisplayPath(record.Root.Folder));
        if (Disk.Entry(target) is not { } status) return DiagnosticCatalog.PathNotFound(shown);
        if (status.Kind != FileKind.Regular) return DiagnosticCatalog.NotARegularFile(shown, status.Kind.Describe());
        if (Disk.LinkCount(target) is { } links and > 1) return DiagnosticCatalog.HardLinkedRecord(shown, links);
        return null;
    }
}
