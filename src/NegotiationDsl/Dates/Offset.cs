using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using SourceText = NegotiationDsl.Text.SourceText;

namespace NegotiationDsl.Dates;

/// <summary>
/// An offset as written (<c>within 7 days</c>, <c>3 weeks ago</c>), without its nodes: a policy's offset outlives
/// the binding of its folder (folders that use it resolve their fuzzy words with it), and a result keeps no node.
/// </summary>
internal sealed record Offset(SyntaxKind? Keyword, string Number, bool IsNumberMissing, Location NumberLocation, SyntaxKind Unit, string UnitText, bool IsUnitMissing, bool IsAgo)
{
    public static Offset From(SourceText text, OffsetDateSyntax syntax) => new(
        syntax.Keyword?.Kind, syntax.NumberToken.Text, syntax.NumberToken.IsMissing, new Location(text, syntax.NumberToken.Span),
        syntax.UnitKeyword.Kind, syntax.UnitKeyword.Text, syntax.UnitKeyword.IsMissing, syntax.AgoKeyword is not null);
}
