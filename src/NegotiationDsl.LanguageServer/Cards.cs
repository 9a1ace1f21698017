using System.Collections.Generic;
using System.Linq;
using System.Text;
using NegotiationDsl.Binding;
using NegotiationDsl.Dates;
using NegotiationDsl.Language;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The Markdown shown on hover: a card per kind of symbol, and what a date expression resolved to. Record text
/// and names are untrusted: they go in through <see cref="Text"/> and <see cref="Code"/>, the reports' Markdown
/// escaping, so they show as text and never as an image, a link, a heading, a code block or HTML; and, as in the
/// reports, no line starts with record text (a list item starts with a word of the card's own).
/// </summary>
internal static class Cards
{
    /// <summary>The symbol's card as seen from <paramref name="compilation"/>: one of another folder of the archive says where it is declared.</summary>
    public static string Describe(Symbol symbol, Compilation compilation) => Card(symbol, compilation) + Origin(symbol, compilation);

    private static string Card(Symbol symbol, Compilation compilation) => symbol switch
    {
        PersonSymbol person => Person(person, compilation),
        PartySymbol party => Party(party),
        CommitmentSymbol commitment => Commitment(commitment, compilation),
        MeetingSymbol meeting => Meeting(meeting),
        TalksSymbol talks => Talks(talks),
        AgreementSymbol agreement => Agreement(agreement, compilation),
        MilestoneSymbol milestone => Milestone(milestone, compilation),
        StatementSymbol statement => Statement(statement, compilation),
        _ => Code(symbol.Name),
    };

    private static string Origin(Symbol symbol, Compilation compilation) =>
        compilation.Archive is { } archive && archive.GetCompilation(symbol) is { } declaring && declaring != compilation
            ? $"\n\n- declared in {Code(archive.RelativeFolderOf(symbol))}"
            : "";

    /// <summary><c>2022-01-24 to 2022-01-30 (week)</c>, or one day.</summary>
    public static string Interval(DateInterval interval) =>
        (interval.IsSingleDay ? DateInterval.Format(interval.Start) : $"{DateInterval.Format(interval.Start)} to {DateInterval.Format(interval.End)}") +
        (interval.Precision == DatePrecision.Day ? "" : $" ({interval.Precision.ToString().ToLowerInvariant()})");

    public static string Date(ResolvedDate resolved, string written)
    {
        var text = new StringBuilder(Code(written)).Append(": ");
        text.Append(resolved.Interval is { } interval ? "**" + Interval(interval) + "**" : "not resolved");
        if (resolved.StartTime is { } start) text.Append("\n\n").Append(resolved.EndTime is null ? "at " : "from ").Append(Time(start));
        if (resolved.EndTime is { } end) text.Append("\n\nuntil ").Append(Time(end));
        if (resolved.Anchor is { } anchor) text.Append("\n\ncounted from ").Append(Text(anchor.Description));
        else if (resolved.Interval is null) text.Append("\n\nit has no anchor: no `on` date, meeting date, talks date or publication date");
        return text.ToString();
    }

    /// <summary><c>**2015-02-15 00:00 Europe/Kyiv** (UTC+02:00), 2015-02-14 22:00 UTC</c>, or a local time without a zone.</summary>
    public static string Time(EventTime time) => time.UtcText is { } utc
        ? $"**{Text(time.ToString())}** (UTC{(time.OffsetText == "Z" ? "" : time.OffsetText)}), {utc}"
        : $"**{Text(time.ToString())}**, local time at the place (no time zone)";

    /// <summary>A grade of the NATO (Admiralty) scheme: what its letter and digit mean, or what a grade looks like.</summary>
    public static string Grade(string written)
    {
        if (!Model.SourceGrade.TryParse(written, out var grade))
            return $"{Code(written)} is not a grade: a letter A-F for the source's reliability, then a digit 1-6 for the information's credibility (NATO/Admiralty scheme)";
        return $"**grade {grade}** (NATO/Admiralty scheme)\n\n- source: {grade.Reliability}, {grade.ReliabilityMeaning}\n- information: {grade.Credibility}, {grade.CredibilityMeaning}";
    }

