namespace NegotiationDsl.Symbols;

public enum PartyKind
{
    Unspecified,
    State,
    Alliance,
    Organisation,
    Bloc,
    Body,
}
