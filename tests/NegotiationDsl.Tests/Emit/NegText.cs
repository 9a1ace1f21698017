using System.Globalization;
using System.Text;

namespace NegotiationDsl.Tests.Emit;

/// <summary>Writes any .NET string as a .neg string literal, raw where the language allows it.</summary>
internal static class NegText
{
    /// <summary>
    /// Escapes what a .neg string cannot hold raw (quote, backslash, line breaks) and what UTF-8 cannot
    /// carry (a lone surrogate, as <c>\uD800</c>); everything else, NUL, bidi controls and emoji
    /// included, is written as it is.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (paired)
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when char.IsSurrogate(c) || c is '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
