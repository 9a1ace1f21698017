namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnexpectedCharactersDescriptor = new(
        "NEG1001", DiagnosticSeverity.Error, "Unexpected character", "Unexpected character{0} '{1}' ({2}).");

    public static readonly DiagnosticDescriptor UnterminatedStringDescriptor = new(
        "NEG1002", DiagnosticSeverity.Error, "Unterminated string", "Unterminated string: add the closing '\"' before the end of the line.");

    public static readonly DiagnosticDescriptor UnterminatedCommentDescriptor = new(
        "NEG1003", DiagnosticSeverity.Error, "Unterminated block comment", "Unterminated block comment: add '*/' to close it.");

    public static readonly DiagnosticDescriptor MissingTokenDescriptor = new(
        "NEG1004", DiagnosticSeverity.Error, "Missing token", "Missing {0}.");

    public static readonly DiagnosticDescriptor UnexpectedTokenDescriptor = new(
        "NEG1005", DiagnosticSeverity.Error, "Unexpected token", "Unexpected {0}; expected {1}.");

    public static readonly DiagnosticDescriptor UnexpectedEndOfFileDescriptor = new(
        "NEG1006", DiagnosticSeverity.Error, "Unexpected end of file", "Unexpected end of file; expected {0}.");

    public static readonly DiagnosticDescriptor MisspeltKeywordDescriptor = new(
        "NEG1007", DiagnosticSeverity.Error, "Unknown word where a keyword is expected", "Unknown word '{0}'; did you mean '{1}'?");

    public static readonly DiagnosticDescriptor InvalidUtf8Descriptor = new(
        "NEG1008", DiagnosticSeverity.Error, "Invalid UTF-8", "The file is not valid UTF-8: the bytes here were replaced by U+FFFD.");

    public static readonly DiagnosticDescriptor InvalidEscapeDescriptor = new(
        "NEG1009", DiagnosticSeverity.Error, "Invalid escape sequence", "Invalid escape sequence '{0}' in a string; use \\\", \\\\, \\n, \\r, \\t or \\uXXXX.");

    public static Diagnostic UnexpectedCharacters(Location location, string text) =>
        Create(UnexpectedCharactersDescriptor, location, text.Length > 1 ? "s" : "", Printable(text), CodePoints(text));

    public static Diagnostic UnterminatedString(Location location) => Create(UnterminatedStringDescriptor, location);

    public static Diagnostic UnterminatedComment(Location location) => Create(UnterminatedCommentDescriptor, location);

    public static Diagnostic MissingToken(Location location, string expected) => Create(MissingTokenDescriptor, location, expected);

    public static readonly DiagnosticDescriptor FileTooLargeDescriptor = new(
        "NEG1010", DiagnosticSeverity.Error, "File too large", "The file is {0} MB; files over {1} MB are not read (set NEGC_MAX_FILE_MB to raise the limit).");

    public static Diagnostic UnexpectedToken(Location location, string found, string expected) =>
        Create(UnexpectedTokenDescriptor, location, found, expected);

    public static Diagnostic UnexpectedEndOfFile(Location location, string expected) =>
        Create(UnexpectedEndOfFileDescriptor, location, expected);

    public static Diagnostic MisspeltKeyword(Location location, string found, string keyword) =>
        Create(MisspeltKeywordDescriptor, location, found, keyword);

    public static Diagnostic FileTooLarge(Location location, long bytes, long limitBytes) =>
        Create(FileTooLargeDescriptor, location, Megabytes(bytes), Megabytes(limitBytes));

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    public static Diagnostic InvalidUtf8(Location location) => Create(InvalidUtf8Descriptor, location);

    public static Diagnostic InvalidEscape(Location location, string sequence) => Create(InvalidEscapeDescriptor, location, sequence);

    /// <summary>Shows control and invisible characters by code so a message never carries them raw.</summary>
    internal static string Printable(string text)
    {
        const int MaxShown = 40;
        var builder = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (builder.Length >= MaxShown)
            {
                builder.Append('…');
                break;
            }

            if (char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || char.IsSurrogate(c))
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }

        return builder.ToString();
    }

    private static string CodePoints(string text)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length && i < 4; i++)
        {
            if (i > 0) builder.Append(' ');
            builder.Append("U+").Append(((int)text[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (text.Length > 4) builder.Append(" …");
        return builder.ToString();
    }
}
