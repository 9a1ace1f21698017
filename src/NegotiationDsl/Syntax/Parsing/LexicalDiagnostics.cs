using System.Collections.Generic;
using Antlr4.Runtime;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax.Parsing.Generated;
using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>Diagnostics that need only the tokens: bad characters, unterminated strings and comments, bad escapes, bad UTF-8.</summary>
internal static class LexicalDiagnostics
{
    public static void Collect(SourceText text, IList<IToken> tokens, List<Diagnostic> diagnostics)
    {
        if (text.InvalidUtf8Position is int invalid)
            diagnostics.Add(DiagnosticCatalog.InvalidUtf8(new Location(text, new TextSpan(invalid, invalid < text.Length ? 1 : 0))));

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Type)
            {
                case NegotiationLexer.UNEXPECTED_CHARACTER:
                    // One diagnostic for a run of adjacent unknown characters.
                    var start = token.StartIndex;
                    var end = token.StopIndex + 1;
                    while (i + 1 < tokens.Count && tokens[i + 1].Type == NegotiationLexer.UNEXPECTED_CHARACTER && tokens[i + 1].StartIndex == end)
                    {
                        i++;
                        end = tokens[i].StopIndex + 1;
                    }

                    var span = TextSpan.FromBounds(start, end);
                    diagnostics.Add(DiagnosticCatalog.UnexpectedCharacters(new Location(text, span), text.ToString(span)));
                    break;
                case NegotiationLexer.UNTERMINATED_STRING:
                    diagnostics.Add(DiagnosticCatalog.UnterminatedString(new Location(text, Span(token))));
                    ReportInvalidEscapes(text, token, diagnostics);
                    break;
                case NegotiationLexer.STRING:
                    ReportInvalidEscapes(text, token, diagnostics);
                    break;
                case NegotiationLexer.UNTERMINATED_BLOCK_COMMENT:
                    diagnostics.Add(DiagnosticCatalog.UnterminatedComment(new Location(text, new TextSpan(token.StartIndex, 2))));
                    break;
            }
        }
    }

    private static TextSpan Span(IToken token) => TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    private static void ReportInvalidEscapes(SourceText text, IToken token, List<Diagnostic> diagnostics)
    {
        // Most strings have no escape; look in the source before asking ANTLR for a copy of the text.
        if (text.Text.IndexOf('\\', token.StartIndex, token.StopIndex - token.StartIndex + 1) < 0) return;
        var value = token.Text;
        var end = token.Type == NegotiationLexer.STRING ? value.Length - 1 : value.Length;
        for (var i = 1; i < end; i++)
        {
            if (value[i] != '\\') continue;
            var length = StringLiteralSyntax.EscapeLength(value, i, end);
            // A lone backslash at the end of an unterminated string is part of that one mistake.
            if (length == 0 && i + 1 >= end && token.Type == NegotiationLexer.UNTERMINATED_STRING) break;
            if (length == 0)
            {
                var escapeLength = i + 1 < end ? 2 : 1;
                var span = new TextSpan(token.StartIndex + i, escapeLength);
                diagnostics.Add(DiagnosticCatalog.InvalidEscape(new Location(text, span), DiagnosticCatalog.Printable(value.Substring(i, escapeLength))));
                continue;
            }

            i += length - 1;
        }
    }
}
