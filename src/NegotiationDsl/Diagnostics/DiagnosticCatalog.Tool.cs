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
        "NEG9004", DiagnosticSeverity.Error, "Invalid negconfig.json", "Invalid configuration in '{0}': {1}");

    public static readonly DiagnosticDescriptor InvalidArgumentDescriptor = new(
        "NEG9005", DiagnosticSeverity.Error, "Invalid argument", "{0}");

    public static readonly DiagnosticDescriptor WriteFailedDescriptor = new(
        "NEG9006", DiagnosticSeverity.Error, "Output could not be written", "Could not write to '{0}': {1}");

    public static readonly DiagnosticDescriptor InternalErrorDescriptor = new(
        "NEG9999", DiagnosticSeverity.Error, "Internal compiler error", "Internal compiler error: {0}. Please report it with the input that caused it.");
}
