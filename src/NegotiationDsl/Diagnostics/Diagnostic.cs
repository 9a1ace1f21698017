using System.Collections.Immutable;
using System.Globalization;
using NegotiationDsl.Text;

namespace NegotiationDsl.Diagnostics;

/// <summary>A problem found in a record or by the tool: code, severity, message, where, and the facts a fix needs.</summary>
public sealed class Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, params object[] messageArguments)
        : this(descriptor, location, severity, DiagnosticProperties.Empty, messageArguments)
    {
    }

    public Diagnostic(
        DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, ImmutableSortedDictionary<string, string> properties, params object[] messageArguments)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Properties = properties;
        Message = messageArguments.Length == 0
            ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArguments);
    }

    private Diagnostic(Diagnostic original, Location location, DiagnosticSeverity severity)
    {
        Descriptor = original.Descriptor;
        Location = location;
        Severity = severity;
        Properties = original.Properties;
        Message = original.Message;
    }

    /// <summary>The same diagnostic at another severity (configuration can raise or lower it).</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) => severity == Severity ? this : new Diagnostic(this, Location, severity);

    /// <summary>The same diagnostic at another place (in the text an edit made); the message is kept as it is.</summary>
    internal Diagnostic WithLocation(Location location) => new(this, location, Severity);

    public DiagnosticDescriptor Descriptor { get; }
    public string Code => Descriptor.Code;
    public DiagnosticSeverity Severity { get; }
    public string Message { get; }
    public Location Location { get; }
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Facts a tool can act on without reading the message (keys in <see cref="DiagnosticProperties"/>), such as the
    /// name a "did you mean" suggests; set by the catalogue's factories, in key order.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Properties { get; }

    /// <summary>
    /// The canonical one-line form that MSBuild and editors parse: <c>path(line,col): error NEG1001: message</c>,
    /// <c>path: error NEG9002: message</c> for a whole file, <c>error NEG9005: message</c> for no file.
    /// The path and the message are untrusted text, so hidden characters are shown by code (<see cref="PrintableText"/>):
    /// a line break in either cannot start a line of its own.
    /// </summary>
    public override string ToString() => Location.Kind == LocationKind.None ? Line() : $"{PrintableText.Escape(Location.ToString())}: {Line()}";

    private string Line() => $"{SeverityText(Severity)} {Code}: {PrintableText.Escape(Message)}";

    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
