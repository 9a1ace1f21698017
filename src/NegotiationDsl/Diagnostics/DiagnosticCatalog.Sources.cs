namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor InvalidGradeDescriptor = new(
        "NEG5061", DiagnosticSeverity.Error, "Invalid source grade",
        "'{0}' is not a grade: write the source's reliability (A-F) and the information's credibility (1-6), such as B2{1}");

    public static readonly DiagnosticDescriptor GradeWithoutSourceDescriptor = new(
        "NEG5062", DiagnosticSeverity.Error, "Grade without a source",
        "A grade follows the source it grades: write `source \"…\" graded {0}`.");

    public static readonly DiagnosticDescriptor SourceNamedTwiceDescriptor = new(
        "NEG5063", DiagnosticSeverity.Warning, "Source named twice", "'{0}' is already named as a source here.");

    public static readonly DiagnosticDescriptor SourceReportsAndDisputesDescriptor = new(
        "NEG5064", DiagnosticSeverity.Error, "Source both reports and disputes",
        "'{0}' is named as a source that reports this statement and as one that disputes it.");

    public static Diagnostic InvalidGrade(Location location, string grade, string? suggestion) =>
        Create(InvalidGradeDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)), grade, DidYouMean(suggestion));

    public static Diagnostic GradeWithoutSource(Location location, string grade) => Create(GradeWithoutSourceDescriptor, location, grade);

    public static Diagnostic SourceNamedTwice(Location location, string source) => Create(SourceNamedTwiceDescriptor, location, source);

    public static Diagnostic SourceReportsAndDisputes(Location location, string source) => Create(SourceReportsAndDisputesDescriptor, location, source);
}
