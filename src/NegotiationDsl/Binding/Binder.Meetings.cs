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
using NodaTime.Text;

namespace NegotiationDsl.Binding;

/// <summary>Meetings and rounds of talks: place, dates, time, duration, participants, and their statements' context.</summary>
internal sealed partial class Binder
{
    private readonly List<(StatementSymbol Symbol, StatementContext Context)> _pendingStatements = new();
    private readonly Dictionary<(MeetingSymbol Meeting, PersonSymbol Person), NameSyntax> _participantNames = new();

    private void BindRecord(SyntaxTree tree) => BindMembers(tree, tree.Root.Members, _publicationAnchors[tree], meeting: null);

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
                case StatementSyntax statement when _declared.TryGetValue(statement, out var symbol):
                    _pendingStatements.Add(((StatementSymbol)symbol, new StatementContext(tree, statement, anchor, meeting)));
                    statements.Add((StatementSymbol)symbol);
                    break;
            }
        }

        return statements.ToImmutable();
    }

    private void BindMeeting(SyntaxTree tree, MeetingDeclarationSyntax syntax, DateAnchor? outer)
    {
        var meeting = (MeetingSymbol)_declared[syntax];
        meeting.Place = syntax.Place switch
        {
            NameSyntax name => name.Identifier.Text,
            StringLiteralSyntax text => text.Value,
            _ => "",
        };

        KeywordClauseSyntax? durationClause = null;
        foreach (var clause in syntax.Clauses.OfType<KeywordClauseSyntax>())
        {
            switch (clause.Kind)
            {
                case SyntaxKind.DateClause when clause.Value is DateSyntax date:
                    meeting.Date = ResolveDate(tree, date, outer);
                    break;
                case SyntaxKind.TimeClause when clause.Value is TimeLiteralSyntax time:
                    meeting.LocalTime = ParseTime(tree, time.Token);
                    break;
                case SyntaxKind.DurationClause when clause.Value is DurationLiteralSyntax duration:
                    meeting.Duration = ParseDuration(tree, duration.Token);
                    durationClause = clause;
                    break;
                case SyntaxKind.ParticipantsClause when clause.Value is NameListSyntax participants:
                    meeting.Participants = BindParticipants(tree, participants, meeting);
                    break;
                case SyntaxKind.FormatClause:
                    meeting.Format = PlaceText(clause.Value);
                    break;
                case SyntaxKind.SourceClause when clause.Value is StringLiteralSyntax source:
                    meeting.Source = source.Value;
                    break;
            }
        }

        if (meeting.Duration is { } length && durationClause is not null)
        {
            var days = meeting.Date?.DayCount ?? 1;
            if (length > Duration.FromHours(24 * days))
                Report(DiagnosticCatalog.ImplausibleDuration(At(tree, durationClause), ((DurationLiteralSyntax)durationClause.Value).Token.Text, 24 * days, days));
        }

        CheckOffices(tree, meeting);
        var anchor = meeting.Date is { } date2 ? new DateAnchor(date2, $"the meeting's date {date2}") : outer;
        meeting.Statements = BindMembers(tree, syntax.Body.Members, anchor, meeting);
    }

    private void BindTalks(SyntaxTree tree, TalksDeclarationSyntax syntax, DateAnchor? outer)
    {
        var talks = (TalksSymbol)_declared[syntax];
        talks.Title = syntax.Title?.Value;
        foreach (var clause in syntax.Clauses.OfType<KeywordClauseSyntax>())
        {
            switch (clause.Kind)
            {
                case SyntaxKind.DateClause when clause.Value is DateSyntax date:
                    talks.Date = ResolveDate(tree, date, outer);
                    break;
                case SyntaxKind.ParticipantsClause when clause.Value is NameListSyntax participants:
                    talks.Participants = LookupActors(tree, participants);
                    break;
                case SyntaxKind.FormatClause:
                    talks.Format = PlaceText(clause.Value);
                    break;
                case SyntaxKind.SourceClause when clause.Value is StringLiteralSyntax source:
                    talks.Source = source.Value;
                    break;
                case SyntaxKind.TimeClause when clause.Value is TimeLiteralSyntax time:
                    talks.LocalTime = ParseTime(tree, time.Token);
                    break;
                case SyntaxKind.DurationClause when clause.Value is DurationLiteralSyntax duration:
                    talks.Duration = ParseDuration(tree, duration.Token);
                    break;
            }
        }

        var anchor = talks.Date is { } date2 ? new DateAnchor(date2, $"the talks' dates {date2}") : outer;
        talks.Statements = BindMembers(tree, syntax.Body.Members, anchor, meeting: null);
        talks.Meetings = syntax.Body.Members.OfType<MeetingDeclarationSyntax>().Select(m => (MeetingSymbol)_declared[m]).ToImmutableArray();
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
        foreach (var person in meeting.Participants.OfType<PersonSymbol>())
        {
            if (person.Offices.IsEmpty) continue;
            if (person.Offices.All(office => office.IsHeldDuring(date) == Truth.False))
            {
                var offices = string.Join(", ", person.Offices.Select(office => $"{office.Title} {office.From?.ToString() ?? "?"}..{office.Until?.ToString() ?? ""}"));
                Report(DiagnosticCatalog.OfficeNotValid(At(tree, _participantNames[(meeting, person)]), person.Name, date.ToString(), offices));
            }
        }
    }

    private LocalTime? ParseTime(SyntaxTree tree, SyntaxToken token)
    {
        if (token.IsMissing) return null;
        var result = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(token.Text);
        if (result.Success) return result.Value;
        Report(DiagnosticCatalog.InvalidTime(At(tree, token), token.Text));
        return null;
    }

    /// <summary><c>1.5h</c>, <c>90min</c>, <c>2d</c>, <c>1w</c>, <c>1h30min</c>.</summary>
    private Duration? ParseDuration(SyntaxTree tree, SyntaxToken token)
    {
        if (token.IsMissing) return null;
        var duration = DurationText.Parse(token.Text);
        if (duration is { } value && value <= Duration.Zero)
        {
            Report(DiagnosticCatalog.NonPositiveDuration(At(tree, token), token.Text));
            return null;
        }

        return duration;
    }
}
