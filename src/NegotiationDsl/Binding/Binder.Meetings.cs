using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Binding;

/// <summary>Meetings and rounds of talks: place, dates, time, duration, participants, and their statements' context.</summary>
internal sealed partial class Binder
{
    private readonly List<PendingStatement> _pendingStatements = new();
    private readonly Dictionary<(MeetingSymbol Meeting, PersonSymbol Person), NameSyntax> _participantNames = new();

    private void BindRecord(SyntaxTree tree) => BindMembers(tree, tree.Root.Members, PublicationAnchor(Actors.Records[tree]), meeting: null);

    private ImmutableArray<StatementSymbol> BindMembers(SyntaxTree tree, SyntaxList<MemberSyntax> members, DateAnchor? anchor, MeetingSymbol? meeting)
    {
        var statements = ImmutableArray.CreateBuilder<StatementSymbol>();
        foreach (var member in members)
        {
            switch (member)
            {
                case MeetingDeclarationSyntax meetingSyntax:
                    BindMeeting(tree, meetingSyntax, anchor);
                    break;
                case TalksDeclarationSyntax talksSyntax:
                    BindTalks(tree, talksSyntax, anchor);
                    break;
                case StatementSyntax statement when Declared(tree, statement) is { } symbol:
                    _pendingStatements.Add(new PendingStatement((StatementSymbol)symbol, new StatementContext(tree, statement, anchor, meeting)));
                    statements.Add((StatementSymbol)symbol);
                    break;
            }
        }

        return statements.ToImmutable();
    }

    /// <summary>
    /// Binds what meetings and rounds of talks share (date, local time, duration, format, source), with the
    /// duration check against its days; returns the participants' names, which each binds its own way.
    /// </summary>
    private NameListSyntax? BindGatheringClauses(SyntaxTree tree, GatheringSymbol gathering, SyntaxList<ClauseSyntax> clauses, DateAnchor? outer)
    {
        NameListSyntax? participants = null;
        DurationLiteralSyntax? durationSyntax = null;
        gathering.Sources = BindSources(tree, clauses);
        gathering.Source = FirstReporting(gathering.Sources);
        foreach (var clause in clauses.OfType<KeywordClauseSyntax>())
        {
            switch (clause.Kind)
            {
                case SyntaxKind.DateClause when clause.Value is DateSyntax dateSyntax:
                    gathering.Date = ResolveDate(tree, dateSyntax, outer);
                    break;
                case SyntaxKind.TimeClause when clause.Value is TimeLiteralSyntax timeSyntax:
                    gathering.LocalTime = ParseTime(tree, timeSyntax.Token);
                    break;
                case SyntaxKind.DurationClause when clause.Value is DurationLiteralSyntax literal:
                    gathering.Duration = ParseDuration(tree, literal.Token);
                    gathering.DurationApproximation = NegotiationDsl.Model.Approximation.Exact;
                    durationSyntax = literal;
                    break;
                case SyntaxKind.DurationClause when clause.Value is ApproximateDurationSyntax bounded:
                    gathering.Duration = ParseDuration(tree, bounded.Duration.Token);
                    gathering.DurationApproximation = BindApproximation(tree, bounded.Approximation);
                    durationSyntax = bounded.Duration;
                    break;
                case SyntaxKind.ParticipantsClause when clause.Value is NameListSyntax names:
                    participants = names;
                    break;
                case SyntaxKind.FormatClause:
                    gathering.Format = PlaceText(clause.Value);
                    break;
            }
        }

        if (gathering.Duration is { } length && durationSyntax is not null)
        {
            var days = gathering.Date?.DayCount ?? 1;
            if (length > Duration.FromHours(24 * days))
                Report(DiagnosticCatalog.ImplausibleDuration(At(tree, durationSyntax.Parent!), durationSyntax.Token.Text, 24 * days, days));
        }

        return participants;
    }

