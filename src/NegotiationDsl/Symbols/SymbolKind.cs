namespace NegotiationDsl.Symbols;

public enum SymbolKind
{
    Party,
    Person,
    Meeting,
    Talks,
    Statement,
    Commitment,
    Agreement,
    Milestone,
}
