using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NodaTime;

namespace NegotiationDsl.Binding;

/// <summary>
/// Statements: actors, the predicate, clauses and dates. A statement's date is its <c>on</c> date, else
/// its meeting's, talks' or record's; calendar words (<c>next_week</c>) count from that date. Offsets
/// (<c>in 2 days</c>, <c>within 14 days</c>) in a statement with <c>after X</c> count from X (its
/// deadline, else its date), so "within 14 days after the ceasefire" means what it says.
/// </summary>
internal sealed partial class Binder
{
    private readonly HashSet<StatementSymbol> _bindingStatements = new();
    private readonly Dictionary<MeetingSymbol, ParticipantCover> _covers = new();

    /// <summary>Statements whose offset deadline was left unresolved because it counts along a cycle of <c>after</c>.</summary>
    private readonly HashSet<StatementSymbol> _deadlinesCutByCycle = new();
    private readonly Dictionary<StatementSymbol, StatementContext> _contexts = new();
    private readonly ImmutableArray<SettlementSite>.Builder _events = ImmutableArray.CreateBuilder<SettlementSite>();

    /// <summary>Statements with <c>after</c> a name: they wait until every other statement is bound.</summary>
    private readonly ImmutableArray<StatementContext>.Builder _laterStatements = ImmutableArray.CreateBuilder<StatementContext>();

    /// <summary>
    /// Binds the file's pending statements that depend on no other statement, and sets aside those that do.
    /// A statement without <c>after</c> a name reads only the declaration tables and its own file, so files
    /// can be bound independently, in parallel.
    /// </summary>
    private void BindIndependentStatements()
    {
        foreach (var pending in _pendingStatements)
        {
            if (HasAfterName(pending.Syntax))
            {
                _laterStatements.Add(pending);
                continue;
            }

            BindStatement(pending, pending.Symbol);
            pending.Symbol.IsBound = true;
        }
    }

    /// <summary>Binds the statements the files left for later (those that count from another statement or a meeting), in file order, each after what it names.</summary>
    private FileBindingResult BindLaterStatements(ImmutableArray<FileBindingResult> files)
    {
        foreach (var file in files)
        {
            foreach (var pending in file.LaterStatements) _contexts[pending.Symbol] = pending;
        }

        foreach (var file in files)
        {
            foreach (var pending in file.LaterStatements) EnsureBound(pending.Symbol);
        }

        return Result();
    }

    private static bool HasAfterName(StatementSyntax syntax)
    {
        foreach (var clause in syntax.Clauses)
        {
            if (clause is KeywordClauseSyntax { Kind: SyntaxKind.AfterClause, Value: NameSyntax }) return true;
        }

        return false;
    }

    /// <summary>
    /// Binds a statement once, after the statements its <c>after</c> clauses name. A statement named while it is
    /// still on the stack closes a cycle: that is reported (NEG3014) and the cycle is cut there. Depth-first with a
    /// stack of our own, not by recursion: a chain of 100,000 statements, each after the next, overflowed the
    /// thread's stack and killed the process.
    /// </summary>
    private void EnsureBound(StatementSymbol symbol)
    {
        if (symbol.IsBound || _bindingStatements.Contains(symbol)) return;
        var stack = new List<PendingBinding>();
        Push(symbol);
        while (stack.Count > 0)
        {
            var top = stack[stack.Count - 1];
            if (top.Next < top.Predecessors.Count)
            {
                var predecessor = top.Predecessors[top.Next++];
                if (predecessor.IsBound) continue;
                if (_bindingStatements.Contains(predecessor)) ReportCycle(stack, predecessor);
                else Push(predecessor);
                continue;
            }

            stack.RemoveAt(stack.Count - 1);
            if (_contexts.TryGetValue(top.Statement, out var context)) BindStatement(context, top.Statement);
            _bindingStatements.Remove(top.Statement);
            top.Statement.IsBound = true;
        }

        void Push(StatementSymbol statement)
        {
            _bindingStatements.Add(statement);
            stack.Add(new PendingBinding(statement, PredecessorsOf(statement)));
        }
    }