    private void BindMeeting(SyntaxTree tree, MeetingDeclarationSyntax syntax, DateAnchor? outer)
    {
        var meeting = (MeetingSymbol)Declared(tree, syntax)!;
        meeting.Place = PlaceOf(syntax);

        if (BindGatheringClauses(tree, meeting, syntax.Clauses, outer) is { } participants) meeting.Participants = BindParticipants(tree, participants, meeting);

        CheckOffices(tree, meeting);
        var anchor = meeting.Date is { } date2 ? new DateAnchor(date2, "the meeting's date ", "") : outer;
        meeting.Statements = BindMembers(tree, syntax.Body.Members, anchor, meeting);
    }

    private void BindTalks(SyntaxTree tree, TalksDeclarationSyntax syntax, DateAnchor? outer)
    {
        var talks = (TalksSymbol)Declared(tree, syntax)!;
        talks.Title = syntax.Title?.Value;
        if (BindGatheringClauses(tree, talks, syntax.Clauses, outer) is { } participants) talks.Participants = LookupActors(tree, participants);

        var anchor = talks.Date is { } date2 ? new DateAnchor(date2, "the talks' dates ", "") : outer;
        talks.Statements = BindMembers(tree, syntax.Body.Members, anchor, meeting: null);
        talks.Meetings = syntax.Body.Members.OfType<MeetingDeclarationSyntax>().Select(m => (MeetingSymbol)Declared(tree, m)!).ToImmutableArray();
    }

    private ImmutableArray<ActorSymbol> BindParticipants(SyntaxTree tree, NameListSyntax names, MeetingSymbol meeting)
    {
        var actors = ImmutableArray.CreateBuilder<ActorSymbol>();
        foreach (var name in names.Names)
        {
            if (LookupActor(tree, name) is not { } actor) continue;
            actors.Add(actor);
            if (actor is PersonSymbol person) _participantNames[(meeting, person)] = name;
        }

        return actors.ToImmutable();
    }

    /// <summary>Where a meeting took place, as written; empty when the place is missing.</summary>
    internal static string PlaceOf(MeetingDeclarationSyntax meeting) => meeting.Place switch
    {
        NameSyntax name => name.Identifier.Text,
        StringLiteralSyntax text => text.Value,
        _ => "",
    };

    private static string? PlaceText(ExpressionSyntax value) => value switch
    {
        NameSyntax name when !name.Identifier.IsMissing => name.Identifier.Text,
        StringLiteralSyntax text => text.Value,
        _ => null,
    };

    /// <summary>A person taking part in a dated meeting must hold one of their declared offices then (if any are declared).</summary>
    private void CheckOffices(SyntaxTree tree, MeetingSymbol meeting)
    {
        if (meeting.Date is not { } date) return;
        var checkedPersons = new HashSet<PersonSymbol>();
        foreach (var person in meeting.Participants.OfType<PersonSymbol>())
        {
            if (person.Offices.IsEmpty || !checkedPersons.Add(person) || !Actors.OfficeCalendarOf(person).HeldNoneDuring(date)) continue;
            var offices = DiagnosticCatalog.ListSome(
                person.Offices.Select(office => $"{office.Title} {office.From?.ToString() ?? "?"}..{office.Until?.ToString() ?? ""}"), person.Offices.Length);
            Report(DiagnosticCatalog.OfficeNotValid(At(tree, _participantNames[(meeting, person)]), person.Name, date.ToString(), offices));
        }
    }

    private LocalTime? ParseTime(SyntaxTree tree, SyntaxToken token)
    {
        if (token.IsMissing) return null;
        if (IsoText.ParseTime(token.Text) is { } time) return time;
        Report(DiagnosticCatalog.InvalidTime(At(tree, token), token.Text));
        return null;
    }

    /// <summary><c>1.5h</c>, <c>90min</c>, <c>2d</c>, <c>1w</c>, <c>1h30min</c>.</summary>
    private Duration? ParseDuration(SyntaxTree tree, SyntaxToken token)
    {
        if (token.IsMissing) return null;
        var duration = DurationText.Parse(token.Text, out var tooLong);
        if (tooLong) Report(DiagnosticCatalog.DurationTooLong(At(tree, token), token.Text, DurationText.MaxDays));
        if (duration is { } value && value <= Duration.Zero)
        {
            Report(DiagnosticCatalog.NonPositiveDuration(At(tree, token), token.Text));
            return null;
        }

        return duration;
    }
}
