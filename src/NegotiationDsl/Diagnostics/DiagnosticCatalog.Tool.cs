namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor PathNotFoundDescriptor = new(
        "NEG9001", DiagnosticSeverity.Error, "File or folder not found", "No such file or folder: '{0}'.");

    public static readonly DiagnosticDescriptor ReadFailedDescriptor = new(
        "NEG9002", DiagnosticSeverity.Error, "File could not be read", "Could not read '{0}': {1}");

    public static readonly DiagnosticDescriptor NoInputDescriptor = new(
        "NEG9003", DiagnosticSeverity.Error, "No .neg files", "No .neg files found in '{0}'.");

    public static readonly DiagnosticDescriptor InvalidConfigDescriptor = new(
        "NEG9004", DiagnosticSeverity.Error, "Invalid negconfig.json or negarchive.json", "Invalid configuration in '{0}': {1}");

    public static readonly DiagnosticDescriptor InvalidArgumentDescriptor = new(
        "NEG9005", DiagnosticSeverity.Error, "Invalid argument", "{0}");

    public static readonly DiagnosticDescriptor WriteFailedDescriptor = new(
        "NEG9006", DiagnosticSeverity.Error, "Output could not be written", "Could not write to '{0}': {1}");

    public static readonly DiagnosticDescriptor InternalErrorDescriptor = new(
        "NEG9999", DiagnosticSeverity.Error, "Internal compiler error", "Internal compiler error: {0}. Please report it with the input that caused it.");

    public static Diagnostic PathNotFound(string path) => AboutFile(PathNotFoundDescriptor, path);

    public static Diagnostic ReadFailed(string path, string reason) => AboutFile(ReadFailedDescriptor, path, reason);

    public static Diagnostic NoInput(string folder) => AboutFile(NoInputDescriptor, folder);

    public static Diagnostic InvalidConfig(string path, string reason) => AboutFile(InvalidConfigDescriptor, path, reason);

    public static Diagnostic InvalidArgument(string problem) => Create(InvalidArgumentDescriptor, Location.None, problem);

    public static Diagnostic WriteFailed(string path, string reason) => AboutFile(WriteFailedDescriptor, path, reason);

    public static Diagnostic InternalError(string detail) => Create(InternalErrorDescriptor, Location.None, detail);

    /// <summary>An error about a whole file or folder: located at it, and its message names it first.</summary>
    private static Diagnostic AboutFile(DiagnosticDescriptor descriptor, string path, params object[] details)
    {
        var arguments = new object[details.Length + 1];
        arguments[0] = path;
        details.CopyTo(arguments, 1);
        return Create(descriptor, Location.InFile(path), arguments);
    }
}