    /// <summary>A quantity as read: <c>about 5,000 prisoners</c>, its exact value, what its unit is and how it is bounded.</summary>
    public static string Quantity(Model.Quantity quantity)
    {
        var lines = new List<string> { $"**{Text(quantity.ToString())}**", "" };
        lines.Add("- value: " + quantity.Value.ToString("#,0.####", System.Globalization.CultureInfo.InvariantCulture));
        lines.Add(quantity.UnitKind switch
        {
            Model.UnitKind.Currency => $"- currency: {Text(quantity.Unit!)} (ISO 4217)",
            Model.UnitKind.Measure => $"- unit: {Text(quantity.Unit!)}, {Model.QuantityUnits.Measures[quantity.Unit!]}",
            Model.UnitKind.Count => $"- a count of {Text(quantity.Unit!)}",
            _ => "- a bare number",
        });
        lines.Add("- " + (quantity.Approximation == Model.Approximation.Exact ? "exact" : Model.QuantityUnits.Word(quantity.Approximation)));
        if (quantity.Subject is { } subject) lines.Add($"- of: \"{Text(subject)}\"");
        return string.Join("\n", lines);
    }

    /// <summary>"- sources: Reuters (B2); disputed by TASS (C3)" when the statement names any.</summary>
    private static void AddSources(List<string> lines, System.Collections.Immutable.ImmutableArray<Model.CitedSource> sources)
    {
        if (ReportText.Sources(sources) is { } text) lines.Add("- sources: " + Text(text));
    }

    private static string Person(PersonSymbol person, Compilation compilation)
    {
        var lines = new List<string> { $"**{Text(person.DisplayName)}** (person {Code(person.Name)})" };
        foreach (var office in person.Offices)
        {
            var of = office.Party is { } party ? $" of {Text(party.DisplayName)}" : "";
            var from = office.From is { } start ? $", from {start}" : "";
            var until = office.Until is { } end ? $" until {end}" : "";
            lines.Add($"- office: {Text(office.Title)}{of}{from}{until}");
        }

        if (person.Affiliation is { } affiliation) lines.Add($"- affiliation: {Text(affiliation.DisplayName)}");
        AddNames(lines, person);
        AddDelegationsOf(lines, person, compilation);
        return string.Join("\n", lines);
    }

    private const int DelegationLines = 5;

    /// <summary>"- delegation of USA (lead) at Geneva, 2022-01-10" for the first few gatherings the person was in a delegation at.</summary>
    private static void AddDelegationsOf(List<string> lines, PersonSymbol person, Compilation compilation)
    {
        var memberships = compilation.Symbols.OfType<GatheringSymbol>()
            .SelectMany(gathering => gathering.Delegations.Where(delegation => delegation.Members.Contains(person)).Select(delegation => (gathering, delegation)))
            .ToList();
        foreach (var (gathering, delegation) in memberships.Take(DelegationLines))
        {
            var at = gathering is MeetingSymbol meeting ? $"at {Text(meeting.Place)}" : $"in the talks {Text((gathering as TalksSymbol)?.Title ?? gathering.Name)}";
            lines.Add($"- delegation of {Text(delegation.Party.DisplayName)}{(delegation.Lead == person ? " (lead)" : "")} {at}" + (gathering.Date is { } date ? $", {Interval(date)}" : ""));
        }

        if (memberships.Count > DelegationLines) lines.Add($"- and {memberships.Count - DelegationLines} more delegation(s)");
    }

    private static string Party(PartySymbol party)
    {
        var kind = PartyKinds.Word(party.PartyKind) ?? "party";
        var lines = new List<string> { $"**{Text(party.DisplayName)}** ({kind} {Code(party.Name)})" };
        if (!party.Members.IsEmpty) lines.Add("- members: " + string.Join(", ", party.Members.Select(member => Text(member.DisplayName))));
        if (party.Parent is { } parent) lines.Add($"- part of {Text(parent.DisplayName)}");
        AddNames(lines, party);
        return string.Join("\n", lines);
    }

    private static void AddNames(List<string> lines, ActorSymbol actor)
    {
        if (!actor.Aliases.IsEmpty) lines.Add("- also: " + string.Join(", ", actor.Aliases.Select(alias => $"\"{Text(alias)}\"")));
        if (actor.Code is { } code) lines.Add($"- code: {Text(code)}");
    }

