using NegotiationDsl.Diagnostics;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Diagnostics;

/// <summary>What a diagnostic carries besides its message: where it is (a span, a whole file, or nothing) and its properties.</summary>
public sealed class DiagnosticDataTests
{
    private static readonly Location InSource = new(SourceText.From("person Blinken;\nBlinkin says \"x\";\n", "a.neg"), new TextSpan(16, 7));

    [Fact]
    public void Unknown_names_carry_the_name_and_the_suggestion_as_properties()
    {
        var withSuggestion = DiagnosticCatalog.UnknownName(InSource, "Blinkin", "Blinken");
        var without = DiagnosticCatalog.UnknownName(InSource, "Nobody", null);
        var commitment = DiagnosticCatalog.UnknownCommitment(InSource, "talk", "talks");

        Assert.Equal([new("name", "Blinkin"), new("suggestion", "Blinken")], withSuggestion.Properties);
        Assert.Equal([new("name", "Nobody")], without.Properties);
        Assert.Equal("talks", commitment.Properties[DiagnosticProperties.Suggestion]);
        Assert.Same(withSuggestion.Properties, withSuggestion.WithSeverity(DiagnosticSeverity.Warning).Properties);
        Assert.Empty(DiagnosticCatalog.UnterminatedString(InSource).Properties);
    }

    [Fact]
    public void The_canonical_line_names_a_span_a_file_or_nothing_as_its_origin()
    {
        Assert.Equal("a.neg(2,1): error NEG2001: 'Blinkin' is not declared.", DiagnosticCatalog.UnknownName(InSource, "Blinkin", null).ToString());
        Assert.Equal("gone.neg: error NEG9001: No such file or folder: 'gone.neg'.", DiagnosticCatalog.PathNotFound("gone.neg").ToString());
        Assert.Equal("error NEG9005: --x is not an option.", DiagnosticCatalog.InvalidArgument("--x is not an option.").ToString());
    }

    [Fact]
    public void Tool_errors_are_located_at_the_file_they_are_about_or_nowhere()
    {
        var notFound = DiagnosticCatalog.PathNotFound("records/gone.neg");
        var argument = DiagnosticCatalog.InvalidArgument("--as-of 'x' is not a date.");

        Assert.Equal(LocationKind.File, notFound.Location.Kind);
        Assert.Equal("records/gone.neg", notFound.Location.FilePath);
        Assert.False(notFound.Location.IsInSource);
        Assert.Null(notFound.Location.Text);
        Assert.Same(Location.None, argument.Location);
        Assert.Equal("", argument.Location.FilePath);
        Assert.Equal(LocationKind.Source, InSource.Kind);
        Assert.True(InSource.IsInSource);
    }
}
