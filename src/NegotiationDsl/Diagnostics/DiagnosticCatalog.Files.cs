namespace NegotiationDsl.Diagnostics;

/// <summary>What negc refuses to read, and why (the rules are in the README, "What negc reads").</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor NotRegularFileDescriptor = new(
        "NEG9007", DiagnosticSeverity.Error, "Not a regular file", "'{0}' is {1}, not a regular file; only regular files are read.");

    public static readonly DiagnosticDescriptor KernelFileSystemDescriptor = new(
        "NEG9008", DiagnosticSeverity.Error, "File of a kernel file system", "'{0}' is on {1}, a view of the kernel rather than a file; it is not read.");

    public static readonly DiagnosticDescriptor LinkOutsideRootDescriptor = new(
        "NEG9009", DiagnosticSeverity.Error, "Link leads outside the folder", "'{0}' is a link to '{1}', outside '{2}': links are followed only inside the folder given.");

    public static readonly DiagnosticDescriptor BrokenLinkDescriptor = new(
        "NEG9010", DiagnosticSeverity.Error, "Broken link", "'{0}' is a link that leads to nothing readable: {1}");

    public static readonly DiagnosticDescriptor FolderUnreadableDescriptor = new(
        "NEG9011", DiagnosticSeverity.Error, "Folder could not be read", "Could not read the folder '{0}': {1}");

    public static readonly DiagnosticDescriptor FolderLoopDescriptor = new(
        "NEG9012", DiagnosticSeverity.Error, "Folder reached twice", "'{0}' is the folder '{1}' again (mounted twice, or inside itself); each folder is read once.");

    public static readonly DiagnosticDescriptor ConfigWritableByOthersDescriptor = new(
        "NEG9013", DiagnosticSeverity.Error, "negconfig.json others can change", "'{0}' is not used: {1}.");

    public static Diagnostic NotRegularFile(string path, string kind) => AboutFile(NotRegularFileDescriptor, path, kind);

    public static Diagnostic KernelFileSystem(string path, string fileSystem) => AboutFile(KernelFileSystemDescriptor, path, fileSystem);

    public static Diagnostic LinkOutsideRoot(string path, string target, string root) => AboutFile(LinkOutsideRootDescriptor, path, target, root);

    public static Diagnostic BrokenLink(string path, string reason) => AboutFile(BrokenLinkDescriptor, path, reason);

    public static Diagnostic FolderUnreadable(string folder, string reason) => AboutFile(FolderUnreadableDescriptor, folder, reason);

    public static Diagnostic FolderLoop(string folder, string first) => AboutFile(FolderLoopDescriptor, folder, first);

    public static Diagnostic ConfigWritableByOthers(string path, string reason) => AboutFile(ConfigWritableByOthersDescriptor, path, reason);
}