    /// <summary>
    /// <paramref name="closing"/> is on the stack and the top names it: each statement from it up to the top
    /// comes after the next one, and the top after it. Reported once, at the top's <c>after</c> naming it.
    /// </summary>
    private void ReportCycle(List<PendingBinding> stack, StatementSymbol closing)
    {
        var first = stack.FindLastIndex(pending => pending.Statement == closing);
        var top = stack[stack.Count - 1].Statement;
        if (!_contexts.TryGetValue(top, out var context)) return;
        foreach (var clause in context.Syntax.Clauses)
        {
            if (clause is KeywordClauseSyntax { Kind: SyntaxKind.AfterClause, Value: NameSyntax name } && name.Identifier.Text == closing.Name)
            {
                Report(DiagnosticCatalog.AfterCycle(At(context.Tree, name), DescribeCycle(stack, first)));
                return;
            }
        }
    }

    /// <summary>
    /// <c>a after b after a</c>; a long cycle by its first and last statements and its length, and long names cut
    /// short, so the message stays short.
    /// </summary>
    private static string DescribeCycle(List<PendingBinding> stack, int first)
    {
        const int Shown = 4;
        var length = stack.Count - first;
        var names = new List<string>();
        for (var i = first; i < stack.Count; i++)
        {
            if (length > 2 * Shown && i == first + Shown)
            {
                names.Add("…");
                i = stack.Count - Shown;
            }

            names.Add(DiagnosticCatalog.Shorten(stack[i].Statement.Name));
        }

        names.Add(DiagnosticCatalog.Shorten(stack[first].Statement.Name));
        var text = string.Join(" after ", names);
        return length > 2 * Shown ? text + " (" + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " statements)" : text;
    }

    /// <summary>A statement on the binding stack; a class, not a tuple: generic code over our structs is JIT-compiled at every cold start.</summary>
    private sealed class PendingBinding(StatementSymbol statement, List<StatementSymbol> predecessors)
    {
        public StatementSymbol Statement { get; } = statement;
        public List<StatementSymbol> Predecessors { get; } = predecessors;
        public int Next { get; set; }
    }

    /// <summary>The statements a pending statement names in <c>after</c>, looked up without a word (binding reports what is wrong).</summary>
    private List<StatementSymbol> PredecessorsOf(StatementSymbol statement)
    {
        var predecessors = new List<StatementSymbol>();
        if (!_contexts.TryGetValue(statement, out var context)) return predecessors;
        foreach (var clause in context.Syntax.Clauses)
        {
            if (clause is KeywordClauseSyntax { Kind: SyntaxKind.AfterClause, Value: NameSyntax name } && !name.Identifier.IsMissing &&
                _scope.NamesOf(context.Tree).TryGet(name.Identifier.Text, NameKind.Label, out var named) && named is StatementSymbol predecessor)
                predecessors.Add(predecessor);
        }

        return predecessors;
    }

    private void BindStatement(StatementContext context, StatementSymbol symbol)
    {
        var tree = context.Tree;
        var syntax = context.Syntax;
        var anchor = context.Anchor;

        var on = FindClause(syntax.Clauses, SyntaxKind.OnClause);
        if (on?.Value is DateSyntax onDate)
        {
            var resolved = ResolveDateAndTimes(tree, onDate, anchor, context.Zone);
            symbol.Date = resolved.Interval;
            if (resolved.StartTime is not null) symbol.StartTime = resolved.StartTime;
            if (resolved.EndTime is not null) symbol.EndTime = resolved.EndTime;
        }
        else
        {
            symbol.Date = anchor?.Interval;
        }

        var statementAnchor = on is not null && symbol.Date is { } said ? new DateAnchor(said, "the statement's date ", "") : anchor;

        switch (syntax)
        {
            case ActorStatementSyntax { Predicate.Verb.Object: VerbObject.Milestone } record:
                // The subject is the milestone: `adoption_day happens`.
                BindMilestoneRecord(tree, record, symbol);
                break;
            case ActorStatementSyntax { Predicate.Verb.Object: VerbObject.IntoForce } entry:
                // The subject is the agreement: `new_start enters into force`.
                BindAgreementEvent(tree, symbol, entry.Actors.Names[0]);
                break;
            case ActorStatementSyntax actorStatement:
                symbol.Actors = LookupActors(tree, actorStatement.Actors);
                BindPredicate(tree, actorStatement.Predicate, symbol);
                break;
            case OutcomeStatementSyntax outcome:
                symbol.SetText(outcome.Description);
                symbol.IsNegated = outcome.NoKeyword is not null;
                break;
            case MilestoneStatementSyntax milestone:
                symbol.SetText(milestone.Title);
                break;
        }

        BindClauses(tree, syntax, symbol, statementAnchor, context.Zone);
        if (syntax is MilestoneStatementSyntax milestoneSyntax) BindMilestoneDay(tree, milestoneSyntax, (MilestoneSymbol)symbol, on);
        CheckStatement(tree, syntax, symbol, context.Meeting);
        CheckPeriod(tree, syntax, symbol);
    }

