namespace NegotiationDsl.LanguageServer.Protocol;

internal sealed record CodeDescription(string Href);

internal sealed record LspDiagnostic(LspRange Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message, int[]? Tags);

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
