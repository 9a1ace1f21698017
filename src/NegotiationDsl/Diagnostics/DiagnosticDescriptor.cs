namespace NegotiationDsl.Diagnostics;

/// <summary>
/// One entry of the catalogue: a permanent code (never reused, never renumbered), its default
/// severity and a message format with <c>{0}</c>-style holes.
/// </summary>
public sealed class DiagnosticDescriptor
{
    public DiagnosticDescriptor(string code, DiagnosticSeverity defaultSeverity, string title, string messageFormat, bool namesAPlace = false)
    {
        Code = code;
        DefaultSeverity = defaultSeverity;
        Title = title;
        MessageFormat = messageFormat;
        NamesAPlace = namesAPlace;
    }

    /// <summary>For example <c>NEG1001</c>.</summary>
    public string Code { get; }
    public DiagnosticSeverity DefaultSeverity { get; }
    public string Title { get; }
    public string MessageFormat { get; }

    /// <summary>
    /// True when the message says where something else is, as a file, line and column (where the first of two
    /// duplicates is declared): an edit that moves that place changes the message, not only the diagnostic's location.
    /// </summary>
    public bool NamesAPlace { get; }

    /// <summary>Where the code is explained: an anchor in docs/diagnostics.md.</summary>
    public string HelpLink => DiagnosticCatalog.HelpLinkBase + "#" + Code.ToLowerInvariant();

    public override string ToString() => Code + ": " + Title;
}
