using System.IO;
using NegotiationDsl.Hosting.Output;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The language server's log on stderr, one line per event, each starting <c>negc lsp: </c>. Its values (paths, URIs,
/// method names, exception messages) come from the client and the disk, so each goes through the terminal's escaping
/// (<see cref="TerminalLine"/>): a log line can neither drive the terminal it is shown on nor fake a line of its own.
/// </summary>
internal sealed class ServerLog(TextWriter writer)
{
    /// <summary>Starts every line of the log, the <see cref="LogQueue"/>'s own too.</summary>
    public const string Prefix = "negc lsp: ";

    public static readonly ServerLog Null = new(TextWriter.Null);

    public void WriteLine(TerminalLine line) => writer.WriteLine(Prefix + line.ToStringAndClear());
}
