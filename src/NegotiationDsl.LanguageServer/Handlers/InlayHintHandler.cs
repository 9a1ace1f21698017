using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Binding;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Inlay hints: after every relative date (<c>next_week</c>, <c>in 3 days</c>, a range with a relative end) the days it
/// resolved to; after every time of day with a zone (its own or its meeting's) the instant in UTC.
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
        return snapshot.Tree.Root.DescendantNodesAndSelf()
            .OfType<DateSyntax>()
            .Where(date => date.Parent is not DateSyntax && visible.Touches(date.Span.End))
            .Select(date => (Date: date, Resolved: snapshot.Model.GetResolvedDate(date)))
            .Where(item => item.Resolved?.Interval is not null && Label(item.Date, item.Resolved) is not null)
            .Select(item => new InlayHint(
                snapshot.RangeOf(new TextSpan(item.Date.Span.End, 0)).Start,
                Label(item.Date, item.Resolved!)!,
                item.Resolved!.Anchor is { } anchor && IsRelative(item.Date) ? "counted from " + anchor.Description : null,
                PaddingLeft: true))
            .ToArray();
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
