using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
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
}

internal static class AgreementReport
{
    private static readonly string[] Header = { "ID", "KIND", "STATE", "SIGNED", "IN FORCE", "TERM ENDS", "SOURCE", "TITLE" };

    /// <summary>Every agreement on <paramref name="requested"/>, or else on its compilation's default day (as commitments are).</summary>
    public static IReadOnlyList<AgreementRow> Rows(IEnumerable<Compilation> compilations, LocalDate? requested) =>
        compilations.SelectMany(compilation => Rows(compilation, requested ?? compilation.GetLatestDate())).ToList();

    private static IEnumerable<AgreementRow> Rows(Compilation compilation, LocalDate? asOf) =>
        compilation.Agreements.Select(agreement =>
        {
            var dates = agreement.GetDates(asOf);
            return new AgreementRow(
                compilation.GetStableName(agreement),
                agreement.DocumentKind?.Name ?? "-",
                AgreementStates.Text(asOf is null ? AgreementState.Unknown : dates.State),
                dates.Signed?.ToString() ?? "-",
                dates.InForce?.ToString() ?? "-",
                dates.TermEnd is { } end ? DateInterval.Format(end) : "-",
                agreement.Title ?? "",
                agreement.Location.ToString(),
                asOf)
            {
                Source = agreement.Source,
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

    /// <summary>The <c>agreements</c> array of <c>negc status --format json</c>.</summary>
    public static void WriteJson(Utf8JsonWriter json, IReadOnlyList<AgreementRow> rows)
    {
        json.WriteStartArray("agreements");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            json.WriteString("kind", row.Kind);
            json.WriteString("state", row.State);
            json.WriteString("signed", row.Signed);
            json.WriteString("inForce", row.InForce);
            json.WriteString("termEnd", row.TermEnd);
            json.WriteString("title", row.Title);
            CommitmentReport.WriteText(json, "source", row.Source);
            CommitmentReport.WriteDay(json, "asOf", row.AsOf);
            json.WriteString("location", row.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
