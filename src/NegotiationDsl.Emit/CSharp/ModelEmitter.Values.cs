using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NegotiationDsl.Symbols;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static NegotiationDsl.Emit.CSharp.ModelSyntax;

namespace NegotiationDsl.Emit.CSharp;

/// <summary>The value expression of each kind of symbol.</summary>
internal sealed partial class ModelEmitter
{
    /// <summary>
    /// Parties whose members and parent come first, so each field reads only earlier fields. The binder has cut
    /// every cycle (NEG2013), so there is an order; depth-first with a stack of our own, since a chain of
    /// 100,000 'of' clauses must not overflow the thread's stack.
    /// </summary>
    private IEnumerable<PartySymbol> AllLinkedParties() =>
        _compilation.Actors.OfType<PartySymbol>().SelectMany(party => party.Members.Append(party.Parent).OfType<PartySymbol>());

    private List<PartySymbol> PartiesInDependencyOrder()
    {
        var ordered = new List<PartySymbol>();
        var seen = new HashSet<PartySymbol>();
        var stack = new Stack<(PartySymbol Party, bool Expanded)>();
        // A used folder's party is its own model's object, made there: it is neither copied here nor waited for.
        var own = new HashSet<PartySymbol>(_compilation.Actors.OfType<PartySymbol>());
        seen.UnionWith(_compilation.Archive is null ? [] : AllLinkedParties().Where(party => !own.Contains(party)));
        foreach (var root in _compilation.Actors.OfType<PartySymbol>())
        {
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (party, expanded) = stack.Pop();
                if (expanded)
                {
                    ordered.Add(party);
                    continue;
                }

                if (!seen.Add(party)) continue;
                stack.Push((party, true));
                if (party.Parent is { } parent && !seen.Contains(parent)) stack.Push((parent, false));
                for (var i = party.Members.Length - 1; i >= 0; i--)
                {
                    if (!seen.Contains(party.Members[i])) stack.Push((party.Members[i], false));
                }
            }
        }

