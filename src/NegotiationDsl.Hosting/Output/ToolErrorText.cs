using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Output;

/// <summary>How a tool error reads as one line, for negc's error stream and the language server's log alike.</summary>
internal static class ToolErrorText
{
    /// <summary>
    /// A tool error's raw line, <c>negc: error NEG9001: message</c>: the tool is its origin, as csc's is for a source
    /// file it cannot find, because the file may not exist or not be a record; the message names it. Sinks escape it.
    /// </summary>
    public static string Line(Diagnostic error) => $"negc: {Diagnostic.SeverityText(error.Severity)} {error.Code}: {error.Message}";
}
