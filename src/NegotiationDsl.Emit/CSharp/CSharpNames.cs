using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NegotiationDsl.Emit.CSharp;

/// <summary>
/// Turns .neg names into valid, unique C# identifiers: <c>written_response</c> becomes
/// <c>WrittenResponse</c>, <c>minsk-2015</c> becomes <c>Minsk2015</c>, Unicode letters stay
/// (<c>Лавров</c>), characters C# does not allow become '_', a reserved keyword is escaped with '@', and a
/// name taken in the same scope gets a number. Taken from the start: the enclosing types' names (a member
/// named like its class is an error) and the members every class inherits from <c>object</c> (a field named
/// <c>Equals</c> would hide one, a warning). Identifiers are at most <see cref="GeneratedName.MaxBytes"/> bytes.
/// </summary>
internal sealed class CSharpNames
{
    /// <summary>The members of <c>object</c>, which every generated class inherits.</summary>
    public static readonly IReadOnlyList<string> InheritedMembers = ["Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString"];

    private readonly NameScope _scope;

    /// <param name="reserved">Names taken from the start: the enclosing classes' and the class's own fixed members.</param>
    public CSharpNames(params string[] reserved) =>
        _scope = new NameScope(System.StringComparer.Ordinal, numberSeparator: "", reserved.Concat(InheritedMembers));

    /// <summary>A fresh identifier in this scope for <paramref name="name"/>.</summary>
    public string Claim(string name) => _scope.Claim(ToPascalIdentifier(name));

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
