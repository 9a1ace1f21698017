using System;

namespace NegotiationDsl.Text;

/// <summary>An edit of a text: the span it replaced in the text before, and the length of what replaced it.</summary>
public readonly record struct TextChange(TextSpan Span, int NewLength)
{
    /// <summary>
    /// The smallest change that turns <paramref name="before"/> into <paramref name="after"/>: what lies between their
    /// common start and their common end. However many edits an editor sent, they lie in it.
    /// </summary>
    public static TextChange Between(string before, string after)
    {
        var shorter = Math.Min(before.Length, after.Length);
        var prefix = 0;
        while (prefix < shorter && before[prefix] == after[prefix]) prefix++;
        var suffix = 0;
        while (suffix < shorter - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix]) suffix++;
        return new TextChange(TextSpan.FromBounds(prefix, before.Length - suffix), after.Length - suffix - prefix);
    }
}
