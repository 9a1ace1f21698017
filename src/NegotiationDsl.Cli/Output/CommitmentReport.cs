using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Cli.Output.Status;
using NegotiationDsl.Dates;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.Language;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// One line per commitment: the commitment, its id in its compilation and the day its state is on (null: no day). What
/// the table and the JSON show of it is read from the symbol, the one source of each value.
/// </summary>
internal sealed record CommitmentRow(CommitmentSymbol Symbol, string Id, LocalDate? AsOf, SymbolIds Ids)
{
    /// <summary>"Ukraine, DPR, LPR", or "-" for nobody.</summary>
    public string Debtors => CommitmentReport.Names(Symbol.Debtors);
    public string Creditors => CommitmentReport.Names(Symbol.Creditors);
    public string Deliverable => Symbol.Deliverable ?? "";
    public string Deadline => CommitmentStatus.Deadline(Symbol);

    // The state and the violations by the day are worked out once, when the row is made: the table and the JSON read
    // them several times (the state as words and as a name, the violations as a count, the last one and in the words).
    private readonly StateOnTheDay _onTheDay = StateOnTheDay.Of(Symbol, AsOf);

    /// <summary>The state on the day in <c>negc status</c>'s words (<c>fulfilled late</c>).</summary>
    public string State => _onTheDay.Words;

    /// <summary>The state's stable name (<c>fulfilledLate</c>) beside its wording in <see cref="State"/>.</summary>
    public string StateName => StatusJsonValues.StateName(_onTheDay.State);

    /// <summary><c>achievement</c>, <c>maintenance</c> or <c>prohibition</c>.</summary>
    public string Kind => Obligations.Name(Symbol.Obligation);

    /// <summary>How many violations within the period began on or before the day (a maintenance obligation or prohibition), and the last one's date.</summary>
    public int Violations => _onTheDay.Violations;
    public DateInterval? LastViolation => _onTheDay.LastViolation;

    /// <summary>Its amounts (<c>at least 50 km “zone”</c>) and its own sources with their grades (<c>Reuters (B2); disputed by TASS (C4)</c>), null when none.</summary>
    public string? Amount => ReportText.Quantities(Symbol.Quantities);
    public string? Source => ReportText.Sources(Symbol.Sources);

    private readonly record struct StateOnTheDay(CommitmentState State, string Words, int Violations, DateInterval? LastViolation)
    {
        public static StateOnTheDay Of(CommitmentSymbol symbol, LocalDate? asOf)
        {
            var state = symbol.GetState(asOf);
            var dates = symbol.ViolationsInPeriod.Select(violation => violation.Date)
                .Where(date => date is { } day && asOf is { } until && day.Start <= until).ToList();
            return new StateOnTheDay(state, ReportText.State(state, ReportText.Violations(dates, asOf)), dates.Count, dates.LastOrDefault());
        }
    }
}

internal static class CommitmentReport
{
    private static readonly string[] Header = { "ID", "DEBTOR", "CREDITOR", "DEADLINE", "STATE", "AMOUNT", "SOURCE", "DELIVERABLE" };

    /// <summary>Columns a table has only when a row fills them (<see cref="TextTable.Write"/>).</summary>
    internal static readonly string[] OptionalColumns = { "AMOUNT", "SOURCE" };

    /// <summary>
    /// Every commitment on <paramref name="requested"/>, or else on its compilation's default "as of" day, the
    /// latest date in that compilation's records (<see cref="Compilation.GetLatestDate"/>, as in its report).
    /// </summary>
    public static IReadOnlyList<CommitmentRow> Rows(IEnumerable<Compilation> compilations, LocalDate? requested) =>
        compilations.SelectMany(compilation => Rows(compilation, CommitmentStatus.AsOf(compilation, requested), new EmitContext(compilation).Ids)).ToList();

    private static IEnumerable<CommitmentRow> Rows(Compilation compilation, LocalDate? asOf, SymbolIds ids) =>
        compilation.Commitments.Select(commitment => new CommitmentRow(commitment, compilation.GetStableName(commitment), asOf, ids));

    /// <summary><c>2022-01-31</c>, or <c>unknown</c> when nothing in the records is dated and no day was given.</summary>
    public static string AsOfText(LocalDate? asOf) => asOf is { } day ? DateInterval.Format(day) : "unknown";

    /// <summary>"Ukraine, DPR, LPR", or "-" for nobody: the status table's way of listing actors.</summary>
    internal static string Names(ImmutableArray<ActorSymbol> actors) => actors.IsEmpty ? "-" : string.Join(", ", actors.Select(actor => actor.Name));

    /// <summary>
    /// A table with one line per commitment, under the day it is evaluated on (one table per run of rows with the
    /// same day: folders without a given day each have their own). Each cell is escaped first, so no record text
    /// can add a line or a column.
    /// </summary>
    public static void WriteText(CliConsole console, IReadOnlyList<CommitmentRow> rows, LocalDate? requested)
    {
        var groups = SameDayRuns(rows).ToList();
        if (groups.Count == 0) groups.Add((requested, []));
        foreach (var (asOf, group) in groups)
        {
            console.WriteLine($"Commitments as of {AsOfText(asOf)}:");
            TextTable.Write(console, Header, group.Select(Cells), OptionalColumns);
        }

        console.WriteLine($"{rows.Count} commitment(s).");
    }

    /// <summary>A row's cells, each escaped once; the deliverable is shortened after escaping, so its width is what is shown.</summary>
    private static string[] Cells(CommitmentRow row)
    {
        var cells = new[] { row.Id, row.Debtors, row.Creditors, row.Deadline, row.State, Cell(row.Amount), Cell(row.Source), row.Deliverable }
            .Select(PrintableText.Escape).ToArray();
        cells[^1] = ReportText.Shorten(cells[^1], 60);
        return cells;
    }

    /// <summary>A cell of an optional column: <see cref="TextTable.Nothing"/> for nothing.</summary>
    internal static string Cell(string? text) => text ?? TextTable.Nothing;

    private static IEnumerable<(LocalDate? AsOf, List<CommitmentRow> Rows)> SameDayRuns(IReadOnlyList<CommitmentRow> rows)
    {
        List<CommitmentRow>? run = null;
        foreach (var row in rows)
        {
            if (run is not null && run[0].AsOf != row.AsOf)
            {
                yield return (run[0].AsOf, run);
                run = null;
            }

            (run ??= []).Add(row);
        }

        if (run is not null) yield return (run[0].AsOf, run);
    }
}
