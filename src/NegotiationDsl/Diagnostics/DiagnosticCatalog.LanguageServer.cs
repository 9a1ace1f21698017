namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor DiagnosticsNotShownDescriptor = new(
        "NEG9027", DiagnosticSeverity.Info, "More diagnostics not shown", "{0} more diagnostics in this file are not shown; 'negc check' lists them all.");

    public static Diagnostic DiagnosticsNotShown(Location location, int count) =>
        Create(DiagnosticsNotShownDescriptor, location, count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
}