    /// <summary>
    /// <c>as "Chairperson-in-Office of the OSCE"</c>: each person who makes the statement (or speaks for it via) must
    /// hold an office of that title on the statement's date, as far as the dates can tell; the message lists the
    /// offices they did hold then. A person who declares no office is not checked: the record says nothing either way.
    /// </summary>
    private void CheckCapacity(SyntaxTree tree, KeywordClauseSyntax clause, StatementSymbol statement, string capacity)
    {
        var persons = statement.Actors.OfType<PersonSymbol>().Concat(statement.Via is { } via ? [via] : []).Distinct().ToList();
        if (persons.Count == 0)
        {
            Report(DiagnosticCatalog.CapacityWithoutPerson(At(tree, clause)));
            return;
        }

        foreach (var person in persons.Where(person => !person.Offices.IsEmpty))
        {
            var titled = person.Offices.Where(office => string.Equals(office.Title, capacity, StringComparison.Ordinal)).ToList();
            if (titled.Count > 0 && (statement.Date is not { } day || titled.Any(office => office.IsHeldDuring(day) != Truth.False))) continue;
            var held = statement.Date is { } date ? person.Offices.Where(office => office.IsHeldDuring(date) != Truth.False).ToList() : person.Offices.ToList();
            var heldText = held.Count == 0
                ? "they held no declared office then"
                : "offices held then: " + DiagnosticCatalog.ListSome(held.Select(office => "\"" + office.Title + "\""), held.Count);
            Report(DiagnosticCatalog.CapacityNotHeld(At(tree, clause), person.Name, capacity, titled.Count > 0 ? statement.Date?.ToString() : null, heldText));
        }
    }

    private static KeywordClauseSyntax? FindClause(SyntaxList<ClauseSyntax> clauses, SyntaxKind kind)
    {
        foreach (var clause in clauses)
        {
            if (clause is KeywordClauseSyntax keywordClause && keywordClause.Kind == kind) return keywordClause;
        }

        return null;
    }

    private void BindPredicate(SyntaxTree tree, PredicateSyntax predicate, StatementSymbol symbol)
    {
        symbol.IsNegated = predicate.NoKeyword is not null;
        if (predicate.Obligation is { } obligation) symbol.Obligation = obligation.Obligation;
        if (predicate.Target is NameSyntax targetName) symbol.TargetSymbol = LookupLabelOrActor(tree, targetName);
        else if (predicate.Target is StringLiteralSyntax targetText) symbol.SetWritten(RarePart.TargetText, targetText);

        switch (predicate.Content)
        {
            case StringLiteralSyntax text:
                symbol.SetText(text);
                break;
            case ReportedSpeechSyntax reported:
                var inner = new StatementSymbol("reported", symbol.SyntaxTree, reported, null, reported.Predicate.Verb.Kind)
                {
                    Actors = LookupActors(tree, reported.Actors),
                    Meeting = symbol.Meeting,
                    Talks = symbol.Talks,
                    // A reported violation happened when it was reported, as far as the records know.
                    Date = reported.Predicate.Verb.Commitment == CommitmentEffect.Violates ? symbol.Date : null,
                    ReportedIn = symbol,
                };
                BindPredicate(tree, reported.Predicate, inner);
                AddDeclared(reported, inner);
                _symbols.Add(inner);
                symbol.Reported = inner;
                break;
            case NameListSyntax rejected:
                var replied = ImmutableArray.CreateBuilder<StatementSymbol>();
                foreach (var name in rejected.Names)
                {
                    var expectation = "only a demand, proposal or offer can be " + Replies.PastTense(symbol.StatementKind);
                    if (LookupStatement(tree, name, expectation, StatementKind.Demand, StatementKind.Proposal, StatementKind.Offer) is not { } target) continue;
                    replied.Add(target);
                    // A reply counts across folders as a commitment's events do (CommitmentSettlement).
                    _events.Add(SettlementSite.Of(symbol, target, tree, name));
                }

                symbol.References = replied.ToImmutable();
                break;
            case NameSyntax agreementName when predicate.Verb.Object == VerbObject.Agreement:
                BindAgreementEvent(tree, symbol, agreementName);
                break;
            case NameSyntax commitmentName:
                if (LookupCommitment(tree, commitmentName) is { } commitment)
                {
                    symbol.References = ImmutableArray.Create<StatementSymbol>(commitment);
                    _events.Add(SettlementSite.Of(symbol, commitment, tree, commitmentName));
                }

                break;
        }
    }

