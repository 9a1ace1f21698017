using System;
using System.IO;
using NegotiationDsl.Cli.LanguageServer.Protocol;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.LanguageServer;

/// <summary>
/// A compiler diagnostic as an LSP diagnostic: same code and message, the severity mapped, and the help
/// link as <c>codeDescription</c> (the copy of docs/diagnostics.md shipped next to negc, so an editor
/// can open it offline).
/// </summary>
internal static class DiagnosticConverter
{
    public const string Source = "negc";

    private static readonly Lazy<string?> DocsUri = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, DiagnosticCatalog.HelpLinkBase);
        return File.Exists(path) ? new Uri(path).AbsoluteUri : null;
    });

    /// <summary>Null for hidden diagnostics, which editors do not show either.</summary>
    public static LspDiagnostic? ToLsp(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => LspDiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => LspDiagnosticSeverity.Warning,
            DiagnosticSeverity.Info => LspDiagnosticSeverity.Information,
            _ => 0,
        };
        if (severity == 0) return null;
        var tags = diagnostic.Descriptor == DiagnosticCatalog.UnusedDeclarationDescriptor ? new[] { LspDiagnosticTag.Unnecessary } : null;
        // The message quotes record text; an editor shows it as plain text, so hidden characters are shown by code.
        return new LspDiagnostic(DocumentSnapshot.RangeOf(diagnostic.Location.Text, diagnostic.Location.Span), severity, diagnostic.Code, Help(diagnostic.Code), Source, PrintableText.Escape(diagnostic.Message), tags);
    }

    /// <summary>An error of the input layer (a file it refused) at the start of the file it is about, with negc's code and message.</summary>
    public static LspDiagnostic ToLsp(ToolError error)
    {
        var start = new LspPosition(0, 0);
        // The message quotes file names, which may hold hidden characters too.
        return new LspDiagnostic(new LspRange(start, start), LspDiagnosticSeverity.Error, error.Code, Help(error.Code), Source, PrintableText.Escape(error.Message), Tags: null);
    }

    private static CodeDescription? Help(string code) => DocsUri.Value is { } docs ? new CodeDescription(docs + "#" + code.ToLowerInvariant()) : null;
}
