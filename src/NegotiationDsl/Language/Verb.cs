using System.Collections.Generic;

namespace NegotiationDsl.Language;

/// <summary>
/// One row of the verb table (<see cref="Verbs"/>): a statement kind with its keyword spellings and
/// everything the compiler's back-ends say about it. Reported speech and outcomes are rows without a
/// keyword of their own (reported speech is <c>says</c> with actors; an outcome has its own keyword).
/// </summary>
public sealed class Verb
{
    private readonly string[] _spellings;

    internal Verb(StatementKind kind, string name, string title, VerbObject @object, params string[] spellings)
    {
        Kind = kind;
        Name = name;
        Title = title;
        Object = @object;
        _spellings = spellings;
    }

    public StatementKind Kind { get; }

    /// <summary>The one name of the kind in every output: JSON's <c>kind</c>, an unlabelled statement's name, messages.</summary>
    public string Name { get; }

    /// <summary>The heading of the kind's section in reports, which list the kinds in table order.</summary>
    public string Title { get; }

    /// <summary>What the verb takes after it.</summary>
    public VerbObject Object { get; }

    /// <summary>Every spelling of the keyword: the singular first (the canonical one), then the plural, then synonyms. Empty without a keyword.</summary>
    public IReadOnlyList<string> Spellings => _spellings;

    public bool HasKeyword => _spellings.Length > 0;

    /// <summary>The verb in a sentence about one actor (<c>hopes</c>), and about several (<c>hope</c>).</summary>
    public string Singular => HasKeyword ? _spellings[0] : SentenceVerb!.Singular;

    public string Plural => HasKeyword ? _spellings[1] : SentenceVerb!.Plural;

    /// <summary>For a row without a keyword, the verb its sentences use (reported speech: <c>says</c>).</summary>
    internal Verb? SentenceVerb { get; init; }

    /// <summary>Whether the act may be reported: <c>Ryabkov says West rejects ...</c>.</summary>
    public bool CanBeReported { get; init; }

    /// <summary>The CAMEO code where the project has fixed one (docs/schema/README.md), else null.</summary>
    public string? Cameo { get; init; }

    /// <summary>The PLOVER event type where the project has fixed one, else null.</summary>
    public string? Plover { get; init; }

    /// <summary>Whether the statement makes a commitment, settles one (fulfils, breaks, withdraws it) or reports its violation.</summary>
    public CommitmentEffect Commitment { get; init; }

    /// <summary>
    /// What the named commitment, milestone, offer or proposal was, in messages and reports: <c>fulfilled</c>, <c>violated</c>,
    /// <c>happened</c>, <c>accepted</c>; null unless the verb settles a commitment, records a milestone or replies to an offer.
    /// </summary>
    public string? Settled { get; init; }

    /// <summary>Whether the statement is an event in the life of an agreement (a document): signed, in force, extended, ...</summary>
    public bool IsAgreementEvent => Object is VerbObject.Agreement or VerbObject.IntoForce;

    public override string ToString() => Name;
}

/// <summary>What a verb takes after it; decides how the tree is built and what completion offers next.</summary>
public enum VerbObject
{
    /// <summary>A string: <c>hopes "for progress"</c>.</summary>
    Text,

    /// <summary>A string, or actors and a reported act: <c>says "x"</c>, <c>says West rejects x</c>.</summary>
    TextOrReport,

    /// <summary>What is assessed (a name or a string), then the assessment: <c>calls talks "unsuccessful"</c>.</summary>
    TargetAndText,

    /// <summary><c>no</c> or nothing, then a string: <c>expects no "breakthroughs"</c>.</summary>
    NegatableText,

    /// <summary>A string or labels separated by commas: <c>rejects demand_a, demand_b</c>, <c>accepts offer</c>, <c>answers proposal</c>.</summary>
    TextOrLabels,

    /// <summary>The label of a commitment: <c>fulfils written_response</c>, <c>violates ceasefire</c>.</summary>
    Commitment,

    /// <summary>The label of an agreement (a document): <c>signs new_start</c>.</summary>
    Agreement,

    /// <summary>The words <c>into force</c>; the statement's subject is the agreement: <c>new_start enters into force</c>.</summary>
    IntoForce,

    /// <summary>Nothing: the statement's subject is a milestone, <c>adoption_day happens</c>, <c>talks_resume fails</c>.</summary>
    Milestone,

    /// <summary>Rows without a verb of their own (reported speech, outcomes).</summary>
    None,
}

/// <summary>What a statement does to commitments.</summary>
public enum CommitmentEffect
{
    None,

    /// <summary>The statement is a commitment.</summary>
    Makes,

    /// <summary>The statement fulfils, breaks or withdraws a labelled commitment.</summary>
    Settles,

    /// <summary>The statement reports a violation of a maintenance obligation or prohibition, which stays in force.</summary>
    Violates,
}