    private void BindClauses(SyntaxTree tree, StatementSyntax syntax, StatementSymbol symbol, DateAnchor? anchor, DateTimeZone? zone)
    {
        var clauses = syntax.Clauses;
        var quantities = BindQuantities(tree, clauses);
        if (!quantities.IsEmpty) symbol.Quantities = quantities;
        var sources = BindSources(tree, clauses);
        if (!sources.IsEmpty)
        {
            symbol.Sources = sources;
            symbol.Source = FirstReporting(sources);
        }

        // `after` first: offsets in the deadline count from what it names.
        var offsetAnchor = anchor;
        var countsAlongCycle = false;
        foreach (var item in clauses)
        {
            if (item is not KeywordClauseSyntax { Kind: SyntaxKind.AfterClause } clause) continue;
            switch (clause.Value)
            {
                case StringLiteralSyntax text:
                    symbol.SetWritten(RarePart.AfterText, text);
                    break;
                case DateSyntax date:
                    symbol.AfterDate = ResolveDate(tree, date, anchor);
                    if (symbol.AfterDate is { } afterDate) offsetAnchor = new DateAnchor(afterDate, "the date it comes after, ", "");
                    break;
                case NameSyntax name:
                    symbol.AfterSymbol = LookupLabel(tree, name);
                    CountMilestoneFrom(tree, symbol, name);
                    if (symbol.AfterSymbol is StatementSymbol previous)
                    {
                        EnsureBound(previous);
                        // Still being bound means a cycle (NEG3014): its dates are not known yet, and counting from
                        // them would invent a deadline; so would counting from a deadline the cycle left unresolved.
                        countsAlongCycle = _bindingStatements.Contains(previous) || _deadlinesCutByCycle.Contains(previous);
                        if (countsAlongCycle) offsetAnchor = null;
                        // A lasting obligation has no deadline: what comes after it counts from the start of its period.
                        else if ((previous.Deadline ?? previous.From ?? previous.Date) is { } from)
                            offsetAnchor = new DateAnchor(from, "'" + previous.Name + "' (", ")");
                    }
                    else if (symbol.AfterSymbol is MeetingSymbol { Date: { } meetingDate } meeting)
                    {
                        offsetAnchor = new DateAnchor(meetingDate, "'" + meeting.Name + "' (", ")");
                    }

                    break;
            }
        }

        if (symbol is MilestoneSymbol counted && !ReferenceEquals(offsetAnchor, anchor)) counted.CountsFrom = offsetAnchor?.Interval;
        foreach (var item in clauses)
        {
            if (item is not KeywordClauseSyntax clause) continue;
            switch (clause.Kind)
            {
                case SyntaxKind.RecipientClause when clause.Value is NameListSyntax recipients:
                    symbol.Recipients = LookupActors(tree, recipients);
                    break;
                case SyntaxKind.OfClause when clause.Value is NameListSyntax addressees:
                    symbol.Addressees = LookupActors(tree, addressees);
                    break;
                case SyntaxKind.DeadlineClause when clause.Value is DateSyntax deadline:
                    var countsFromAfter = deadline is OffsetDateSyntax;
                    if (countsFromAfter && countsAlongCycle) _deadlinesCutByCycle.Add(symbol);
                    symbol.Deadline = countsFromAfter && countsAlongCycle ? LeaveUnresolved(tree, deadline)
                        : ResolveDate(tree, deadline, countsFromAfter ? offsetAnchor : anchor);
                    if (symbol is CommitmentSymbol commitment && symbol.Deadline is null)
                    {
                        commitment.HasUnresolvedDeadline = true;
                        commitment.DeadlineAsWritten = tree.Text.ToString(deadline.Span);
                    }
                    if (symbol is not MilestoneSymbol) CheckDeadline(tree, clause, symbol);
                    break;
                // A lasting obligation may start or end at a time of day ("from 00:00 Kyiv time"); elsewhere only the day counts.
                case SyntaxKind.FromClause when clause.Value is DateSyntax from && symbol.HasPeriod:
                    var start = ResolveDateAndTimes(tree, from, anchor, zone);
                    (symbol.From, symbol.FromTime) = (start.Interval, start.StartTime);
                    break;
                case SyntaxKind.UntilClause when clause.Value is DateSyntax until && symbol.HasPeriod:
                    var end = ResolveDateAndTimes(tree, until, anchor, zone);
                    (symbol.Until, symbol.UntilTime) = (end.Interval, end.EndTime ?? end.StartTime);
                    break;
                case SyntaxKind.FromClause when clause.Value is DateSyntax from:
                    symbol.From = ResolveDate(tree, from, anchor);
                    break;
                case SyntaxKind.UntilClause when clause.Value is DateSyntax until:
                    symbol.Until = ResolveDate(tree, until, anchor);
                    break;
                case SyntaxKind.ConditionClause when clause.Value is StringLiteralSyntax condition:
                    symbol.SetWritten(RarePart.Condition, condition);
                    break;
                case SyntaxKind.TopicClause when clause.Value is StringLiteralSyntax topic:
                    symbol.SetWritten(RarePart.Topic, topic);
                    break;
                case SyntaxKind.QuoteClause when clause.Value is StringLiteralSyntax quote:
                    symbol.SetWritten(RarePart.Quote, quote);
                    break;
                case SyntaxKind.ForClause:
                    BindFor(tree, symbol, clause.Value);
                    break;
                case SyntaxKind.UnderClause when clause.Value is NameSyntax under:
                    BindUnder(tree, symbol, clause, under);
                    break;
                case SyntaxKind.ViaClause when clause.Value is NameSyntax via:
                    symbol.Via = LookupPerson(tree, via, "a spokesperson (via)");
                    if (symbol.Via is not null && symbol.Actors.FirstOrDefault(actor => actor is PersonSymbol) is { } speaker)
                        Report(DiagnosticCatalog.ViaNeedsParty(At(tree, clause), symbol.Via.Name, speaker.Name));
                    break;
                case SyntaxKind.CapacityClause when clause.Value is StringLiteralSyntax capacity:
                    symbol.SetWritten(RarePart.Capacity, capacity);
                    break;
            }
        }

        if (FindClause(clauses, SyntaxKind.CapacityClause) is { } capacityClause && symbol.Capacity is { } acted) CheckCapacity(tree, capacityClause, symbol, acted);
    }

