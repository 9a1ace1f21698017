using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Binding;

/// <summary>Meetings and rounds of talks: place, dates, time, duration, participants, and their statements' context.</summary>
internal sealed partial class Binder
{
    private readonly List<StatementContext> _pendingStatements = new();
    // Where each person is named among a meeting's participants, in the meeting's file.
    private readonly Dictionary<(MeetingSymbol Meeting, PersonSymbol Person), TextSpan> _participantNames = new();

    private void BindRecord(SyntaxTree tree)
    {
        // Room for every statement the file declares (they are among its declarations), so the list never grows.
        _pendingStatements.Capacity = _scope.Tables[tree].Declared.Count;
        BindMembers(tree, tree.Root.Members, PublicationAnchor(Actors.Records[tree]), meeting: null, zone: null, statements: null);
    }

    /// <summary>The members of a meeting's or talks' body; returns the body's statements.</summary>
    private ImmutableArray<StatementSymbol> BindBody(SyntaxTree tree, SyntaxList<MemberSyntax> members, DateAnchor? anchor, MeetingSymbol? meeting, DateTimeZone? zone)
    {
        // Room for every member, so a body of statements alone needs no copy and no growing.
        var statements = ImmutableArray.CreateBuilder<StatementSymbol>(members.Count);
        BindMembers(tree, members, anchor, meeting, zone, statements);
        return statements.DrainToImmutable();
    }

