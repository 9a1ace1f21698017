using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Cli.Output.Files;

/// <summary>
/// The file <c>negc format</c> rewrites for a record it read: through symbolic links to the file they lead to, as long
/// as that file lies inside the folder the user named (NEG9023 otherwise), is a regular file (NEG9021) and has no other
/// hard link (NEG9024: replacing it would leave the other names with the old text, and writing in place would give up
/// the all-or-nothing write).
/// </summary>
internal static class RewriteTarget
{
    /// <param name="path">The record as it was read.</param>
    /// <param name="root">The folder the user named, or the folder of the file the user named.</param>
    /// <param name="target">The regular file to write, when there is no error.</param>
    public static ToolError? Resolve(string path, string root, out string target)
    {
        var shown = Input.SourceFileCollector.DisplayPath(path);
        target = RealPath.Of(path);
        if (!RealPath.IsInside(target, RealPath.Of(root)))
            return new ToolError(DiagnosticCatalog.LinkLeavesRootDescriptor, shown, shown, target, Input.SourceFileCollector.DisplayPath(root));
        var facts = FileFacts.Of(target);
        if (facts.Kind != FileKind.Regular) return new ToolError(DiagnosticCatalog.NotARegularFileDescriptor, shown, shown, facts.Kind.Describe());
        if (facts.LinkCount > 1) return new ToolError(DiagnosticCatalog.HardLinkedRecordDescriptor, shown, shown, facts.LinkCount);
        return null;
    }
}
