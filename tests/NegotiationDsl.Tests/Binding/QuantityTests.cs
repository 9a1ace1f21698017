using System.Linq;
using NegotiationDsl.Model;
using NegotiationDsl.Symbols;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Quantities with units and bounds, and bounded meeting durations: what binds, and each check.</summary>
public sealed class QuantityTests
{
    [Theory]
    [InlineData("amount about 5000 prisoners", 5000, "prisoners", UnitKind.Count, Approximation.About, "about 5,000 prisoners")]
    [InlineData("amount at least 50 km", 50, "km", UnitKind.Measure, Approximation.AtLeast, "at least 50 km")]
    [InlineData("amount at most 8600 troops", 8600, "troops", UnitKind.Count, Approximation.AtMost, "at most 8,600 troops")]
    [InlineData("amount USD 1.5 billion", 1_500_000_000, "USD", UnitKind.Currency, Approximation.Exact, "USD 1.5 billion")]
    [InlineData("amount 1.2 million people", 1_200_000, "people", UnitKind.Count, Approximation.Exact, "1.2 million people")]
    [InlineData("amount 30 percent", 30, "percent", UnitKind.Measure, Approximation.Exact, "30 percent")]
    [InlineData("amount 12", 12, null, UnitKind.None, Approximation.Exact, "12")]
    public void A_quantity_binds_to_its_value_unit_and_bound(string clause, double value, string? unit, UnitKind kind, Approximation approximation, string text)
    {
        var compilation = Compile($"party A;\nA says \"x\" {clause};");
        var quantity = compilation.Symbols.OfType<StatementSymbol>().Single().Quantities.Single();

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Code != "NEG2009"));
        Assert.Equal((decimal)value, quantity.Value);
        Assert.Equal((unit, kind, approximation, text), (quantity.Unit, quantity.UnitKind, quantity.Approximation, quantity.ToString()));
    }

    [Fact]
    public void Several_amounts_keep_their_order_and_subjects()
    {
        var statement = Compile("party A;\nA commits \"x\" amount at least 50 km \"for artillery\" amount 70 km \"for MLRS\";").Symbols.OfType<StatementSymbol>().Single();
        Assert.Equal(new[] { ("at least 50 km", "for artillery"), ("70 km", "for MLRS") }, statement.Quantities.Select(q => (q.ToString(), q.Subject ?? "")));
    }

    [Theory]
    [InlineData("about 8h", Approximation.About)]
    [InlineData("at least 16h", Approximation.AtLeast)]
    [InlineData("at most 2h", Approximation.AtMost)]
    [InlineData("8h", Approximation.Exact)]
    public void A_meeting_duration_may_be_bounded(string duration, Approximation approximation)
    {
        var meeting = Compile($"meeting Geneva 2022-01-21 {duration} < >").Symbols.OfType<MeetingSymbol>().Single();
        Assert.Equal(approximation, meeting.DurationApproximation);
        Assert.NotNull(meeting.Duration);
    }

    [Fact]
    public void NEG5065_an_unknown_currency_suggests_a_close_code()
    {
        AssertDiagnostics("party A;\nA says \"x\" amount [UDS] 1.5 billion;", "NEG5065");
        Assert.EndsWith("did you mean 'USD'?", Single("party A;\nA says \"x\" amount UDS 5;", "NEG5065").Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NEG5066_an_unknown_scale_word() =>
        AssertDiagnostics("party A;\nA says \"x\" amount 1.5 [bilion] people;", "NEG5066");

    [Fact]
    public void NEG5067_a_count_that_looks_like_a_misspelt_unit() =>
        AssertDiagnostics("party A;\nA says \"x\" amount 50 [kms];", "NEG5067");

    [Theory]
    [InlineData("0 prisoners")]
    [InlineData("2.5 prisoners")]
    public void NEG5068_a_count_that_is_not_a_positive_whole_number(string quantity) =>
        AssertDiagnostics($"party A;\nA says \"x\" amount [{quantity}];", "NEG5068");

    [Fact]
    public void A_fraction_with_a_scale_word_is_a_whole_count() =>
        AssertDiagnostics("party A;\nA says \"x\" amount 1.5 million people;");

    [Fact]
    public void NEG5069_an_unknown_bound() =>
        AssertDiagnostics("party A;\nA says \"x\" amount at [lest] 50 km;\nmeeting Geneva at [mots] 2h < >", "NEG5069", "NEG5069");

    [Fact]
    public void NEG5070_a_unit_after_a_sum_of_money() =>
        AssertDiagnostics("party A;\nA says \"x\" amount USD 5 million [km];", "NEG5070");

    [Fact]
    public void NEG5071_a_number_too_large_is_left_out_not_clamped()
    {
        AssertDiagnostics("party A;\nA says \"x\" amount [99999999999999999999999999999999] prisoners;\nA says \"y\" amount [90000000000000000000 trillion people];", "NEG5071", "NEG5071");
        Assert.All(Compile("party A;\nA says \"x\" amount 1" + new string('0', 5000) + " prisoners;").Symbols.OfType<StatementSymbol>(), statement => Assert.Empty(statement.Quantities));
    }
}
