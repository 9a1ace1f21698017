namespace NegotiationDsl.Model;

/// <summary>
/// What kind of party a declaration names (<c>party NATO alliance</c>). The compiler binds to this enum
/// and generated models use it, so a new kind is added here once.
/// </summary>
public enum PartyKind
{
    Unspecified,
    State,
    Alliance,
    Organisation,
    Bloc,
    Body,
}
