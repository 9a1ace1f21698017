using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace NegotiationDsl.Language;

/// <summary>
/// The verb table: one row per statement kind, in the order reports list them. The keyword spellings,
/// the tree's predicates, the binder's statement kinds, the reports' sentences and sections, the JSON
/// event coding and the editor's completion all read it. Tests compare it with the ANTLR lexer and
/// parser, the TextMate grammar, docs/language.md and the JSON schema (CONTRIBUTING.md: add a verb).
/// </summary>
public static class Verbs
{
    private static readonly Verb Says = new(StatementKind.Statement, "statement", "Statements", VerbObject.TextOrReport, "says", "say") { Cameo = "010" };

    /// <summary>Every row, in report order.</summary>
    public static ImmutableArray<Verb> All { get; } = ImmutableArray.Create(
        new Verb(StatementKind.Commitment, "commitment", "Commitments", VerbObject.Text, "commits", "commit")
            { CanBeReported = true, Cameo = "030", Plover = "AGREE", Commitment = CommitmentEffect.Makes },
        new Verb(StatementKind.Demand, "demand", "Demands", VerbObject.Text, "demands", "demand") { CanBeReported = true, Cameo = "100", Plover = "REQUEST" },
        new Verb(StatementKind.Proposal, "proposal", "Proposals", VerbObject.Text, "proposes", "propose") { CanBeReported = true },
        new Verb(StatementKind.Offer, "offer", "Offers", VerbObject.Text, "offers", "offer") { CanBeReported = true },
        new Verb(StatementKind.Rejection, "rejection", "Rejections", VerbObject.TextOrLabels, "rejects", "reject", "refuses", "refuse")
            { CanBeReported = true, Cameo = "120", Plover = "REJECT", Settled = "rejected" },
        new Verb(StatementKind.Acceptance, "acceptance", "Acceptances", VerbObject.TextOrLabels, "accepts", "accept")
            { CanBeReported = true, Cameo = "030", Plover = "AGREE", Settled = "accepted" },
        new Verb(StatementKind.Answer, "answer", "Answers", VerbObject.TextOrLabels, "answers", "answer") { CanBeReported = true, Settled = "answered" },
        new Verb(StatementKind.Agreement, "agreement", "Agreements", VerbObject.Text, "agrees", "agree") { CanBeReported = true, Cameo = "030", Plover = "AGREE" },
        Says,
        new Verb(StatementKind.ReportedSpeech, "reportedSpeech", "Reported speech", VerbObject.None) { SentenceVerb = Says },
        new Verb(StatementKind.Assessment, "assessment", "Assessments", VerbObject.TargetAndText, "calls", "call") { CanBeReported = true, Cameo = "010" },
        new Verb(StatementKind.Question, "question", "Questions", VerbObject.Text, "asks", "ask") { CanBeReported = true },
        new Verb(StatementKind.Expectation, "expectation", "Expectations", VerbObject.NegatableText, "expects", "expect") { CanBeReported = true, Cameo = "010" },
        new Verb(StatementKind.Hope, "hope", "Hopes", VerbObject.Text, "hopes", "hope") { CanBeReported = true },
        new Verb(StatementKind.Denial, "denial", "Denials", VerbObject.Text, "denies", "deny") { CanBeReported = true },
        new Verb(StatementKind.Confirmation, "confirmation", "Confirmations", VerbObject.Text, "confirms", "confirm") { CanBeReported = true },
        new Verb(StatementKind.Outcome, "outcome", "Outcomes", VerbObject.None),
        new Verb(StatementKind.Milestone, "milestone", "Milestones", VerbObject.None),
        new Verb(StatementKind.Occurrence, "occurrence", "Milestones that happened", VerbObject.Milestone, "happens", "happen") { Settled = "happened" },
        new Verb(StatementKind.NonOccurrence, "nonOccurrence", "Milestones that did not happen", VerbObject.Milestone, "fails", "fail") { Settled = "did not happen" },
        new Verb(StatementKind.Fulfilment, "fulfilment", "Fulfilments", VerbObject.Commitment, "fulfils", "fulfil", "fulfills", "fulfill")
            { Commitment = CommitmentEffect.Settles, Settled = "fulfilled" },
        new Verb(StatementKind.Breach, "breach", "Breaches", VerbObject.Commitment, "breaks", "break") { Commitment = CommitmentEffect.Settles, Settled = "broken" },
        new Verb(StatementKind.Violation, "violation", "Violations", VerbObject.Commitment, "violates", "violate")
            { CanBeReported = true, Commitment = CommitmentEffect.Violates, Settled = "violated" },
        new Verb(StatementKind.Withdrawal, "withdrawal", "Withdrawals", VerbObject.Commitment, "withdraws", "withdraw")
            { Commitment = CommitmentEffect.Settles, Settled = "withdrawn" },
        new Verb(StatementKind.Signing, "signing", "Signatures", VerbObject.Agreement, "signs", "sign") { Cameo = "057", Plover = "AGREE" },
        new Verb(StatementKind.Witnessing, "witnessing", "Witnesses", VerbObject.Agreement, "witnesses", "witness"),
        new Verb(StatementKind.Guarantee, "guarantee", "Guarantees", VerbObject.Agreement, "guarantees", "guarantee") { Cameo = "030", Plover = "AGREE" },
        new Verb(StatementKind.Adoption, "adoption", "Adoptions", VerbObject.Agreement, "adopts", "adopt") { Cameo = "057", Plover = "AGREE" },
        new Verb(StatementKind.Ratification, "ratification", "Ratifications", VerbObject.Agreement, "ratifies", "ratify") { Cameo = "057", Plover = "AGREE" },
        new Verb(StatementKind.EntryIntoForce, "entryIntoForce", "Entries into force", VerbObject.IntoForce, "enters", "enter"),
        new Verb(StatementKind.Extension, "extension", "Extensions", VerbObject.Agreement, "extends", "extend"),
        new Verb(StatementKind.Renewal, "renewal", "Renewals", VerbObject.Agreement, "renews", "renew"),
        new Verb(StatementKind.Suspension, "suspension", "Suspensions", VerbObject.Agreement, "suspends", "suspend"),
        new Verb(StatementKind.Resumption, "resumption", "Resumptions", VerbObject.Agreement, "resumes", "resume"),
        new Verb(StatementKind.Termination, "termination", "Terminations", VerbObject.Agreement, "terminates", "terminate"));

    private static readonly Verb[] ByKind = IndexByKind();
    private static readonly Dictionary<string, Verb> BySpelling = IndexBySpelling();

    /// <summary>The rows with a keyword of their own, in report order.</summary>
    public static IEnumerable<Verb> WithKeyword
    {
        get
        {
            foreach (var verb in All)
            {
                if (verb.HasKeyword) yield return verb;
            }
        }
    }

    public static Verb Of(StatementKind kind) => ByKind[(int)kind];

    /// <summary>The verb a keyword spelling stands for (<c>confirm</c>, <c>refuses</c>), or null.</summary>
    public static Verb? FromSpelling(string text) => BySpelling.TryGetValue(text, out var verb) ? verb : null;

    private static Verb[] IndexByKind()
    {
        var result = new Verb[All.Length];
        foreach (var verb in All) result[(int)verb.Kind] = verb;
        return result;
    }

    private static Dictionary<string, Verb> IndexBySpelling()
    {
        var result = new Dictionary<string, Verb>(StringComparer.Ordinal);
        foreach (var verb in All)
        {
            foreach (var spelling in verb.Spellings) result.Add(spelling, verb);
        }

        return result;
    }
}
