using System.Globalization;
using NegotiationDsl.Text;

namespace NegotiationDsl.Diagnostics;

/// <summary>A problem found in a record: code, severity, message and where.</summary>
public sealed class Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, params object[] messageArguments)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Message = messageArguments.Length == 0
            ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArguments);
    }

    private Diagnostic(Diagnostic original, DiagnosticSeverity severity)
    {
        Descriptor = original.Descriptor;
        Location = original.Location;
        Severity = severity;
        Message = original.Message;
    }

    /// <summary>The same diagnostic at another severity (configuration can raise or lower it).</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) => severity == Severity ? this : new Diagnostic(this, severity);

    public DiagnosticDescriptor Descriptor { get; }
    public string Code => Descriptor.Code;
    public DiagnosticSeverity Severity { get; }
    public string Message { get; }
    public Location Location { get; }
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// The canonical one-line form that MSBuild and editors parse: <c>path(line,col): error NEG1001: message</c>.
    /// The path and the message are untrusted text, so hidden characters are shown by code (<see cref="PrintableText"/>):
    /// a line break in either cannot start a line of its own.
    /// </summary>
    public override string ToString() =>
        $"{PrintableText.Escape(Location.FilePath)}({Location.LineSpan.Start.ToString()}): {SeverityText(Severity)} {Code}: {PrintableText.Escape(Message)}";

    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
