namespace NegotiationDsl.Diagnostics;

/// <summary>What configuration does with a diagnostic code: report it at a severity, or not at all.</summary>
public enum ReportDiagnostic
{
    Error,
    Warning,
    Info,
    Hidden,
    Suppress,
}
