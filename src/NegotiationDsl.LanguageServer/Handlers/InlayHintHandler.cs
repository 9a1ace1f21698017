using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Symbols;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;
using NegotiationDsl.Binding;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Inlay hints: after every relative date (<c>next_week</c>, <c>in 3 days</c>, a range with a relative end) the days it
/// resolved to; after every time of day with a zone (its own or its meeting's) the instant in UTC; after an agreement's
/// <c>term</c> the end it computes to, and after an extension's or renewal's length or end the end of term it leaves;
/// and after a quantity with a scale word (<c>1.5 billion</c>) its value in full.
/// </summary>
internal sealed class InlayHintHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.InlayHintProvider = true;

    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public InlayHint[] InlayHints(InlayHintParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null) return [];
        var visible = TextSpan.FromBounds(snapshot.OffsetOf(request.Range.Start), System.Math.Max(snapshot.OffsetOf(request.Range.Start), snapshot.OffsetOf(request.Range.End)));
        return DateHints(snapshot, visible).Concat(TermEnds(snapshot, visible)).Concat(QuantityHints(snapshot, visible)).OrderBy(hint => hint.Position.Line).ThenBy(hint => hint.Position.Character).ToArray();
    }

    private static System.Collections.Generic.IEnumerable<InlayHint> DateHints(DocumentSnapshot snapshot, TextSpan visible) =>
        snapshot.Tree.Root.DescendantNodesAndSelf()
            .OfType<DateSyntax>()
            .Where(date => date.Parent is not DateSyntax && visible.Touches(date.Span.End))
            .Select(date => (Date: date, Resolved: snapshot.Model.GetResolvedDate(date)))
            .Where(item => item.Resolved?.Interval is not null && Label(item.Date, item.Resolved) is not null)
            .Select(item => new InlayHint(
                snapshot.RangeOf(new TextSpan(item.Date.Span.End, 0)).Start,
                Label(item.Date, item.Resolved!)!,
                item.Resolved!.Anchor is { } anchor && IsRelative(item.Date) ? "counted from " + anchor.Description : null,
                PaddingLeft: true));

    /// <summary>After a quantity with a scale word (<c>USD 1.5 billion</c>) its value in full: <c>= 1,500,000,000</c>.</summary>
    private static System.Collections.Generic.IEnumerable<InlayHint> QuantityHints(DocumentSnapshot snapshot, TextSpan visible) =>
        snapshot.Tree.Root.DescendantNodesAndSelf()
            .OfType<QuantitySyntax>()
            .Where(quantity => visible.Touches(quantity.Span.End) && HasScaleWord(quantity))
            .Select(quantity => (Syntax: quantity, Value: Binding.QuantityReader.Read(snapshot.Tree, quantity, subject: null, report: null)))
            .Where(item => item.Value is not null)
            .Select(item => new InlayHint(
                snapshot.RangeOf(new TextSpan(item.Syntax.Span.End, 0)).Start,
                "= " + item.Value!.Value.ToString("#,0.####", System.Globalization.CultureInfo.InvariantCulture),
                null,
                PaddingLeft: true));

    private static bool HasScaleWord(QuantitySyntax quantity) =>
        new[] { quantity.FirstWord, quantity.SecondWord }.Any(word => word is not null && Model.QuantityUnits.Scales.ContainsKey(word.Text));

    /// <summary>The end of term an agreement's <c>term</c>, or an extension's <c>for</c> or <c>until</c>, computes to.</summary>
    private static IEnumerable<InlayHint> TermEnds(DocumentSnapshot snapshot, TextSpan visible)
    {
        foreach (var clause in snapshot.Tree.Root.DescendantNodesAndSelf().OfType<KeywordClauseSyntax>())
        {
            if (!visible.Touches(clause.Span.End)) continue;
            LocalDate? end = clause.Kind switch
            {
                SyntaxKind.TermClause when clause.Parent is AgreementDeclarationSyntax declaration && snapshot.Model.GetDeclaredSymbol(declaration) is AgreementSymbol agreement =>
                    agreement.Events.FirstOrDefault(item => item.Kind is StatementKind.EntryIntoForce)?.TermEnd
                    ?? agreement.Events.FirstOrDefault(item => item.Kind is StatementKind.Signing or StatementKind.Adoption)?.TermEnd,
                SyntaxKind.ForClause or SyntaxKind.UntilClause when clause.Parent is ActorStatementSyntax statement &&
                    snapshot.Model.GetDeclaredSymbol(statement) is StatementSymbol { StatementKind: StatementKind.Extension or StatementKind.Renewal, Agreement: { } extended } extension =>
                    extended.Events.FirstOrDefault(item => item.Statement == extension)?.TermEnd,
                _ => null,
            };
            if (end is { } day)
                yield return new InlayHint(snapshot.RangeOf(new TextSpan(clause.Span.End, 0)).Start, "ends " + DateInterval.Format(day), "the last day of the term", PaddingLeft: true);
            // A milestone's offset (`after endorsement within 120 days`): the day it resolves to.
            else if (clause is { Kind: SyntaxKind.DeadlineClause, Parent: MilestoneStatementSyntax declaration } &&
                snapshot.Model.GetDeclaredSymbol(declaration) is MilestoneSymbol { Day: { } milestoneDay })
                yield return new InlayHint(snapshot.RangeOf(new TextSpan(clause.Span.End, 0)).Start, "day " + milestoneDay.ToString(), "the milestone's day", PaddingLeft: true);
        }
    }

    /// <summary><c>2022-01-24..2022-01-30</c> for a relative date, <c>= 2015-02-14 22:00 UTC</c> for a zoned time, both when both; else null.</summary>
    private static string? Label(DateSyntax date, ResolvedDate resolved)
    {
        var parts = new List<string>();
        if (IsRelative(date)) parts.Add(resolved.Interval!.Value.ToString());
        var utc = new[] { resolved.StartTime, resolved.EndTime }.Select(time => time?.UtcText).Where(text => text is not null).ToList();
        if (utc.Count > 0) parts.Add("= " + string.Join("..", utc) + (ZoneWritten(date) ? "" : " (" + (resolved.StartTime ?? resolved.EndTime)!.ZoneId + ")"));
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static bool ZoneWritten(DateSyntax date) =>
        date.DescendantNodesAndSelf().OfType<TimeLiteralSyntax>().Any(time => time.Zone is not null);

    private static bool IsRelative(DateSyntax date) =>
        date.DescendantNodesAndSelf().Any(node => node is RelativeDateSyntax or OffsetDateSyntax);
}
