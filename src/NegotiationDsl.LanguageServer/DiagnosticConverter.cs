using System;
using System.IO;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// A compiler diagnostic as an LSP diagnostic: same code and message, the severity mapped, the help
/// link as <c>codeDescription</c> (the copy of docs/diagnostics.md shipped next to negc, so an editor
/// can open it offline), and its properties as <c>data</c>.
/// </summary>
internal static class DiagnosticConverter
{
    public const string Source = "negc";

    private static readonly Lazy<string?> DocsUri = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, DiagnosticCatalog.HelpLinkBase);
#pragma warning disable RS0030 // Only whether negc's own copy is there; no file of the user's is read.
        return File.Exists(path) ? new Uri(path).AbsoluteUri : null;
#pragma warning restore RS0030
    });

    /// <summary>Null for hidden diagnostics, which editors do not show either, and for those not in a source text.</summary>
    public static LspDiagnostic? ToLsp(Diagnostic diagnostic)
    {
        if (diagnostic.Location.Text is not { } text) return null;
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
        var data = diagnostic.Properties.Count > 0 ? diagnostic.Properties : null;
        return new LspDiagnostic(DocumentSnapshot.RangeOf(text, diagnostic.Location.Span), severity, diagnostic.Code, Source, PrintableText.Escape(diagnostic.Message), Help(diagnostic.Code), tags, data);
    }

    /// <summary>An error of the input layer (a file it refused) at the start of the file it is about, with negc's code and message.</summary>
    public static LspDiagnostic ToLspAtFileStart(Diagnostic error)
    {
        var start = new LspPosition(0, 0);
        // The message quotes file names, which may hold hidden characters too.
        return new LspDiagnostic(new LspRange(start, start), LspDiagnosticSeverity.Error, error.Code, Source, PrintableText.Escape(error.Message), Help(error.Code), Tags: null, Data: null);
    }

    private static CodeDescription? Help(string code) => DocsUri.Value is { } docs ? new CodeDescription(docs + "#" + code.ToLowerInvariant()) : null;
}
