using System;
using NegotiationDsl.Hosting.Input;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The bounds the server keeps whatever its client sends (docs/reliability.md, "Language server"). Tests and the
/// fuzzing campaign run the server with smaller ones, so that every bound is reached often.
/// </summary>
/// <param name="DocumentBytes">A document whose text is larger (in UTF-8) is kept but not analysed: NEG1010, as negc reports for a file.</param>
/// <param name="DiagnosticsPerDocument">The most diagnostics published for one document, the last of them NEG9027 saying how many more there are.</param>
/// <param name="PendingOutputBytes">The most answers the server holds for a client that does not read them; beyond it the client counts as gone.</param>
internal sealed record LanguageServerLimits(long DocumentBytes, int DiagnosticsPerDocument, long PendingOutputBytes)
{
    /// <summary>The framing limit when no document needs more: far above any real message, far below what would exhaust memory.</summary>
    public const int MinMessageBytes = 256 * 1024 * 1024;

    public static LanguageServerLimits Default { get; } = new(FileSizeLimit.Bytes, DiagnosticsPerDocument: 1000, PendingOutputBytes: 64L * 1024 * 1024);

    /// <summary>
    /// The largest message body read: room for any document within <see cref="DocumentBytes"/> however the client
    /// escapes it (at most six bytes of JSON per byte of text, <c>\u0001</c>), so that such a document gets NEG1010
    /// rather than ending the connection.
    /// </summary>
    public int MessageBytes => (int)Math.Clamp(6 * DocumentBytes + 1024 * 1024, MinMessageBytes, Array.MaxLength);
}
