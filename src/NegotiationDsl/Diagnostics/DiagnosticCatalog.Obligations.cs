namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor NotAnAchievementDescriptor = new(
        "NEG5021", DiagnosticSeverity.Error, "Only an achievement is fulfilled or broken",
        "'{0}' is {1}: it is kept or violated, never {2}. Write `violates {0}` for a violation, `withdraws {0}` when a party renounces it.");

    public static readonly DiagnosticDescriptor DeadlineOnLastingObligationDescriptor = new(
        "NEG5022", DiagnosticSeverity.Error, "Deadline on a lasting obligation",
        "{0} has no deadline: it holds during a period. Write `from DATE` and `until DATE` instead of the deadline.");

    public static readonly DiagnosticDescriptor PeriodWithoutLastingObligationDescriptor = new(
        "NEG5023", DiagnosticSeverity.Error, "Period on a statement that does not last",
        "`{0}` gives the period of a maintenance obligation or prohibition; {1}. Write `commits to keep \"...\"` or `commits not to \"...\"`.");

    public static readonly DiagnosticDescriptor PeriodEndsBeforeStartDescriptor = new(
        "NEG5024", DiagnosticSeverity.Error, "Period ends before it starts", "The period ends on {0}, before it starts ({1}).");

    public static readonly DiagnosticDescriptor ViolationOfAchievementDescriptor = new(
        "NEG5025", DiagnosticSeverity.Error, "Violation of an achievement",
        "'{0}' is an achievement (a deliverable): it is fulfilled or broken, not violated. Write `breaks {0}`, or make it `commits to keep` or `commits not to`.");

    public static readonly DiagnosticDescriptor ViolationOutsidePeriodDescriptor = new(
        "NEG5026", DiagnosticSeverity.Warning, "Violation outside the obligation's period",
        "'{0}' is marked violated on {1}, but it is in force {2}.");

    public static readonly DiagnosticDescriptor ViolationAfterWithdrawalDescriptor = new(
        "NEG5027", DiagnosticSeverity.Warning, "Violation after the obligation ended",
        "'{0}' is marked violated on {1}, but was already {2} at {3}.", namesAPlace: true);

    public static readonly DiagnosticDescriptor ReplyBeforeItWasMadeDescriptor = new(
        "NEG5028", DiagnosticSeverity.Error, "Reply before the offer was made", "'{0}' is {1} on {2}, before it was made ({3}).");

    public static Diagnostic ReplyBeforeItWasMade(Location location, string name, string verb, string date, string made) =>
        Create(ReplyBeforeItWasMadeDescriptor, location, name, verb, date, made);

    public static Diagnostic NotAnAchievement(Location location, string name, string kind, string verb) =>
        Create(NotAnAchievementDescriptor, location, name, kind, verb);

    public static Diagnostic DeadlineOnLastingObligation(Location location, string kind) =>
        Create(DeadlineOnLastingObligationDescriptor, location, kind);

    public static Diagnostic PeriodWithoutLastingObligation(Location location, string keyword, string found) =>
        Create(PeriodWithoutLastingObligationDescriptor, location, keyword, found);

    public static Diagnostic PeriodEndsBeforeStart(Location location, string until, string from) =>
        Create(PeriodEndsBeforeStartDescriptor, location, until, from);

    public static Diagnostic ViolationOfAchievement(Location location, string name) => Create(ViolationOfAchievementDescriptor, location, name);

    public static Diagnostic ViolationOutsidePeriod(Location location, string name, string date, string period) =>
        Create(ViolationOutsidePeriodDescriptor, location, name, date, period);

    public static Diagnostic ViolationAfterWithdrawal(Location location, string name, string date, string verb, Location where) =>
        Create(ViolationAfterWithdrawalDescriptor, location, name, date, verb, where.ToString());
}
