using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>One statement of a record, with its names resolved and its dates resolved.</summary>
public class StatementSymbol : Symbol
{
    internal StatementSymbol(string name, SyntaxTree tree, SyntaxNode declaration, SyntaxToken? identifier, StatementKind statementKind)
        : base(name, tree, declaration, identifier)
    {
        StatementKind = statementKind;
    }

    public override SymbolKind Kind => SymbolKind.Statement;
    public StatementKind StatementKind { get; }

    /// <summary>True for a labelled statement (<c>written_response: ...</c>) that others can refer to.</summary>
    public bool HasLabel => Identifier is not null;

    /// <summary>Who made the statement (several for an agreement); empty for an outcome.</summary>
    public ImmutableArray<ActorSymbol> Actors { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;

    /// <summary>The statement's object: the deliverable, demand, assessment, expectation, ...</summary>
    public string? Text { get; internal set; }

    /// <summary>What an assessment (<c>calls X "..."</c>) is about: a symbol, or text when it names none.</summary>
    public Symbol? TargetSymbol { get; internal set; }
    public string? TargetText { get; internal set; }

    /// <summary><c>expects no ...</c>, <c>outcome no ...</c>.</summary>
    public bool IsNegated { get; internal set; }

    public ImmutableArray<ActorSymbol> Recipients { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;
    public ImmutableArray<ActorSymbol> Addressees { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;

    /// <summary>When the statement was made: its <c>on</c> date, else the meeting's, talks' or publication date.</summary>
    public DateInterval? Date { get; internal set; }
    public DateInterval? Deadline { get; internal set; }
    public string? Condition { get; internal set; }
    public Symbol? AfterSymbol { get; internal set; }
    public string? AfterText { get; internal set; }
    public DateInterval? AfterDate { get; internal set; }
    public string? Topic { get; internal set; }
    public string? Quote { get; internal set; }
    public string? Source { get; internal set; }

    /// <summary>The spokesperson through whom a party spoke (<c>via Peskov</c>).</summary>
    public PersonSymbol? Via { get; internal set; }

    public MeetingSymbol? Meeting { get; internal set; }
    public TalksSymbol? Talks { get; internal set; }

    /// <summary>For reported speech: the statement being reported.</summary>
    public StatementSymbol? Reported { get; internal set; }

    /// <summary>For a rejection, fulfilment, breach or withdrawal: the statements referred to by label.</summary>
    public ImmutableArray<StatementSymbol> References { get; internal set; } = ImmutableArray<StatementSymbol>.Empty;
}
