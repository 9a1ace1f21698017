using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Neg = NegotiationDsl;

namespace NegotiationDsl.Generator;

/// <summary>Our diagnostics as Roslyn diagnostics: same code, severity, message and .neg location.</summary>
internal static class RoslynDiagnostics
{
    private const string Category = "NegotiationDsl";

    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new();

    public static Diagnostic From(Neg.Diagnostics.Diagnostic diagnostic)
    {
        var descriptor = Descriptors.GetOrAdd(diagnostic.Code, _ => new DiagnosticDescriptor(
            diagnostic.Code,
            diagnostic.Descriptor.Title,
            "{0}",
            Category,
            Severity(diagnostic.Descriptor.DefaultSeverity),
            isEnabledByDefault: true,
            helpLinkUri: diagnostic.Descriptor.HelpLink));

        var span = diagnostic.Location.Span;
        var lines = diagnostic.Location.LineSpan;
        // MSBuild reads "path(line,col): error CODE: message" lines: the path and message are shown on one line.
        var location = Location.Create(
            Neg.Text.PrintableText.Escape(diagnostic.Location.FilePath),
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(lines.Start.Line, lines.Start.Character), new LinePosition(lines.End.Line, lines.End.Character)));
        return Diagnostic.Create(descriptor, location, Severity(diagnostic.Severity), additionalLocations: null, properties: null, Neg.Text.PrintableText.Escape(diagnostic.Message));
    }

    private static DiagnosticSeverity Severity(Neg.Diagnostics.DiagnosticSeverity severity) => severity switch
    {
        Neg.Diagnostics.DiagnosticSeverity.Error => DiagnosticSeverity.Error,
        Neg.Diagnostics.DiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
        Neg.Diagnostics.DiagnosticSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