        return ordered;
    }

    private ClassDeclarationSyntax Sources()
    {
        var members = new List<MemberDeclarationSyntax>();
        var names = new CSharpNames("Sources", "All", _className);
        var references = new List<ExpressionSyntax>();
        foreach (var record in _compilation.Records)
        {
            var name = names.Claim(System.IO.Path.GetFileNameWithoutExtension(record.FilePath));
            var path = OutputPath(record.FilePath);
            var arguments = new List<ExpressionSyntax> { String(path), String(record.Title), String(record.Source), String(record.Url), String(record.Language), NullableInterval(record.Published) };
            if (!record.Sources.IsEmpty) arguments.Add(CitedSources(record.Sources));
            var value = New("RecordSource", arguments.ToArray());
            var header = record.HeaderLocation;
            var summary = header is null ? $"The record {path} (no header)." : TextOf(header);
            members.Add(MemberSyntax.Field($"{ModelNamespace}.RecordSource", name, value, summary, path, header is null ? 1 : LineOf(header)));
            references.Add(Reference($"{ClassPath}.Sources.{name}"));
        }

        members.Add(MemberSyntax.Field($"global::System.Collections.Generic.IReadOnlyList<{ModelNamespace}.RecordSource>", "All", Array("RecordSource", references), "Every record file of the compilation.", null, 0));
        return MemberSyntax.StaticClass("Sources", "The record files and what each was taken from.", members);
    }

    private ExpressionSyntax PartyValue(PartySymbol party) => New("Party",
        String(party.Name),
        String(party.DisplayName),
        EnumValue("PartyKind", party.PartyKind.ToString()),
        Strings(party.Aliases),
        String(party.Code),
        Array("Party", party.Members.Select(member => Reference(PathOf(member)))),
        party.Parent is null ? Null : Reference(PathOf(party.Parent)));

    private ExpressionSyntax PersonValue(PersonSymbol person) => New("Person",
        String(person.Name),
        String(person.DisplayName),
        Strings(person.Aliases),
        String(person.Code),
        person.Affiliation is null ? Null : Reference(PathOf(person.Affiliation)),
        Array("Office", person.Offices.Select(office => New("Office",
            String(office.Title),
            office.Party is null ? Null : Reference(PathOf(office.Party)),
            NullableInterval(office.From),
            NullableInterval(office.Until)))));

    private ExpressionSyntax Actors(ImmutableArray<ActorSymbol> actors) => Array("Actor", actors.Select(actor => Reference(PathOf(actor))));

    private ExpressionSyntax Location(Symbol symbol) => ModelSyntax.Location(OutputPath(symbol.DeclarationLocation.FilePath), LineOf(symbol.DeclarationLocation));

    private ExpressionSyntax StatementValue(StatementSymbol statement, bool nested = false)
    {
        var id = nested || !statement.HasLabel ? Null : String(statement.Name);
        var details = Details(statement);
        var date = NullableInterval(statement.Date);
        switch (statement)
        {
            case CommitmentSymbol commitment:
                var arguments = new List<ExpressionSyntax>
                {
                    id, Actors(commitment.Actors), String(commitment.Text), date, details, Bool(commitment.HasUnresolvedDeadline),
                    Array("CommitmentEvent", commitment.Events.Select(e => New("CommitmentEvent", EnumValue("StatementKind", e.Kind.ToString()), NullableInterval(e.Date)))),
                    Location(commitment),
                };
                // The optional arguments only where they say something, so achievements read as before.
                if (commitment.Lasts || commitment.DeadlineAsWritten is not null) arguments.Add(EnumValue("ObligationKind", commitment.Obligation.ToString()));
                if (commitment.DeadlineAsWritten is { } written) arguments.Add(String(written));
                return New("Commitment", arguments.ToArray());
            case MilestoneSymbol milestone:
                return New("Milestone", id, String(milestone.Title), date,
                    Array("CommitmentEvent", milestone.Records.Select(e => New("CommitmentEvent", EnumValue("StatementKind", e.Kind.ToString()), NullableInterval(e.Date)))),
                    details, Location(milestone));
            case { StatementKind: StatementKind.ReportedSpeech, Reported: { } reported }:
                return New("ReportedSpeech", id, Actors(statement.Actors), StatementValue(reported, nested: true), date, details, Location(statement));
            case { StatementKind: StatementKind.Acceptance or StatementKind.Answer }:
                return New("Reply", id, EnumValue("StatementKind", statement.StatementKind.ToString()), Actors(statement.Actors), String(statement.Text),
                    Array("Statement", statement.References.Select(r => Reference(PathOf(r)))), date, details, Location(statement));
            case { StatementKind: StatementKind.Rejection }:
                return New("Rejection", id, Actors(statement.Actors), String(statement.Text), Array("Statement", statement.References.Select(r => Reference(PathOf(r)))), date, details, Location(statement));
            case { StatementKind: StatementKind.Fulfilment or StatementKind.Breach or StatementKind.Withdrawal or StatementKind.Violation, References.Length: > 0 }:
                return New("Settlement", id, EnumValue("StatementKind", statement.StatementKind.ToString()), Actors(statement.Actors), Reference(PathOf(statement.References[0])), date, details, Location(statement));
            default:
                return New("Statement", id, EnumValue("StatementKind", statement.StatementKind.ToString()), Actors(statement.Actors), String(statement.Text), date, details, Location(statement));
        }
    }

    /// <summary><c>new StatementDetails { ... }</c> with only the clauses the statement has, else <c>StatementDetails.None</c>.</summary>
    private ExpressionSyntax Details(StatementSymbol statement)
    {
        var assignments = new List<ExpressionSyntax>();
        void Set(string property, ExpressionSyntax value) =>
            assignments.Add(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(property), value));

        if (!statement.Recipients.IsEmpty) Set("Recipients", Actors(statement.Recipients));
        if (!statement.Addressees.IsEmpty) Set("Addressees", Actors(statement.Addressees));
        if (statement.Deadline is not null) Set("Deadline", Interval(statement.Deadline));
        if (statement.From is not null) Set("From", Interval(statement.From));
        if (statement.Until is not null) Set("Until", Interval(statement.Until));
        if (statement.FromTime is { } from) Set("FromTime", EventTime(from));
        if (statement.UntilTime is { } until) Set("UntilTime", EventTime(until));
        if (statement.StartTime is { } start) Set("StartTime", EventTime(start));
        if (statement.EndTime is { } end) Set("EndTime", EventTime(end));
        if (statement.Condition is { } condition) Set("Condition", String(condition));
        var after = statement.AfterSymbol?.Name ?? statement.AfterText ?? statement.AfterDate?.ToString();
        if (after is not null) Set("After", String(after));
        if (statement.Topic is { } topic) Set("Topic", String(topic));
        if (statement.Quote is { } quote) Set("Quote", String(quote));
        if (statement.Source is not null) Set("Source", String(statement.Source));
        if (!statement.Sources.IsEmpty) Set("Sources", CitedSources(statement.Sources));
        if (!statement.Quantities.IsEmpty) Set("Quantities", Quantities(statement.Quantities));
        if (statement.Via is not null) Set("Via", Reference(PathOf(statement.Via)));
        if (statement.Capacity is { } capacity) Set("Capacity", String(capacity));
        if (statement.IsNegated) Set("IsNegated", Bool(true));
        var target = statement.TargetSymbol?.Name ?? statement.TargetText;
        if (target is not null) Set("Target", String(target));

        if (assignments.Count == 0) return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ModelType("StatementDetails"), IdentifierName("None"));
        return ObjectCreationExpression(ModelType("StatementDetails"))
            .WithArgumentList(ArgumentList())
            .WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(assignments)));
    }

    private ExpressionSyntax StatementReferences(IEnumerable<StatementSymbol> statements) =>
        Array("Statement", statements.Where(_paths.ContainsKey).Select(s => Reference(PathOf(s))));

    /// <summary>A meeting's or talks' id: its label, else the generated member name.</summary>
    private string IdOf(Symbol symbol) => symbol.HasIdentifier ? symbol.Name : _paths[symbol].Substring(_paths[symbol].LastIndexOf('.') + 1);

    private ExpressionSyntax MeetingValue(MeetingSymbol meeting)
    {
        var arguments = new List<ExpressionSyntax>
        {
            String(IdOf(meeting)),
            String(meeting.Place),
            NullableInterval(meeting.Date),
            meeting.LocalTime is { } time ? TimeSpan(time.TickOfDay) : Null,
            meeting.Duration is { } duration ? TimeSpan(duration.BclCompatibleTicks) : Null,
            String(meeting.Format),
            Actors(meeting.Participants),
            StatementReferences(meeting.Statements),
            Location(meeting),
        };
        if (meeting.Duration is not null && meeting.DurationApproximation != Model.Approximation.Exact)
            arguments.Add(EnumValue("Approximation", meeting.DurationApproximation.ToString()));
        return New("Meeting", WithTimesAndRoles(meeting, arguments.ToArray()));
    }

    private ExpressionSyntax TalksValue(TalksSymbol talks) => New("Talks", WithTimesAndRoles(talks,
        String(IdOf(talks)),
        String(talks.Title),
        NullableInterval(talks.Date),
        String(talks.Format),
        Actors(talks.Participants),
        Array("Meeting", talks.Meetings.Select(m => Reference(PathOf(m)))),
        StatementReferences(talks.Statements),
        Location(talks)));

    private ExpressionSyntax AgreementValue(AgreementSymbol agreement)
    {
        var dates = agreement.Dates;
        return New("Agreement",
            String(agreement.Name),
            String(agreement.Title),
            String(agreement.DocumentKind?.Name),
            String(agreement.Stage?.Name),
            String(agreement.Term?.ToString()),
            Array("AgreementEvent", agreement.Events.Select(item => New("AgreementEvent",
                EnumValue("StatementKind", item.Kind.ToString()), NullableInterval(item.Date), item.TermEnd is { } end ? Date(end) : Null))),
            Strings(agreement.Provisions.Select(provision => provision.Name)),
            NullableInterval(dates.Signed),
            NullableInterval(dates.InForce),
            dates.TermEnd is { } termEnd ? Date(termEnd) : Null,
            Location(agreement));
    }

    /// <summary>
    /// The arguments, then the start, end, zone, roles and delegations when it has a time, a role or a delegation
    /// (the constructor's optional parameters; the delegations only when there are some).
    /// </summary>
    private ExpressionSyntax[] WithTimesAndRoles(GatheringSymbol gathering, params ExpressionSyntax[] arguments)
    {
        if (gathering.StartTime is null && gathering.EndTime is null && gathering.TimeZoneId is null && gathering.Roles.IsEmpty && gathering.Delegations.IsEmpty)
            return arguments;
        ExpressionSyntax[] withRoles = [.. arguments, NullableTime(gathering.StartTime), NullableTime(gathering.EndTime), String(gathering.TimeZoneId),
            gathering.Roles.IsEmpty ? Null : Array("RoleAssignment", gathering.Roles.Select(role => New("RoleAssignment", String(role.Role.Name), Actors(role.Actors))))];
        return gathering.Delegations.IsEmpty
            ? withRoles
            : [.. withRoles, Array("Delegation", gathering.Delegations.Select(delegation => New("Delegation",
                Reference(PathOf(delegation.Party)), delegation.Lead is { } lead ? Reference(PathOf(lead)) : Null, Actors(delegation.Members))))];
    }

    private static ExpressionSyntax NullableTime(NegotiationDsl.Dates.EventTime? time) => time is null ? Null : EventTime(time);
}
