using System.Collections.Generic;

namespace NegotiationDsl.Cli.LanguageServer.Protocol;

internal sealed record CodeDescription(string Href);

/// <param name="Data">The diagnostic's properties (<c>DiagnosticProperties</c>): the editor keeps them and sends them back with a code action request.</param>
internal sealed record LspDiagnostic(
    LspRange Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message, int[]? Tags, IReadOnlyDictionary<string, string>? Data = null);

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
