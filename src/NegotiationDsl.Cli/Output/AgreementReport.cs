using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Cli.Output.Status;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Cli.Output;

/// <summary>One line per agreement (a document): its kind, its state on a day, and its dates as the records up to that day give them.</summary>
internal sealed record AgreementRow(string Id, string Kind, string State, string Signed, string InForce, string TermEnd, string Title, string Location, LocalDate? AsOf)
{
    /// <summary>The declaration's own source (<c>source "…"</c>), null when it has none.</summary>
    public string? Source { get; init; }

    /// <summary>The state's stable name (<c>inForce</c>) beside its wording in <see cref="State"/>.</summary>
    public required string StateName { get; init; }

    /// <summary>The agreement, its dates up to the day and its compilation's ids, which the JSON writes its typed values from.</summary>
    public required AgreementSymbol Symbol { get; init; }
    public required AgreementDates Dates { get; init; }
    public required SymbolIds Ids { get; init; }
}

internal static class AgreementReport
{
    private static readonly string[] Header = { "ID", "KIND", "STATE", "SIGNED", "IN FORCE", "TERM ENDS", "SOURCE", "TITLE" };

    /// <summary>Every agreement on <paramref name="requested"/>, or else on its compilation's default day (as commitments are).</summary>
    public static IReadOnlyList<AgreementRow> Rows(IEnumerable<Compilation> compilations, LocalDate? requested) =>
        compilations.SelectMany(compilation => Rows(compilation, requested ?? compilation.GetLatestDate(), new EmitContext(compilation).Ids)).ToList();

    private static IEnumerable<AgreementRow> Rows(Compilation compilation, LocalDate? asOf, SymbolIds ids) =>
        compilation.Agreements.Select(agreement =>
        {
            var dates = agreement.GetDates(asOf);
            var state = asOf is null ? AgreementState.Unknown : dates.State;
            return new AgreementRow(
                compilation.GetStableName(agreement),
                agreement.DocumentKind?.Name ?? "-",
                AgreementStates.Text(state),
                dates.Signed?.ToString() ?? "-",
                dates.InForce?.ToString() ?? "-",
                dates.TermEnd is { } end ? DateInterval.Format(end) : "-",
                agreement.Title ?? "",
                agreement.Location.ToString(),
                asOf)
            {
                Source = agreement.Source,
                StateName = StatusJsonValues.StateName(state),
                Symbol = agreement,
                Dates = dates,
                Ids = ids,
            };
        });

    /// <summary>A table per day, after the commitments' (nothing when there are no agreements: records without them print as before).</summary>
    public static void WriteText(CliConsole console, IReadOnlyList<AgreementRow> rows)
    {
        if (rows.Count == 0) return;
        foreach (var group in rows.GroupBy(row => row.AsOf))
        {
            console.WriteLine($"Agreements as of {CommitmentReport.AsOfText(group.Key)}:");
            TextTable.Write(console, Header, group.Select(Cells), CommitmentReport.OptionalColumns);
        }

        console.WriteLine($"{rows.Count} agreement(s).");
    }

    private static string[] Cells(AgreementRow row)
    {
        var cells = new[] { row.Id, row.Kind, row.State, row.Signed, row.InForce, row.TermEnd, CommitmentReport.Cell(row.Source), row.Title }
            .Select(PrintableText.Escape).ToArray();
        cells[^1] = ReportText.Shorten(cells[^1], 60);
        return cells;
    }
}
