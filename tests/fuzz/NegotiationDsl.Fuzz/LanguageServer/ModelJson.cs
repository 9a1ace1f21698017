using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// Reads a message as the client model needs it, independently of the server's code: objects (a repeated key
/// keeps its last value, as System.Text.Json does), arrays, numbers as their text, and strings with every lone
/// surrogate read as U+FFFD (the server's documented rule). Text that is not UTF-8 is not JSON.
/// </summary>
internal static class ModelJson
{
    /// <summary>A number as written, so that the model decides what fits an int as the server's reader does.</summary>
    public sealed record Number(string Text)
    {
        public int? AsInt32 => int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
        public long? AsInt64 => long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The JSON value of the body: a dictionary, a list, a string, a <see cref="Number"/>, a bool or null; <paramref name="isJson"/> false when it is not JSON.</summary>
    public static object? Parse(byte[] body, out bool isJson)
    {
        isJson = false;
        if (!Utf8.IsValid(body)) return null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read()) throw new JsonException("empty");
            var value = ReadValue(ref reader);
            if (reader.Read()) throw new JsonException("more after the value");
            isJson = true;
            return value;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The body is one array, so every value is one span.
    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Unescape(reader.ValueSpan.ToArray());
                    reader.Read();
                    members[name] = ReadValue(ref reader);
                }

                return members;
            case JsonTokenType.StartArray:
                var items = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader));
                return items;
            case JsonTokenType.String:
                return Unescape(reader.ValueSpan.ToArray());
            case JsonTokenType.Number:
                return new Number(Encoding.ASCII.GetString(reader.ValueSpan.ToArray()));
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>A string's raw bytes (the reader has checked its escapes) with the escapes resolved.</summary>
    private static string Unescape(byte[] raw)
    {
        var units = new StringBuilder();
        var plain = new List<byte>();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                plain.Add(raw[i]);
                continue;
            }

            units.Append(Encoding.UTF8.GetString(plain.ToArray()));
            plain.Clear();
            var escape = (char)raw[++i];
            if (escape == 'u')
            {
                units.Append((char)int.Parse(Encoding.ASCII.GetString(raw, i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
            }
            else
            {
                units.Append(escape switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escape });
            }
        }

        units.Append(Encoding.UTF8.GetString(plain.ToArray()));
        return WithoutLoneSurrogates(units.ToString());
    }

    private static string WithoutLoneSurrogates(string text)
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
