namespace NegotiationDsl.Syntax;

/// <summary>
/// A name token may carry the alias of a used folder before a dot (<c>geneva.written_response</c>); these split
/// it. Declarations never have one, so the part after the dot is what a rename changes.
/// </summary>
public static class QualifiedName
{
    public static string? QualifierOf(string text) => text.IndexOf('.') is var dot and > 0 ? text.Substring(0, dot) : null;

    public static string SimpleNameOf(string text) => text.IndexOf('.') is var dot and > 0 ? text.Substring(dot + 1) : text;

    /// <summary>Where the simple name starts within the token's text.</summary>
    public static int SimpleNameOffset(string text) => text.IndexOf('.') + 1;
}
