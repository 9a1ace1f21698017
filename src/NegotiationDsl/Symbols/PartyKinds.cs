using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>
/// Each party kind and the keyword that declares it: the binder reads it one way, and every output that
/// names the kind (JSON, reports, hover) writes the keyword's canonical spelling.
/// </summary>
public static class PartyKinds
{
    private static readonly (PartyKind Kind, SyntaxKind Keyword)[] Keywords =
    {
        (PartyKind.State, SyntaxKind.StateKeyword),
        (PartyKind.Alliance, SyntaxKind.AllianceKeyword),
        (PartyKind.Organisation, SyntaxKind.OrganisationKeyword),
        (PartyKind.Bloc, SyntaxKind.BlocKeyword),
        (PartyKind.Body, SyntaxKind.BodyKeyword),
    };

    /// <summary>The kind a keyword declares; <see cref="PartyKind.Unspecified"/> without one.</summary>
    internal static PartyKind FromKeyword(SyntaxKind? keyword)
    {
        foreach (var pair in Keywords)
        {
            if (pair.Keyword == keyword) return pair.Kind;
        }

        return PartyKind.Unspecified;
    }

    /// <summary>The kind as the records write it (<c>"alliance"</c>); null for <see cref="PartyKind.Unspecified"/>.</summary>
    public static string? Word(PartyKind kind)
    {
        foreach (var pair in Keywords)
        {
            if (pair.Kind == kind) return SyntaxFacts.GetText(pair.Keyword);
        }

        return null;
    }
}