    private void CheckDeadline(SyntaxTree tree, KeywordClauseSyntax clause, StatementSymbol symbol)
    {
        if (symbol.Deadline is { } deadline && symbol.Date is { } said && deadline.IsBefore(said) == Truth.True)
            Report(DiagnosticCatalog.DeadlineBeforeStatement(At(tree, clause), deadline.ToString(), said.ToString()));
    }

    private void CheckStatement(SyntaxTree tree, StatementSyntax syntax, StatementSymbol symbol, MeetingSymbol? meeting)
    {
        if (syntax is not ActorStatementSyntax actorStatement) return;
        CheckAgreementStatement(tree, actorStatement, symbol);

        if (symbol.StatementKind == StatementKind.Agreement)
        {
            var distinct = symbol.Actors.Concat(symbol.Recipients).Distinct().ToList();
            if (distinct.Count < 2 && symbol.Actors.Length == actorStatement.Actors.Names.Count)
            {
                var found = distinct.Count == 0 ? "none is named" : $"only '{distinct[0].Name}' is named";
                Report(DiagnosticCatalog.AgreementNeedsTwoActors(At(tree, actorStatement.Actors), found));
            }
        }

        if (meeting is null || meeting.Participants.IsEmpty) return;
        ParticipantCover? cover = null;
        foreach (var name in actorStatement.Actors.Names)
        {
            if (!_scope.Tables[tree].References.TryGetValue(TreeBinding.KeyOf(name), out var actor) || actor is not ActorSymbol speaker) continue;
            cover ??= CoverOf(meeting);
            if (!cover.Covers(speaker))
                Report(DiagnosticCatalog.NotAParticipant(At(tree, name), speaker.Name, NamesOf(meeting.Participants)));
        }
    }

