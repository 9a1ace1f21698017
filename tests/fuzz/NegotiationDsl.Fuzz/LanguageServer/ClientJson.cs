using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// Writes the fuzzing client's messages. A JSON writer of its own: System.Text.Json writes a lone surrogate as
/// U+FFFD, and the client must send what an editor may send, <c>"\ud800"</c> included.
/// </summary>
internal static class ClientJson
{
    /// <summary>Text written as it is (a number too large for any type, broken JSON).</summary>
    public sealed record Raw(string Text);

    /// <summary>An object, its members in the order given (a key may come twice).</summary>
    public sealed record Obj(IReadOnlyList<(string Key, object? Value)> Members);

    public static Obj O(params (string Key, object? Value)[] members) => new(members);

    public static byte[] Bytes(object? value) => Encoding.UTF8.GetBytes(Write(value));

    public static string Write(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case bool flag:
                text.Append(flag ? "true" : "false");
                break;
            case string s:
                AppendString(text, s);
                break;
            case int or long:
                text.Append(((System.IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case Raw raw:
                text.Append(raw.Text);
                break;
            case Obj obj:
                text.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    AppendString(text, obj.Members[i].Key);
                    text.Append(':');
                    Append(text, obj.Members[i].Value);
                }

                text.Append('}');
                break;
            case IEnumerable<object?> items:
                text.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    if (!first) text.Append(',');
                    first = false;
                    Append(text, item);
                }

                text.Append(']');
                break;
            default:
                throw new System.ArgumentException("no JSON for " + value.GetType().Name, nameof(value));
        }
    }

    /// <summary>Quotes and backslashes escaped, control characters and lone surrogates as <c>\uXXXX</c>, the rest as UTF-8.</summary>
    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('"');
    }
}
