namespace NegotiationDsl.Diagnostics;

// What negc refuses to write, or cannot write, into an output folder or a record it formats (tool errors, exit code 2).
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor LinkInOutputFolderDescriptor = new(
        "NEG9020", DiagnosticSeverity.Error, "Link inside the output folder",
        "'{0}' is a symbolic link inside the output folder; negc writes only into real folders and files under '{1}'.");

    public static readonly DiagnosticDescriptor NotARegularFileDescriptor = new(
        "NEG9021", DiagnosticSeverity.Error, "Not a regular file",
        "'{0}' is {1}, not a regular file; negc neither reads nor replaces it.");

    public static readonly DiagnosticDescriptor OutputFolderBusyDescriptor = new(
        "NEG9022", DiagnosticSeverity.Error, "Output folder in use",
        "Another negc is writing into '{0}' and did not finish within {1} s (NEGC_LOCK_TIMEOUT_SECONDS); run again when it is done.");

    public static readonly DiagnosticDescriptor LinkLeavesRootDescriptor = new(
        "NEG9023", DiagnosticSeverity.Error, "Link leads outside the folder given",
        "'{0}' leads through a symbolic link to '{1}', outside '{2}'; negc format writes only inside the folders it is given. Format the file where it lies, or name its folder.");

    public static readonly DiagnosticDescriptor HardLinkedRecordDescriptor = new(
        "NEG9024", DiagnosticSeverity.Error, "Record with several hard links",
        "'{0}' has {1} hard links; formatting would give this name a new file and leave the other names with the old text, so it was not formatted.");

    public static Diagnostic LinkInOutputFolder(string path, string root) => AboutFile(LinkInOutputFolderDescriptor, path, root);

    public static Diagnostic NotARegularFile(string path, string kind) => AboutFile(NotARegularFileDescriptor, path, kind);

    public static Diagnostic OutputFolderBusy(string folder, string seconds) => AboutFile(OutputFolderBusyDescriptor, folder, seconds);

    public static Diagnostic LinkLeavesRoot(string path, string target, string root) => AboutFile(LinkLeavesRootDescriptor, path, target, root);

    public static Diagnostic HardLinkedRecord(string path, long links) => AboutFile(HardLinkedRecordDescriptor, path, links);
}
