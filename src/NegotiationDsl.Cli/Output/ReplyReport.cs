using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Cli.Output.Status;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.Language;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using NodaTime;

namespace NegotiationDsl.Cli.Output;

/// <summary>One line per labelled offer or proposal: who made it to whom, and its reply state on a day (null: no day).</summary>
internal sealed record ReplyRow(string Id, string Kind, string Actors, string Recipients, string Text, string Made, string State, string Replies, string Location, LocalDate? AsOf)
{
    /// <summary>Its amounts and its own sources with their grades, as a commitment's (<see cref="CommitmentRow.Amount"/>).</summary>
    public string? Amount { get; init; }
    public string? Source { get; init; }

    /// <summary>The reply state's stable name (<c>noAnswerYet</c>) beside its wording in <see cref="State"/>.</summary>
    public required string StateName { get; init; }

    /// <summary>The offer or proposal and its compilation's ids, which the JSON writes its typed values from.</summary>
    public required StatementSymbol Symbol { get; init; }
    public required SymbolIds Ids { get; init; }
}

/// <summary>The replies beside the commitments in <c>negc status</c>: the same day rule, the same escaping.</summary>
internal static class ReplyReport
{
    private static readonly string[] Header = { "ID", "KIND", "BY", "TO", "REPLY", "AMOUNT", "SOURCE", "TEXT" };

    public static IReadOnlyList<ReplyRow> Rows(IEnumerable<Compilation> compilations, LocalDate? requested) =>
        compilations.SelectMany(compilation => Rows(compilation, requested ?? compilation.GetLatestDate(), new EmitContext(compilation).Ids)).ToList();

    private static IEnumerable<ReplyRow> Rows(Compilation compilation, LocalDate? asOf, SymbolIds ids) =>
        compilation.ReplyTargets.Select(target => new ReplyRow(
            target.Name,
            Verbs.Of(target.StatementKind).Name,
            CommitmentReport.Names(target.Actors),
            CommitmentReport.Names(target.Recipients),
            target.Text ?? "",
            target.Date?.ToString() ?? "unknown",
            ReportText.Reply(target.GetReplyState(asOf)),
            string.Join("; ", target.Replies.Select(ReportText.ReplyEvent)),
            target.Location.ToString(),
            asOf)
        {
            Amount = ReportText.Quantities(target.Quantities),
            Source = ReportText.Sources(target.Sources),
            StateName = StatusJsonValues.StateName(target.GetReplyState(asOf)),
            Symbol = target,
            Ids = ids,
        });

    /// <summary>A table under the commitments, only when the records have a labelled offer or proposal.</summary>
    public static void WriteText(CliConsole console, IReadOnlyList<ReplyRow> rows)
    {
        if (rows.Count == 0) return;
        console.WriteLine($"Offers and proposals as of {CommitmentReport.AsOfText(rows[0].AsOf)}:");
        TextTable.Write(console, Header, rows.Select(row =>
        {
            var cells = new[] { row.Id, row.Kind, row.Actors, row.Recipients, row.State, CommitmentReport.Cell(row.Amount), CommitmentReport.Cell(row.Source), row.Text }
                .Select(PrintableText.Escape).ToArray();
            cells[^1] = ReportText.Shorten(cells[^1], 60);
            return cells;
        }), CommitmentReport.OptionalColumns);
        console.WriteLine($"{rows.Count} offer(s) and proposal(s).");
    }
}
