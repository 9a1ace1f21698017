using System.Globalization;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting;

/// <summary>
/// A problem of the tool rather than of a record's text: a path not found, a file that cannot be read or
/// written, an invalid argument or configuration. It is kept as data (code, message and the path it is
/// about) rather than as preformatted text, so that each writer escapes the path and the message for its
/// own format: file names are user input like record text.
/// </summary>
internal sealed class ToolError
{
    public ToolError(DiagnosticDescriptor descriptor, string? path, params object[] messageArguments)
    {
        Descriptor = descriptor;
        Path = path;
        Message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArguments);
    }

    public DiagnosticDescriptor Descriptor { get; }
    public string Code => Descriptor.Code;
    public string Message { get; }

    /// <summary>The file or folder the error is about, as shown to the user; null when it is about none.</summary>
    public string? Path { get; }

    /// <summary>The raw one-line form, <c>negc: error NEG9001: message</c>; writers escape it for their sink.</summary>
    public override string ToString() => $"negc: error {Code}: {Message}";
}
