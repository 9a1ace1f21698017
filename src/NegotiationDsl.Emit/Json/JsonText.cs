using System.Text;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// Makes a .NET string valid Unicode before it is written: a lone UTF-16 surrogate (a <c>\uD800</c>
/// escape in a .neg string can produce one) has no UTF-8 form, so it becomes U+FFFD. Every other
/// character is kept exactly; escaping for JSON is the writer's job.
/// </summary>
internal static class JsonText
{
    public const char ReplacementCharacter = '\uFFFD';

    public static string Sanitize(string text)
    {
        var firstLone = FindLoneSurrogate(text);
        if (firstLone < 0) return text;

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstLone);
        for (var i = firstLone; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? ReplacementCharacter : text[i]);
            }
        }

        return builder.ToString();
    }

    private static int FindLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPairAt(text, i)) i++;
            else if (char.IsSurrogate(text[i])) return i;
        }

        return -1;
    }

    private static bool IsPairAt(string text, int index) =>
        index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]);
}
