using System;
using System.Collections.Generic;

namespace NegotiationDsl.LanguageServer.Transport;

/// <summary>
/// System.Text.Json refuses to read a string that escapes a lone surrogate (<c>"\ud800"</c>), as a value or as a
/// property name, and so would every reader of a message: the envelope check, StreamJsonRpc's formatter, the
/// parameter types. An editor's buffer is UTF-16 and may hold one. So before anything reads a body, each such
/// escape becomes <c>\ufffd</c>: six bytes for six, so every offset in the body stays where it was, and one UTF-16
/// unit for one, so every position the editor sends still lands where it meant.
/// </summary>
internal static class LoneSurrogateEscapes
{
    private const int EscapeLength = 6;

    /// <summary>The body with every lone surrogate escape replaced (the same array when there is none), and where each replaced escape starts.</summary>
    public static byte[] Replace(byte[] body, out IReadOnlyList<int> replacedAt)
    {
        byte[]? copy = null;
        List<int>? replaced = null;
        // In valid JSON a backslash only ever starts an escape, inside a string, so escapes can be walked without
        // tracking strings; in invalid JSON any replacement is harmless, as the reader refuses the body anyway.
        for (var i = IndexOfBackslash(body, 0); i >= 0; i = IndexOfBackslash(body, i))
        {
            if (ReadUnicodeEscape(body, i) is not { } unit)
            {
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(unit) && ReadUnicodeEscape(body, i + EscapeLength) is { } next && char.IsLowSurrogate(next))
            {
                i += 2 * EscapeLength;
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                copy ??= (byte[])body.Clone();
                "\\ufffd"u8.CopyTo(copy.AsSpan(i));
                (replaced ??= []).Add(i);
            }

            i += EscapeLength;
        }

        replacedAt = replaced ?? (IReadOnlyList<int>)Array.Empty<int>();
        return copy ?? body;
    }

    private static int IndexOfBackslash(byte[] body, int from)
    {
        if (from >= body.Length) return -1;
        var index = body.AsSpan(from).IndexOf((byte)'\\');
        return index < 0 ? -1 : from + index;
    }

    /// <summary>The UTF-16 unit of a <c>\uXXXX</c> escape at <paramref name="at"/>, or null when there is none.</summary>
    private static char? ReadUnicodeEscape(byte[] body, int at)
    {
        if (at + EscapeLength > body.Length || body[at] != '\\' || body[at + 1] != 'u') return null;
        var value = 0;
        for (var i = at + 2; i < at + EscapeLength; i++)
        {
            var digit = HexValue(body[i]);
            if (digit < 0) return null;
            value = (value << 4) | digit;
        }

        return (char)value;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
