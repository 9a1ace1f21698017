using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationDsl.Cli.LanguageServer.Transport;

/// <summary>
/// Reads a JSON string even when it escapes a lone surrogate (<c>"\ud800"</c>), which System.Text.Json
/// refuses. An editor's buffer is a UTF-16 string that may hold one, and a refused didOpen or didChange
/// would silently leave the server's copy different from the editor's. Each lone surrogate becomes U+FFFD:
/// one UTF-16 unit for one, so every position the editor sends still lands where it meant.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException) when (reader.TokenType == JsonTokenType.String)
        {
            return ReplaceLoneSurrogates(Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>The raw JSON string (whose escapes the reader has already checked) with its escapes resolved.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        while (true)
        {
            var backslash = raw.IndexOf((byte)'\\');
            text.Append(Encoding.UTF8.GetString(backslash < 0 ? raw : raw[..backslash]));
            if (backslash < 0) return text.ToString();
            var escape = (char)raw[backslash + 1];
            if (escape == 'u')
            {
                text.Append((char)Convert.ToUInt16(Encoding.ASCII.GetString(raw.Slice(backslash + 2, 4)), 16));
                raw = raw[(backslash + 6)..];
                continue;
            }

            text.Append(escape switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escape });
            raw = raw[(backslash + 2)..];
        }
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }

        return new string(chars);
    }
}
