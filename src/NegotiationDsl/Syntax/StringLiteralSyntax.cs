using System.Globalization;
using System;
using System.Text;

namespace NegotiationDsl.Syntax;

/// <summary>A string in double quotes; <see cref="Value"/> is its text with escapes decoded.</summary>
public sealed class StringLiteralSyntax : ExpressionSyntax
{
    private string? _value;

    internal StringLiteralSyntax(SyntaxToken token)
        : base(NodeChildren.Of(token))
    {
        Token = token;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new StringLiteralSyntax(map.Of(Token)!);

    public override SyntaxKind Kind => SyntaxKind.StringLiteral;
    public SyntaxToken Token { get; }
    public bool IsTerminated => Token.Kind == SyntaxKind.StringLiteralToken;

    /// <summary>The string's content: quotes removed, escapes decoded; an invalid escape is kept as written.</summary>
    public string Value => Token.QuotedContent ?? (_value ??= Decode(Token.Text));

    internal static string Decode(string text)
    {
        if (text.Length == 0) return "";
        var end = text.Length > 1 && text[text.Length - 1] == '"' && !EndsInEscapedQuote(text) ? text.Length - 1 : text.Length;
        // Most strings have no escape: their value is the text between the quotes.
        if (text.IndexOf('\\', 1) < 0) return text.Substring(1, end - 1);
        var builder = new StringBuilder(end);
        for (var i = 1; i < end; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }

            var length = EscapeLength(text, i, end);
            if (length == 0)
            {
                builder.Append(c);
                continue;
            }

            builder.Append(DecodeEscape(text, i, length));
            i += length - 1;
        }

        return builder.ToString();
    }

    /// <summary>The length of a valid escape starting at <paramref name="start"/> (the backslash), or 0.</summary>
    internal static int EscapeLength(string text, int start, int end)
    {
        if (start + 1 >= end) return 0;
        switch (text[start + 1])
        {
            case '"':
            case '\\':
            case 'n':
            case 'r':
            case 't':
                return 2;
            case 'u':
                if (start + 6 > end) return 0;
                for (var k = start + 2; k < start + 6; k++)
                {
                    if (!Uri.IsHexDigit(text[k])) return 0;
                }

                return 6;
            default:
                return 0;
        }
    }

    private static string DecodeEscape(string text, int start, int length) => text[start + 1] switch
    {
        'n' => "\n",
        'r' => "\r",
        't' => "\t",
        'u' => ((char)int.Parse(text.Substring(start + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
        _ => text[start + 1].ToString(),
    };

    private static bool EndsInEscapedQuote(string text)
    {
        // A final quote preceded by an odd number of backslashes is escaped: the string is unterminated.
        var backslashes = 0;
        for (var i = text.Length - 2; i >= 1 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
