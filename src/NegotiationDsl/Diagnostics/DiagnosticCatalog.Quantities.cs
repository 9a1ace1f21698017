namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownCurrencyDescriptor = new(
        "NEG5065", DiagnosticSeverity.Error, "Unknown currency", "'{0}' is not an ISO 4217 currency code{1}");

    public static readonly DiagnosticDescriptor UnknownScaleWordDescriptor = new(
        "NEG5066", DiagnosticSeverity.Error, "Unknown scale word", "'{0}' is not a scale word (thousand, million, billion, trillion){1}");

    public static readonly DiagnosticDescriptor UnitLooksMisspeltDescriptor = new(
        "NEG5067", DiagnosticSeverity.Warning, "Unit looks misspelt",
        "'{0}' is read as the things counted; did you mean '{1}'?");

    public static readonly DiagnosticDescriptor CountNotPositiveWholeDescriptor = new(
        "NEG5068", DiagnosticSeverity.Warning, "Count is not a positive whole number", "A count of {0} is {1}: a number of things is a whole number above zero.");

    public static readonly DiagnosticDescriptor UnknownBoundDescriptor = new(
        "NEG5069", DiagnosticSeverity.Error, "Unknown bound", "'at {0}' is not a bound: write 'about', 'at least' or 'at most'{1}");

    public static readonly DiagnosticDescriptor UnitAfterMoneyDescriptor = new(
        "NEG5070", DiagnosticSeverity.Error, "Unit after a sum of money",
        "A sum of money has no unit after it: '{0}' follows '{1}'. Write the currency before the number only ({1} 1.5 billion).");

    public static readonly DiagnosticDescriptor NumberTooLargeDescriptor = new(
        "NEG5071", DiagnosticSeverity.Error, "Quantity too large", "'{0}' is larger than a quantity can hold (about 7.9 × 10^28); it is left out.");

    public static Diagnostic NumberTooLarge(Location location, string written) => Create(NumberTooLargeDescriptor, location, written);

    public static Diagnostic UnknownCurrency(Location location, string code, string? suggestion) =>
        Create(UnknownCurrencyDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)), code, DidYouMean(suggestion));

    public static Diagnostic UnknownScaleWord(Location location, string word, string? suggestion) =>
        Create(UnknownScaleWordDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)), word, DidYouMean(suggestion));

    public static Diagnostic UnitLooksMisspelt(Location location, string word, string suggestion) =>
        Create(UnitLooksMisspeltDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)), word, suggestion);

    public static Diagnostic CountNotPositiveWhole(Location location, string unit, string value) => Create(CountNotPositiveWholeDescriptor, location, unit, value);

    public static Diagnostic UnknownBound(Location location, string word, string? suggestion) =>
        Create(UnknownBoundDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)), word, DidYouMean(suggestion));

    public static Diagnostic UnitAfterMoney(Location location, string unit, string currency) => Create(UnitAfterMoneyDescriptor, location, unit, currency);
}
