namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor InvalidDateDescriptor = new(
        "NEG3001", DiagnosticSeverity.Error, "Invalid date", "'{0}' is not a valid date: {1}.");

    public static readonly DiagnosticDescriptor ReversedRangeDescriptor = new(
        "NEG3002", DiagnosticSeverity.Error, "Reversed date range", "The range ends ({1}) before it starts ({0}).");

    public static readonly DiagnosticDescriptor UnanchoredRelativeDateDescriptor = new(
        "NEG3003", DiagnosticSeverity.Warning, "Relative date without an anchor",
        "'{0}' cannot be resolved: there is no meeting date, statement date or publication date to count from; add `published DATE` to the record or a date to the meeting.");

    public static readonly DiagnosticDescriptor DeadlineBeforeStatementDescriptor = new(
        "NEG3004", DiagnosticSeverity.Warning, "Deadline before the statement", "The deadline {0} is before the statement was made ({1}).");

    public static readonly DiagnosticDescriptor NonPositiveDurationDescriptor = new(
        "NEG3005", DiagnosticSeverity.Error, "Duration is not positive", "The duration '{0}' must be greater than zero.");

    public static readonly DiagnosticDescriptor ImplausibleDurationDescriptor = new(
        "NEG3006", DiagnosticSeverity.Warning, "Implausible duration", "The duration '{0}' is longer than {1} hours, 24 hours for each of the meeting's {2} day(s).");

    public static readonly DiagnosticDescriptor ClampedDateDescriptor = new(
        "NEG3007", DiagnosticSeverity.Info, "Date clamped to the end of the month",
        "{0} plus {1} does not exist; using {2}, the last day of that month.");

    public static readonly DiagnosticDescriptor FuzzyDateWithoutPolicyDescriptor = new(
        "NEG3008", DiagnosticSeverity.Warning, "Fuzzy date without a policy",
        "'{0}' has no agreed meaning; declare one, for example `policy {0} within 7 days;`, or write a date.");

    public static readonly DiagnosticDescriptor InvalidTimeDescriptor = new(
        "NEG3009", DiagnosticSeverity.Error, "Invalid time of day", "'{0}' is not a valid time of day (00:00 to 23:59).");

    public static readonly DiagnosticDescriptor NotAWholeNumberDescriptor = new(
        "NEG3010", DiagnosticSeverity.Error, "Count must be a whole number", "'{0}' must be a whole number of {1}.");

    public static readonly DiagnosticDescriptor InvalidPolicyDescriptor = new(
        "NEG3011", DiagnosticSeverity.Error, "Invalid date policy", "A policy for '{0}' must be an offset such as `within 7 days` or `in 2 weeks`.");

    public static readonly DiagnosticDescriptor DuplicatePolicyDescriptor = new(
        "NEG3012", DiagnosticSeverity.Error, "Duplicate date policy", "'{0}' already has a policy, declared at {1}.", namesAPlace: true);

    public static readonly DiagnosticDescriptor DateOutOfRangeDescriptor = new(
        "NEG3013", DiagnosticSeverity.Error, "Date outside the calendar", "'{0}' lands outside the calendar, which runs from 0001-01-01 to 9999-12-31.");

    public static readonly DiagnosticDescriptor AfterCycleDescriptor = new(
        "NEG3014", DiagnosticSeverity.Error, "Cycle of 'after'",
        "The statements come after one another in a cycle: {0}. A date cannot count from itself; deadlines that count along the cycle stay unresolved.");

    public static readonly DiagnosticDescriptor DurationTooLongDescriptor = new(
        "NEG3015", DiagnosticSeverity.Error, "Duration too long", "The duration '{0}' is longer than {1} days, the longest a duration may be.");

    public static Diagnostic DateOutOfRange(Location location, string text) => Create(DateOutOfRangeDescriptor, location, text);

    public static Diagnostic AfterCycle(Location location, string cycle) => Create(AfterCycleDescriptor, location, cycle);

    public static Diagnostic DurationTooLong(Location location, string text, int maxDays) =>
        Create(DurationTooLongDescriptor, location, text, maxDays.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));

    public static Diagnostic InvalidDate(Location location, string text, string reason) => Create(InvalidDateDescriptor, location, text, reason);

    public static Diagnostic ReversedRange(Location location, string start, string end) => Create(ReversedRangeDescriptor, location, start, end);

    public static Diagnostic UnanchoredRelativeDate(Location location, string text) => Create(UnanchoredRelativeDateDescriptor, location, text);

    public static Diagnostic DeadlineBeforeStatement(Location location, string deadline, string statement) =>
        Create(DeadlineBeforeStatementDescriptor, location, deadline, statement);

    public static Diagnostic NonPositiveDuration(Location location, string text) => Create(NonPositiveDurationDescriptor, location, text);

    public static Diagnostic ImplausibleDuration(Location location, string text, int hours, int days) =>
        Create(ImplausibleDurationDescriptor, location, text, hours, days);

    public static Diagnostic ClampedDate(Location location, string start, string offset, string result) =>
        Create(ClampedDateDescriptor, location, start, offset, result);

    public static Diagnostic FuzzyDateWithoutPolicy(Location location, string word) => Create(FuzzyDateWithoutPolicyDescriptor, location, word);

    public static Diagnostic InvalidTime(Location location, string text) => Create(InvalidTimeDescriptor, location, text);

    public static Diagnostic NotAWholeNumber(Location location, string text, string unit) => Create(NotAWholeNumberDescriptor, location, text, unit);

    public static Diagnostic InvalidPolicy(Location location, string word) => Create(InvalidPolicyDescriptor, location, word);

    public static Diagnostic DuplicatePolicy(Location location, string word, Location previous) => Create(DuplicatePolicyDescriptor, location, word, previous.ToString());
}
