using System.Collections.Generic;

namespace NegotiationDsl.LanguageServer.Protocol;

internal sealed record CodeDescription(string Href);

/// <summary>
/// A diagnostic as the server publishes it and as an editor sends it back in a code action request; the members left
/// out when null are optional, so that a diagnostic the server published reads back.
/// </summary>
/// <param name="Data">The diagnostic's properties (<c>DiagnosticProperties</c>): the editor keeps them and sends them back with a code action request.</param>
internal sealed record LspDiagnostic(
    LspRange Range, int Severity, string Code, string Source, string Message,
    CodeDescription? CodeDescription = null, int[]? Tags = null, IReadOnlyDictionary<string, string>? Data = null);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

internal static class LspDiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

internal static class LspDiagnosticTag
{
    public const int Unnecessary = 1;
}
