using System;
using System.Buffers;

namespace NegotiationDsl.Reports;

/// <summary>
/// CSV cells by RFC 4180 (a cell with a comma, a quote or a line break is quoted, quotes doubled), made
/// safe for spreadsheets: a cell whose first non-blank character is <c>= + - @</c>, a tab or a carriage
/// return (the OWASP list) gets a leading apostrophe, so it is read as text and never as a formula.
/// </summary>
internal static class CsvText
{
    /// <summary>
    /// Every CSV document starts with U+FEFF (written as the UTF-8 bytes EF BB BF): without it Excel reads the
    /// file in the machine's legacy code page and mangles non-ASCII names; other CSV readers skip it.
    /// </summary>
    public const char ByteOrderMark = '\uFEFF';

    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\n\r");

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var text = ReportText.Visible(value);
        if (IsFormulaLike(text)) text = "'" + text;
        var quote = text.AsSpan().ContainsAny(NeedQuotes) || text[0] == ' ' || text[text.Length - 1] == ' ';
        return quote ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static bool IsFormulaLike(string text)
    {
        foreach (var c in text)
        {
            if (c is '=' or '+' or '-' or '@' or '\t' or '\r') return true;
            if (c != ' ') return false;
        }

        return false;
    }
}