    /// <summary>Who speaks for a meeting's participants; made once per meeting (by each binder that checks its statements).</summary>
    private ParticipantCover CoverOf(MeetingSymbol meeting)
    {
        if (!_covers.TryGetValue(meeting, out var cover)) _covers[meeting] = cover = new ParticipantCover(meeting.Participants, Actors.PartyTree.Value, meeting.Statements.Length);
        return cover;
    }

    /// <summary>A few of the names, and how many more there are: what a message can hold.</summary>
    internal static string NamesOf(ImmutableArray<ActorSymbol> actors) => DiagnosticCatalog.ListSome(actors.Select(actor => actor.Name), actors.Length);

    // ---- Labels ---------------------------------------------------------------------------------

    private Symbol? LookupLabel(SyntaxTree tree, NameSyntax name) =>
        name.Identifier.IsMissing ? null : Lookup(tree, name, NameKind.Label);

    private Symbol? LookupLabelOrActor(SyntaxTree tree, NameSyntax name)
    {
        var names = _scope.NamesOf(tree);
        if (!name.Identifier.IsMissing && !names.TryGet(name.Identifier.Text, NameKind.Label, out _) && names.TryGet(name.Identifier.Text, NameKind.Actor, out _))
            return LookupActor(tree, name);
        return LookupLabel(tree, name);
    }

    private StatementSymbol? LookupStatement(SyntaxTree tree, NameSyntax name, string expectation, params StatementKind[] kinds)
    {
        var symbol = LookupLabel(tree, name);
        if (symbol is StatementSymbol statement && IsOneOf(statement.StatementKind, kinds)) return statement;
        if (symbol is not null) Report(DiagnosticCatalog.WrongKindOfReference(At(tree, name), name.Identifier.Text, Describe(symbol), expectation));
        return null;
    }

    // A loop, not Enumerable.Contains: LINQ over an enum array is generic code that ReadyToRun cannot prepare,
    // so every cold check would JIT-compile it.
    private static bool IsOneOf(StatementKind kind, StatementKind[] kinds)
    {
        foreach (var candidate in kinds)
        {
            if (candidate == kind) return true;
        }

        return false;
    }

    private CommitmentSymbol? LookupCommitment(SyntaxTree tree, NameSyntax name)
    {
        if (name.Identifier.IsMissing || Lookup(tree, name, NameKind.Commitment) is not { } symbol) return null;
        if (symbol is CommitmentSymbol commitment) return commitment;
        Report(DiagnosticCatalog.WrongKindOfReference(At(tree, name), name.Identifier.Text, Describe(symbol), "only a commitment can be fulfilled, broken or withdrawn"));
        return null;
    }

    internal static string Describe(Symbol symbol) => symbol switch
    {
        StatementSymbol statement => "a " + Verbs.Of(statement.StatementKind).Name,
        MeetingSymbol => "a meeting",
        TalksSymbol => "a round of talks",
        AgreementSymbol => "an agreement",
        PartySymbol => "a party",
        PersonSymbol => "a person",
        _ => "something else",
    };
}
