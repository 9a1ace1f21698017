using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Cli.Output.Status;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Model;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Emit;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.CommitmentStates;

/// <summary>
/// On generated records, every output that shows a commitment's state (negc status as rows and as JSON, the
/// reports, the record JSON read back through the shared rules, the generated C# model and the hover card)
/// gives the state of <see cref="CommitmentSymbol.GetState"/>, on every day where a state can change, its
/// neighbours, and the default day.
/// </summary>
public sealed class StateAgreementPropertyTests
{
    private const string Name = "fuzz";
    private const int DaysPerRecord = 24;

    [Fact]
    public void Every_output_gives_the_one_state_on_every_day_where_a_state_can_change()
    {
        var checkedStates = 0;
        Gen.Int[0, 1_000_000].Sample(seed => checkedStates += AssertOutputsAgree(seed), iter: 60, threads: 1);

        // Seeds are random, and a record holds about eight states to compare on average: sixty records make falling
        // under the floor (which catches a generator that stopped making commitments) all but impossible.
        Assert.True(checkedStates > 200, $"only {checkedStates} states compared: the generator makes too few commitments");
    }

    [Fact]
    public void Before_it_is_made_a_commitment_is_not_made_yet_everywhere()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText("party A;\nA commits \"x\" by 2022-02-01 on 2022-01-10;\n", "a.neg")]);
        var commitment = Assert.Single(compilation.Commitments);

        Assert.Equal(CommitmentState.NotMadeYet, commitment.GetState(new LocalDate(2022, 1, 9)));
        Assert.Equal(CommitmentState.Open, commitment.GetState(new LocalDate(2022, 1, 10)));
        Assert.Equal(CommitmentState.Unknown, commitment.GetState(null));
        Assert.Equal("not made yet", Assert.Single(CommitmentReport.Rows([compilation], new LocalDate(2022, 1, 9))).State);
        Assert.Equal("not made yet", Assert.Single(ReportModel.Build(compilation, Name, new LocalDate(2022, 1, 9)).Commitments).StateText);
    }

    [Fact]
    public void Without_a_dated_record_the_default_day_is_unknown_everywhere_and_never_1970()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText("party A;\nA commits \"x\";\n", "a.neg")]);

        var row = Assert.Single(CommitmentReport.Rows([compilation], requested: null));
        Assert.Null(row.AsOf);
        Assert.Equal("unknown", row.State);
        Assert.Equal("unknown", Assert.Single(ReportModel.Build(compilation, Name).Commitments).StateText);
        Assert.Equal("unknown", HoverState(Cards.Describe(Assert.Single(compilation.Commitments), compilation)));
        Assert.DoesNotContain("1970", StatusJson([row], requested: null), StringComparison.Ordinal);
    }

    /// <summary>Compares every output with the symbol's state on each chosen day; returns how many states it compared.</summary>
    private static int AssertOutputsAgree(int seed)
    {
        var text = ProgramGenerator.Generate(new Random(seed));
        var compilation = Compilation.Create([SyntaxTree.ParseText(text, Name + ".neg")]);
        var commitments = compilation.Commitments.ToList();
        if (commitments.Count == 0) return 0;

        var model = GeneratedModel(compilation);
        var recordJson = RecordJsonStates(compilation);
        var compared = 0;
        foreach (var requested in Days(commitments, new Random(seed)).Cast<LocalDate?>().Append(null))
        {
            var asOf = requested ?? compilation.GetLatestDate();
            var expected = commitments.Select(commitment => commitment.GetState(asOf)).ToList();
            var context = $"seed {seed}, as of {requested?.ToString() ?? "default"}";
            var words = commitments.Select((commitment, i) => ReportText.State(expected[i], ReportText.Violations(commitment.ViolationsInPeriod.Select(v => v.Date), asOf))).ToList();

            var rows = CommitmentReport.Rows([compilation], requested);
            Assert.True(words.SequenceEqual(rows.Select(row => row.State)), $"{context}: status");
            Assert.True(expected.Select(StatusJsonValues.StateName).SequenceEqual(rows.Select(row => row.StateName)), $"{context}: status, by name");
            var violations = commitments.Select(commitment => commitment.ViolationsInPeriod.Select(violation => violation.Date)
                .Where(date => date is { } begun && asOf is { } until && begun.Start <= until).ToList()).ToList();
            Assert.True(violations.Select(dates => dates.Count).SequenceEqual(rows.Select(row => row.Violations)), $"{context}: violations");
            Assert.True(violations.Select(dates => dates.LastOrDefault()).SequenceEqual(rows.Select(row => row.LastViolation)), $"{context}: last violation");
            var statusJson = StatusJson(rows, requested);
            Assert.True(words.SequenceEqual(StatusJsonStates(statusJson, "stateText")), $"{context}: status --format json, in words");
            Assert.True(expected.Select(StatusJsonValues.StateName).SequenceEqual(StatusJsonStates(statusJson, "state")), $"{context}: status --format json, by name");
            Assert.True(ByLine(commitments, words).SequenceEqual(
                ByLine(ReportModel.Build(compilation, Name, requested).Commitments.Select(c => (c.Label, c.Line, c.StateText)))), $"{context}: report");
            Assert.True(expected.SequenceEqual(recordJson(asOf)), $"{context}: record JSON through CommitmentStateRules");
            if (model is not null && asOf is { } day)
                Assert.True(expected.SequenceEqual(model.Select(commitment => commitment.GetState(new Date(day.Year, day.Month, day.Day)))), $"{context}: generated C#");
            if (requested is null)
                Assert.True(words.SequenceEqual(commitments.Select(commitment => HoverState(Cards.Describe(commitment, compilation)))), $"{context}: hover");
            compared += expected.Count;
        }

        return compared;
    }

    // The language's first and last day (section 11.1): a generated record may date something on either, and NodaTime has no day beyond them.
    private static readonly LocalDate FirstDay = new(1, 1, 1);
    private static readonly LocalDate LastDay = new(9999, 12, 31);

    /// <summary>The days where a state can change (each end of each date the rules compare) with their neighbours, a sample of them.</summary>
    private static IEnumerable<LocalDate> Days(List<CommitmentSymbol> commitments, Random random)
    {
        var intervals = commitments.SelectMany(commitment => new[] { commitment.Date, commitment.Deadline, commitment.From, commitment.Until }.Concat(commitment.Events.Select(e => e.Date)));
        var days = intervals.OfType<NegotiationDsl.Dates.DateInterval>()
            .SelectMany(interval => new[] { interval.Start, interval.End })
            .SelectMany(day => new[] { -1, 0, 1 }.Where(offset => offset == 0 || (offset > 0 ? day < LastDay : day > FirstDay)).Select(day.PlusDays))
            .Distinct()
            .ToList();
        return days.OrderBy(_ => random.Next()).Take(DaysPerRecord);
    }

    /// <summary>Key (label, line) to the sorted states there: the report orders its rows by deadline.</summary>
    private static List<string> ByLine(IEnumerable<(string? Label, int Line, string State)> rows) =>
        rows.Select(row => $"{row.Label}@{row.Line}: {row.State}").Order(StringComparer.Ordinal).ToList();

    private static List<string> ByLine(List<CommitmentSymbol> commitments, List<string> states) =>
        ByLine(commitments.Select((commitment, i) => (commitment.HasLabel ? commitment.Name : null,
            commitment.SyntaxTree.Text.GetLineIndex(commitment.Declaration.Span.Start) + 1, states[i])));

    private static string StatusJson(IReadOnlyList<CommitmentRow> rows, LocalDate? requested)
    {
        using var output = new StringWriter();
        StatusJsonWriter.Write(output, new StatusTables(rows, [], [], []), requested);
        return output.ToString();
    }

    private static List<string> StatusJsonStates(string json, string property)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty(property).GetString()!).ToList();
    }

    private static string HoverState(string card) => Regex.Match(card, @"^- state[^\n]*: \*\*([^*]+)\*\*$", RegexOptions.Multiline).Groups[1].Value;

    /// <summary>The generated model's commitments in declaration order, or null when the records have errors (no model is built then).</summary>
    private static IReadOnlyList<Commitment>? GeneratedModel(Compilation compilation)
    {
        if (compilation.GetDiagnostics().Any(diagnostic => diagnostic.IsError)) return null;
        var (diagnostics, assembly) = GeneratedCode.Compile(CSharpModelEmitter.Emit(compilation, Name));
        Assert.True(assembly is not null, string.Join("\n", diagnostics));
        return (IReadOnlyList<Commitment>)GeneratedCode.Field(assembly!, "Fuzz.Commitments.All")!;
    }

    /// <summary>The record JSON has no state: a consumer computes it from made, deadline and events with the shared rules.</summary>
    private static Func<LocalDate?, List<CommitmentState>> RecordJsonStates(Compilation compilation)
    {
        using var document = JsonDocument.Parse(RecordJsonWriter.Write(compilation, Name));
        var commitments = document.RootElement.GetProperty("commitments").EnumerateArray().Select(commitment => (
            Kind: Enum.Parse<ObligationKind>(commitment.GetProperty("obligation").GetString()!, ignoreCase: true),
            From: Period(commitment, "start"),
            Until: Period(commitment, "end"),
            Made: Interval(commitment.GetProperty("made")),
            Deadline: Interval(commitment.GetProperty("deadline")),
            Unresolved: commitment.GetProperty("deadlineUnresolved").GetBoolean(),
            Events: commitment.GetProperty("events").EnumerateArray().Select(e => (EventKind(e.GetProperty("kind").GetString()), Interval(e.GetProperty("date")))).ToList()))
            .ToList();
        return asOf => commitments.Select(c => CommitmentStateRules.Evaluate(c.Kind, c.Made, c.Deadline, c.Unresolved, c.From, c.Until, c.Events, asOf is { } day ? DayNumber(day) : null)).ToList();
    }

    private static (int Start, int End)? Period(JsonElement commitment, string end) =>
        commitment.GetProperty("period") is { ValueKind: JsonValueKind.Object } period ? Interval(period.GetProperty(end)) : null;

    private static StatementKind EventKind(string? kind) => kind switch
    {
        "fulfilment" => StatementKind.Fulfilment,
        "breach" => StatementKind.Breach,
        "withdrawal" => StatementKind.Withdrawal,
        "violation" => StatementKind.Violation,
        _ => throw new InvalidDataException($"unknown event kind '{kind}'"),
    };

    private static (int Start, int End)? Interval(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null
        : (DayNumber(Day(element.GetProperty("start"))), DayNumber(Day(element.GetProperty("end"))));

    private static LocalDate Day(JsonElement element) => NodaTime.Text.LocalDatePattern.Iso.Parse(element.GetString()!).Value;

    private static int DayNumber(LocalDate day) => new Date(day.Year, day.Month, day.Day).DayNumber;
}
