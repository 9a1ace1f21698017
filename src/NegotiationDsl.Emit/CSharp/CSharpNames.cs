using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NegotiationDsl.Emit.CSharp;

/// <summary>
/// Turns .neg names into valid, unique C# identifiers: <c>written_response</c> becomes
/// <c>WrittenResponse</c>, <c>minsk-2015</c> becomes <c>Minsk2015</c>, Unicode letters stay
/// (<c>Лавров</c>), characters C# does not allow become '_', a reserved keyword is escaped with '@', and a
/// name taken in the same scope (or equal to the enclosing type) gets a number.
/// </summary>
internal sealed class CSharpNames
{
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    // The next number to try for each name that was taken: numbers below it stay taken, so 30,000 meetings with one
    // name do not each try every number from 2.
    private readonly Dictionary<string, int> _nextSuffix = new(System.StringComparer.Ordinal);

    public CSharpNames(params string[] reserved)
    {
        foreach (var name in reserved) _taken.Add(name);
    }

    /// <summary>A fresh identifier in this scope for <paramref name="name"/>.</summary>
    public string Claim(string name)
    {
        var baseName = ToPascalIdentifier(name);
        if (_taken.Add(baseName)) return baseName;
        var suffix = _nextSuffix.TryGetValue(baseName, out var next) ? next : 2;
        var candidate = baseName + suffix.ToString(CultureInfo.InvariantCulture);
        while (!_taken.Add(candidate)) candidate = baseName + (++suffix).ToString(CultureInfo.InvariantCulture);
        _nextSuffix[baseName] = suffix + 1;
        return candidate;
    }

    public static string ToPascalIdentifier(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            // Separators start a new word; invisible formatting characters (legal in C# names) are dropped.
            if (c is '_' or '-' or ' ' or '.' || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                upperNext = true;
                continue;
            }

            var valid = builder.Length == 0 ? SyntaxFacts.IsIdentifierStartCharacter(c) : SyntaxFacts.IsIdentifierPartCharacter(c);
            if (!valid && builder.Length == 0 && SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                builder.Append('_');
                valid = true;
            }

            builder.Append(!valid ? '_' : upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0) builder.Append("Item");
        var identifier = builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }
}
