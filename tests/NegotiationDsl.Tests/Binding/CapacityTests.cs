using System.Linq;
using System.Text.Json;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Symbols;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>The capacity a person acted in (language.md §20.2), checked against the offices held on the statement's date.</summary>
public sealed class CapacityTests
{
    private const string Actors =
        "party Germany state;\nparty OSCE organisation;\n" +
        "person Steinmeier office \"Minister for Foreign Affairs\" of Germany from 2013-12-17 until 2017-01-27\n" +
        "    office \"Chairperson-in-Office\" of OSCE from 2016-01-01 until 2016-12-31;\n" +
        "person Nobody;\n";

    [Fact]
    public void A_capacity_held_on_the_day_is_kept()
    {
        AssertDiagnostics(Actors + "Steinmeier says \"x\" on 2016-03-01 as \"Chairperson-in-Office\";");
        var statement = Compile(Actors + "s: Steinmeier says \"x\" on 2016-03-01 as \"Chairperson-in-Office\";").Symbols.OfType<StatementSymbol>().Single(s => s.HasLabel);
        Assert.Equal("Chairperson-in-Office", statement.Capacity);
    }

    [Fact]
    public void A_capacity_not_held_on_the_day_names_the_offices_held_then()
    {
        AssertDiagnostics(Actors + "Steinmeier says \"x\" on 2017-03-01 [as \"Chairperson-in-Office\"];", "NEG5051");
        var message = Single(Actors + "Steinmeier says \"x\" on 2015-03-01 as \"Chairperson-in-Office\";", "NEG5051").Message;
        Assert.Equal("Steinmeier did not hold the office \"Chairperson-in-Office\" on 2015-03-01; offices held then: \"Minister for Foreign Affairs\".", message);
    }

    [Fact]
    public void A_title_the_person_never_held() =>
        Assert.Equal(
            "Steinmeier did not hold the office \"Chancellor\"; offices held then: \"Minister for Foreign Affairs\", \"Chairperson-in-Office\".",
            Single(Actors + "Steinmeier says \"x\" on 2016-03-01 as \"Chancellor\";", "NEG5051").Message);

    [Fact]
    public void A_person_without_offices_is_not_checked_and_a_party_alone_has_no_capacity() =>
        AssertDiagnostics(Actors + "Nobody says \"x\" on 2016-03-01 as \"Envoy\";\nGermany says \"y\" on 2016-03-01 [as \"Envoy\"];", "NEG5052");

    [Fact]
    public void Json_events_carry_the_capacity()
    {
        var root = JsonDocument.Parse(RecordJsonWriter.Write(Compile(Actors + "Steinmeier says \"x\" on 2016-03-01 as \"Chairperson-in-Office\";"), "test")).RootElement;

        Assert.Equal("Chairperson-in-Office", root.GetProperty("events")[0].GetProperty("capacity").GetString());
    }
}
