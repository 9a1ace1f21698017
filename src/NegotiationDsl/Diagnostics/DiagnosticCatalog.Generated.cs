namespace NegotiationDsl.Diagnostics;

/// <summary>Diagnostics about generated names and the file names outputs and build steps are made from.</summary>
public static partial class DiagnosticCatalog
{
    /// <summary>Reported by the NegotiationDsl.Build targets (NegCheckFileNames), which print this message.</summary>
    public static readonly DiagnosticDescriptor UnpassableFileNameDescriptor = new(
        "NEG9015", DiagnosticSeverity.Error, "Record file name the C# compiler cannot take",
        "A quote or a line break in a record file name cannot be passed to the C# compiler; rename {0}.");
}