    private static string Commitment(CommitmentSymbol commitment, Compilation compilation)
    {
        var asOf = compilation.GetLatestDate();
        var creditors = commitment.Creditors.IsEmpty ? "" : " to " + Names(commitment.Creditors);
        var kind = commitment.Lasts ? " (" + Obligations.Describe(commitment.Obligation) + ")" : "";
        var lines = new List<string>
        {
            $"**commitment {Code(commitment.Name)}**{kind}: {Names(commitment.Debtors)}{creditors}",
            "",
            $"\"{Text(commitment.Deliverable ?? "")}\"",
            "",
            commitment.Lasts ? "- in force: " + commitment.PeriodText
                : "- deadline: " + (commitment.Deadline is { } deadline ? Interval(deadline) : commitment.DeadlineAsWritten is { } written ? Code(written) + " (not resolved to a date)" : commitment.HasUnresolvedDeadline ? "not resolved" : "none"),
            (asOf is { } day ? $"- state on {DateInterval.Format(day)} (the latest date in the records)" : "- state (nothing in the records is dated)")
                + $": **{ReportText.StateOf(commitment, asOf)}**",
        };
        foreach (var settled in commitment.Events)
        {
            var reported = settled.ReportedBy.IsEmpty ? "" : $", reported by {Names(settled.ReportedBy)}";
            lines.Add($"- {settled.Kind.ToString().ToLowerInvariant()}" + (settled.Date is { } date ? $" on {Interval(date)}" : "") + $" by {Names(settled.Statement.Actors)}{reported}");
        }

        AddSources(lines, commitment.Sources);
        return string.Join("\n", lines);
    }

    /// <summary>The document: kind, stage, term, its state on the default day, the dates its events give, who signed it, its provisions.</summary>
    private static string Agreement(AgreementSymbol agreement, Compilation compilation)
    {
        var asOf = compilation.GetLatestDate();
        var dates = agreement.Dates;
        var kind = agreement.DocumentKind?.Title ?? "agreement";
        var lines = new List<string>
        {
            $"**{kind} {Code(agreement.Name)}**" + (agreement.Title is { } title ? $": {Text(title)}" : ""),
            "",
            (asOf is { } day ? $"- state on {DateInterval.Format(day)} (the latest date in the records)" : "- state (nothing in the records is dated)")
                + $": **{AgreementStates.Text(agreement.GetState(asOf))}**",
        };
        if (agreement.Stage is { } stage) lines.Add($"- stage: {Text(stage.Title)} (PA-X)");
        if (agreement.Term is { } term) lines.Add($"- term: {term}");
        if (dates.Signed is { } signed) lines.Add($"- signed: {Interval(signed)}");
        if (dates.InForce is { } inForce) lines.Add($"- in force: {Interval(inForce)}");
        if (dates.TermEnd is { } end) lines.Add($"- term ends: {DateInterval.Format(end)}");
        if (dates.Suspended is { } suspended) lines.Add($"- suspended: {Interval(suspended)}");
        if (dates.Terminated is { } terminated) lines.Add($"- terminated: {Interval(terminated)}");
        foreach (var item in agreement.Events.Where(item => item.Kind is StatementKind.Signing or StatementKind.Witnessing or StatementKind.Guarantee))
            lines.Add($"- {Verbs.Of(item.Kind).Name} by {Names(item.Actors)}" + (item.For.IsEmpty ? "" : " for " + Names(item.For)) + (item.Date is { } date ? $" on {Interval(date)}" : ""));
        if (!agreement.Provisions.IsEmpty) lines.Add("- provisions: " + string.Join(", ", agreement.Provisions.Select(provision => Code(provision.Name))));
        return string.Join("\n", lines);
    }

    /// <summary>The milestone: its day, what it counts from, its state on the default day, and the records that it happened or not.</summary>
    private static string Milestone(MilestoneSymbol milestone, Compilation compilation)
    {
        var asOf = compilation.GetLatestDate();
        var lines = new List<string>
        {
            $"**milestone {Code(milestone.Name)}**" + (milestone.Title is { } title ? $": {Text(title)}" : ""),
            "",
            milestone.Day is { } day ? $"- day: **{Interval(day)}**" : "- day: none (no `on` date, or nothing dated to count from)",
        };
        if (milestone.AfterSymbol is { } after)
            lines.Add($"- counts from {Code(after.Name)}" + (milestone.CountsFrom is { } from ? $" ({Interval(from)})" : ""));
        lines.Add((asOf is { } on ? $"- state on {DateInterval.Format(on)} (the latest date in the records)" : "- state (nothing in the records is dated)")
            + $": **{MilestoneStates.Text(milestone.GetState(asOf))}**");
        foreach (var record in milestone.Records)
            lines.Add($"- recorded: {Verbs.Of(record.Kind).Settled}" + (record.Date is { } date ? $" on {Interval(date)}" : " on no day"));
        AddSources(lines, milestone.Sources);
        return string.Join("\n", lines);
    }

