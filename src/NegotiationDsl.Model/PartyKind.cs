namespace NegotiationDsl.Model;

public enum PartyKind
{
    Unspecified,
    State,
    Alliance,
    Organisation,
    Bloc,
    Body,
}
