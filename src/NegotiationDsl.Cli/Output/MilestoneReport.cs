using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Cli.Output.Status;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using NodaTime;

namespace NegotiationDsl.Cli.Output;

/// <summary>One line per milestone: its day, what it counts from, its state on a day (null: no day) and when it happened.</summary>
internal sealed record MilestoneRow(string Id, string Day, string After, string State, string Happened, string Title, string Location, LocalDate? AsOf)
{
    /// <summary>The state's stable name (<c>didNotHappen</c>) beside its wording in <see cref="State"/>.</summary>
    public required string StateName { get; init; }

    /// <summary>The milestone and its compilation's ids, which the JSON writes its typed values from.</summary>
    public required MilestoneSymbol Symbol { get; init; }
    public required SymbolIds Ids { get; init; }
}

/// <summary>The milestones beside the commitments in <c>negc status</c>: the same day rule, the same escaping.</summary>
internal static class MilestoneReport
{
    private static readonly string[] Header = { "ID", "DAY", "AFTER", "STATE", "HAPPENED", "TITLE" };

    public static IReadOnlyList<MilestoneRow> Rows(IEnumerable<Compilation> compilations, LocalDate? requested) =>
        compilations.SelectMany(compilation => Rows(compilation, requested ?? compilation.GetLatestDate(), new EmitContext(compilation).Ids)).ToList();

    private static IEnumerable<MilestoneRow> Rows(Compilation compilation, LocalDate? asOf, SymbolIds ids) =>
        compilation.Milestones.Select(milestone => new MilestoneRow(
            compilation.GetStableName(milestone),
            milestone.Day?.ToString() ?? "unknown",
            milestone.AfterSymbol?.Name ?? "-",
            MilestoneStates.Text(milestone.GetState(asOf)),
            milestone.Occurrence?.Date?.ToString() ?? "-",
            milestone.Title ?? "",
            milestone.Location.ToString(),
            asOf)
        {
            StateName = StatusJsonValues.StateName(milestone.GetState(asOf)),
            Symbol = milestone,
            Ids = ids,
        });

    /// <summary>A table under the commitments, only when the records have a milestone.</summary>
    public static void WriteText(CliConsole console, IReadOnlyList<MilestoneRow> rows)
    {
        if (rows.Count == 0) return;
        foreach (var group in rows.GroupBy(row => row.AsOf))
        {
            console.WriteLine($"Milestones as of {CommitmentReport.AsOfText(group.Key)}:");
            TextTable.Write(console, Header, group.Select(row =>
            {
                var cells = new[] { row.Id, row.Day, row.After, row.State, row.Happened, row.Title }.Select(PrintableText.Escape).ToArray();
                cells[^1] = ReportText.Shorten(cells[^1], 60);
                return cells;
            }));
        }

        console.WriteLine($"{rows.Count} milestone(s).");
    }
}