    /// <summary>Binds the members and queues their statements; a body collects its statements into <paramref name="statements"/>, the record's top level does not keep them.</summary>
    private void BindMembers(SyntaxTree tree, SyntaxList<MemberSyntax> members, DateAnchor? anchor, MeetingSymbol? meeting, DateTimeZone? zone,
        ImmutableArray<StatementSymbol>.Builder? statements)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case MeetingDeclarationSyntax meetingSyntax:
                    BindMeeting(tree, meetingSyntax, anchor, zone);
                    break;
                case TalksDeclarationSyntax talksSyntax:
                    BindTalks(tree, talksSyntax, anchor, zone);
                    break;
                case AgreementDeclarationSyntax agreementSyntax when Declared(tree, agreementSyntax) is AgreementSymbol agreement:
                    BindAgreement(tree, agreementSyntax, agreement);
                    break;
                case StatementSyntax statement when Declared(tree, statement) is { } symbol:
                    _pendingStatements.Add(new StatementContext((StatementSymbol)symbol, tree, statement, anchor, meeting, zone));
                    statements?.Add((StatementSymbol)symbol);
                    break;
            }
        }
    }

    /// <summary>
    /// Binds what meetings and rounds of talks share (date, times, duration, format, source), with the
    /// duration checks against its days and times; returns the participants' names, which each binds its own way.
    /// </summary>
    private NameListSyntax? BindGatheringClauses(SyntaxTree tree, GatheringSymbol gathering, SyntaxList<ClauseSyntax> clauses, DateAnchor? outer, DateTimeZone? outerZone)
    {
        NameListSyntax? participants = null;
        DurationLiteralSyntax? durationSyntax = null;
        TimeLiteralSyntax? timeSyntax = null;
        gathering.Sources = BindSources(tree, clauses);
        gathering.Source = FirstReporting(gathering.Sources);
        foreach (var written in clauses)
        {
            if (written is not KeywordClauseSyntax clause) continue;
            switch (clause.Kind)
            {
                case SyntaxKind.DateClause when clause.Value is DateSyntax dateSyntax:
                    var resolved = ResolveDateAndTimes(tree, dateSyntax, outer, outerZone, timeNeedsDay: false);
                    gathering.Date = resolved.Interval;
                    gathering.StartTime = resolved.StartTime;
                    gathering.EndTime = resolved.EndTime;
                    // A time on a date longer than a day: its local start time, without a day (below).
                    if (resolved.StartTime is null && dateSyntax is DateTimeSyntax { Time: var onLongerDate }) timeSyntax ??= onLongerDate;
                    break;
                case SyntaxKind.TimeClause when clause.Value is TimeLiteralSyntax time:
                    timeSyntax = time;
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
                case SyntaxKind.FormatClause when clause.Value is StringLiteralSyntax format:
                    gathering.SetFormat(format);
                    break;
                case SyntaxKind.FormatClause:
                    gathering.Format = PlaceText(clause.Value);
                    break;
            }
        }

        BindTimeAttribute(tree, gathering, timeSyntax, outerZone);
        gathering.TimeZoneId = gathering.StartTime?.ZoneId ?? gathering.EndTime?.ZoneId ?? outerZone?.Id;
        if (gathering.Duration is { } length && durationSyntax is not null)
        {
            var days = gathering.Date?.DayCount ?? 1;
            if (length > Duration.FromHours(24 * days))
                Report(DiagnosticCatalog.ImplausibleDuration(At(tree, durationSyntax.Parent!), durationSyntax.Token.Text, 24 * days, days));
            if (gathering.StartTime is { } start && gathering.EndTime is { } end && TimeResolver.Between(start, end) is var apart && apart != length)
                Report(DiagnosticCatalog.DurationDisagrees(At(tree, durationSyntax.Parent!), durationSyntax.Token.Text, DurationText.Format(apart)));
        }

        return participants;
    }

    /// <summary>
    /// An <c>at</c> written apart from the date (<c>meeting Geneva with A, B at 13:00</c>) is the start time on the
    /// gathering's first day when that is known to the day, else a local time of day without a day.
    /// </summary>
    private void BindTimeAttribute(SyntaxTree tree, GatheringSymbol gathering, TimeLiteralSyntax? time, DateTimeZone? outerZone)
    {
        if (time is not null && gathering.StartTime is null)
        {
            if (gathering.Date is { Precision: DatePrecision.Day } date)
                gathering.StartTime = new TimeResolver(tree.Text, Reporter).At(time, date.Start, outerZone);
            else
                gathering.LocalTime = ParseTime(tree, time);
        }

        if (gathering.StartTime is { } start) gathering.LocalTime = start.Local.TimeOfDay;
    }

    private void BindMeeting(SyntaxTree tree, MeetingDeclarationSyntax syntax, DateAnchor? outer, DateTimeZone? outerZone)
    {
        var meeting = (MeetingSymbol)Declared(tree, syntax)!;
        meeting.Place = PlaceOf(syntax);

        if (BindGatheringClauses(tree, meeting, syntax.Clauses, outer, outerZone) is { } participants) meeting.Participants = BindParticipants(tree, participants, meeting);

        CheckOffices(tree, meeting);
        BindRoles(tree, meeting, syntax.Clauses);
        BindDelegations(tree, meeting, syntax.Clauses);
        var anchor = meeting.Date is { } date2 ? new DateAnchor(date2, "the meeting's date ", "") : outer;
        meeting.Statements = BindBody(tree, syntax.Body.Members, anchor, meeting, TimeZones.Find(meeting.TimeZoneId));
    }

    private void BindTalks(SyntaxTree tree, TalksDeclarationSyntax syntax, DateAnchor? outer, DateTimeZone? outerZone)
    {
        var talks = (TalksSymbol)Declared(tree, syntax)!;
        talks.Title = syntax.Title?.Value;
        if (BindGatheringClauses(tree, talks, syntax.Clauses, outer, outerZone) is { } participants) talks.Participants = LookupActors(tree, participants);
        BindRoles(tree, talks, syntax.Clauses);
        BindDelegations(tree, talks, syntax.Clauses);

        var anchor = talks.Date is { } date2 ? new DateAnchor(date2, "the talks' dates ", "") : outer;
        talks.Statements = BindBody(tree, syntax.Body.Members, anchor, meeting: null, TimeZones.Find(talks.TimeZoneId));
        talks.Meetings = syntax.Body.Members.OfType<MeetingDeclarationSyntax>().Select(m => (MeetingSymbol)Declared(tree, m)!).ToImmutableArray();
    }

    private ImmutableArray<ActorSymbol> BindParticipants(SyntaxTree tree, NameListSyntax names, MeetingSymbol meeting)
    {
        var actors = ImmutableArray.CreateBuilder<ActorSymbol>();
        foreach (var name in names.Names)
        {
            if (LookupActor(tree, name) is not { } actor) continue;
            actors.Add(actor);
            if (actor is PersonSymbol person) _participantNames[(meeting, person)] = name.Span;
        }

        return actors.ToImmutable();
    }

    /// <summary>
    /// <c>role chair Cassis</c>: each name looked up in the role table. A holder of a role at the table who is not
    /// among the listed participants (and for whom no participant speaks) is counted as one, with a warning: the
    /// record says they were there, the list forgot them. A host need not take part. No list, no check.
    /// </summary>
    private void BindRoles(SyntaxTree tree, GatheringSymbol gathering, SyntaxList<ClauseSyntax> clauses)
    {
        // Most gatherings give no role: then no sets and no cover of the participants are made.
        if (!HasClauseOf(clauses, SyntaxKind.RoleClause))
        {
            gathering.Roles = ImmutableArray<RoleAssignment>.Empty;
            return;
        }

        var roles = ImmutableArray.CreateBuilder<RoleAssignment>();
        var given = new HashSet<Role>();
        var listed = !gathering.Participants.IsEmpty;
        var cover = listed ? new ParticipantCover(gathering.Participants, Actors.PartyTree.Value, 4) : null;
        var added = new List<ActorSymbol>();
        foreach (var clause in clauses.OfType<RoleClauseSyntax>())
        {
            if (clause.Name.IsMissing) continue;
            if (Language.Roles.Find(clause.Name.Text) is not { } role)
            {
                var suggestion = RoleSuggestions.Value.Suggest(clause.Name.Text);
                Report(DiagnosticCatalog.UnknownRole(At(tree, clause.Name), clause.Name.Text, suggestion, string.Join(", ", Language.Roles.All.Select(r => r.Name))));
                continue;
            }

            if (!given.Add(role)) Report(DiagnosticCatalog.RoleGivenTwice(At(tree, clause), role.Name));
            var holders = ImmutableArray.CreateBuilder<ActorSymbol>();
            foreach (var name in clause.Actors.Names)
            {
                if (LookupActor(tree, name) is not { } holder) continue;
                holders.Add(holder);
                if (cover is null || !role.TakesPart || cover.Covers(holder) || added.Contains(holder)) continue;
                Report(DiagnosticCatalog.RoleHolderNotParticipant(At(tree, name), holder.Name, role.Name));
                added.Add(holder);
            }

            roles.Add(new RoleAssignment(role, holders.ToImmutable()));
        }

        gathering.Roles = roles.ToImmutable();
        if (added.Count > 0) gathering.Participants = gathering.Participants.AddRange(added);
    }

    /// <summary>
    /// <c>delegation USA Sherman, Karpovich led by Sherman</c>: the lead is a member (one left out of a written list is
    /// added, with a warning); each person sits in one delegation of the gathering, one delegation per party; a member
    /// belongs to the party that day as far as the record says. Members take part: with a participant list, a member
    /// for whom neither a participant, the delegation's party nor its lead is at the table is counted as a participant,
    /// with a warning, as a role holder is (the <c>with</c> list may name the heads of delegation only).
    /// </summary>
    private void BindDelegations(SyntaxTree tree, GatheringSymbol gathering, SyntaxList<ClauseSyntax> clauses)
    {
        if (!HasClauseOf(clauses, SyntaxKind.DelegationClause))
        {
            gathering.Delegations = ImmutableArray<Delegation>.Empty;
            return;
        }

        var delegations = ImmutableArray.CreateBuilder<Delegation>();
        var gatheringKind = gathering is TalksSymbol ? "round of talks" : "meeting";
        var parties = new HashSet<PartySymbol>();
        var delegationOf = new Dictionary<ActorSymbol, PartySymbol>();
        var cover = gathering.Participants.IsEmpty ? null : new ParticipantCover(gathering.Participants, Actors.PartyTree.Value, 4);
        var added = new List<ActorSymbol>();
        foreach (var clause in clauses.OfType<DelegationClauseSyntax>())
        {
            var party = LookupParty(tree, clause.Party, "the party a delegation is for");
            var named = new List<(NameSyntax Name, ActorSymbol Member)>();
            if (clause.Members is { } listed)
            {
                foreach (var name in listed.Names)
                {
                    if (LookupActor(tree, name) is { } member) named.Add((name, member));
                }
            }

            var lead = clause.Lead is { } leadName ? LookupActor(tree, leadName) : null;
            if (party is null) continue;
            if (!parties.Add(party)) Report(DiagnosticCatalog.TwoDelegations(At(tree, clause), party.Name, gatheringKind));
            if (lead is not null && !named.Exists(item => item.Member == lead))
            {
                if (clause.Members is not null) Report(DiagnosticCatalog.LeadNotMember(At(tree, clause.Lead!), lead.Name, party.Name));
                named.Insert(0, (clause.Lead!, lead));
            }

            var atTheTable = cover is null || cover.Covers(party) || (lead is not null && cover.Covers(lead));
            var members = ImmutableArray.CreateBuilder<ActorSymbol>(named.Count);
            foreach (var (name, member) in named)
            {
                if (delegationOf.TryGetValue(member, out var first))
                {
                    Report(DiagnosticCatalog.InTwoDelegations(At(tree, name), member.Name, first.Name, gatheringKind));
                    continue;
                }

                delegationOf[member] = party;
                members.Add(member);
                CheckMemberOf(tree, name, member, party, gathering.Date);
                if (atTheTable || cover!.Covers(member) || added.Contains(member)) continue;
                Report(DiagnosticCatalog.MemberNotParticipant(At(tree, name), member.Name, party.Name));
                added.Add(member);
            }

            delegations.Add(new Delegation(party, lead, members.DrainToImmutable()));
        }

        gathering.Delegations = delegations.ToImmutable();
        if (added.Count > 0) gathering.Participants = gathering.Participants.AddRange(added);
    }

    private static bool HasClauseOf(SyntaxList<ClauseSyntax> clauses, SyntaxKind kind)
    {
        foreach (var clause in clauses)
        {
            if (clause.Kind == kind) return true;
        }

        return false;
    }

    /// <summary>A person in a party's delegation belongs to it on the gathering's day, when the record says whom they belong to.</summary>
    private void CheckMemberOf(SyntaxTree tree, NameSyntax name, ActorSymbol member, PartySymbol party, DateInterval? date)
    {
        if (member is not PersonSymbol person) return;
        var representation = new Representation(person, date, Actors.PartyTree.Value, 1);
        if (!representation.Represents(party))
            Report(DiagnosticCatalog.MemberNotOfParty(At(tree, name), person.Name, party.Name, NamesOf(representation.Parties), date?.ToString()));
    }

    private static readonly Lazy<NameSuggestions> RoleSuggestions = new(() => new NameSuggestions(() => Language.Roles.All.Select(role => role.Name)));

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
            Report(DiagnosticCatalog.OfficeNotValid(new Location(tree.Text, _participantNames[(meeting, person)]), person.Name, date.ToString(), offices));
        }
    }

    /// <summary>A time of day without a day to stand on; its zone is still checked.</summary>
    private LocalTime? ParseTime(SyntaxTree tree, TimeLiteralSyntax syntax)
    {
        var token = syntax.Token;
        // A time written on a date had its zone checked with the date.
        if (syntax.Parent is not DateTimeSyntax && syntax.Zone is { IsMissing: false } zone && TimeZones.Find(zone.Text) is null)
            Report(DiagnosticCatalog.UnknownTimeZone(At(tree, zone), zone.Text, TimeZones.Suggest(zone.Text)));
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