    private static string Meeting(MeetingSymbol meeting)
    {
        var lines = new List<string> { $"**meeting** in {Text(meeting.Place)}" + (meeting.Date is { } date ? $", {Interval(date)}" : "") };
        AddTimes(lines, meeting);
        if (!meeting.Participants.IsEmpty) lines.Add("- with " + Names(meeting.Participants));
        AddRolesAndDelegations(lines, meeting);
        if (meeting.Format is { } format) lines.Add($"- format: {Text(format)}");
        if (meeting.Duration is { } duration) lines.Add("- duration: " + ReportText.Duration(duration, meeting.DurationApproximation));
        lines.Add($"- {meeting.Statements.Length} statement(s)");
        AddSources(lines, meeting.Sources);
        return string.Join("\n", lines);
    }

    private static string Talks(TalksSymbol talks)
    {
        var lines = new List<string> { $"**talks** {Text(talks.Title ?? "")}" + (talks.Date is { } date ? $", {Interval(date)}" : "") };
        AddTimes(lines, talks);
        if (!talks.Participants.IsEmpty) lines.Add("- with " + Names(talks.Participants));
        AddRolesAndDelegations(lines, talks);
        lines.Add($"- {talks.Meetings.Length} meeting(s), {talks.Statements.Length} statement(s)");
        return string.Join("\n", lines);
    }

    private static void AddTimes(List<string> lines, GatheringSymbol gathering)
    {
        if (gathering.StartTime is { } start) lines.Add("- from " + Time(start));
        if (gathering.EndTime is { } end) lines.Add("- until " + Time(end));
    }

    private static void AddRolesAndDelegations(List<string> lines, GatheringSymbol gathering)
    {
        foreach (var assignment in gathering.Roles) lines.Add($"- {assignment.Role.Name}: {Names(assignment.Actors)}");
        foreach (var delegation in gathering.Delegations)
            lines.Add($"- delegation of {Text(delegation.Party.Name)}" + (delegation.Lead is { } lead ? $" led by {Text(lead.Name)}" : "") + $": {Names(delegation.Members)}");
    }

    private static string Statement(StatementSymbol statement, Compilation compilation)
    {
        var who = statement.Actors.IsEmpty ? "" : " by " + Names(statement.Actors);
        var when = statement.Date is { } date ? $", {Interval(date)}" : "";
        if (statement.StartTime is { } time) when += ", at " + Time(time);
        if (statement.Capacity is { } capacity) who += $" as {Text(capacity)}";
        var card = $"**{Verbs.Of(statement.StatementKind).Name} {Code(statement.Name)}**{who}{when}" + (statement.Text is { } text ? $"\n\n\"{Text(text)}\"" : "");
        var lines = statement.Quantities.Select(quantity => "- amount: " + Text(quantity.ToString())).ToList();
        AddSources(lines, statement.Sources);
        if (statement.IsReplyTarget)
        {
            var asOf = compilation.GetLatestDate();
            lines.Add((asOf is { } day ? $"- reply on {DateInterval.Format(day)} (the latest date in the records)" : "- reply (nothing in the records is dated)")
                + $": **{ReportText.Reply(statement.GetReplyState(asOf))}**");
            foreach (var reply in statement.Replies)
                lines.Add($"- {Replies.PastTense(reply.Kind)}" + (reply.Date is { } replied ? $" on {Interval(replied)}" : "") + $" by {Names(reply.Statement.Actors)}");
        }

        return lines.Count == 0 ? card : card + "\n\n" + string.Join("\n", lines);
    }

    private static string Names(IEnumerable<ActorSymbol> actors) => string.Join(", ", actors.Select(actor => Text(actor.Name)));

    /// <summary>Record text as Markdown text; a hover has no use for HTML, so a line break is a space.</summary>
    private static string Text(string text) => MarkdownText.Escape(text, lineBreak: " ");

    /// <summary>A name in a code span when it is safe in one, else as text.</summary>
    private static string Code(string name) => MarkdownText.Code(name, lineBreak: " ");
}
