using System.Linq;
using System.Text.Json;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Tests.Emit;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Roles at meetings and rounds of talks (language.md §20): the table, each check at a pinned span, and the JSON.</summary>
public sealed class RoleTests
{
    private const string Actors = "party USA state;\nparty Egypt state;\nparty Israel state;\nperson Carter of USA;\nperson Sadat of Egypt;\nperson Begin of Israel;\n";

    [Fact]
    public void Roles_are_bound_in_the_order_written()
    {
        var meeting = Compile(Actors + "meeting \"Camp David\" with Sadat, Begin, Carter role host USA role mediator Carter < >").Symbols.OfType<MeetingSymbol>().Single();

        Assert.Equal(["host", "mediator"], meeting.Roles.Select(role => role.Role.Name));
        Assert.Equal("Carter", Assert.Single(meeting.Roles[1].Actors).Name);
    }

    [Fact]
    public void An_unknown_role_suggests_the_closest()
    {
        AssertDiagnostics(Actors + "meeting X with Carter role [chiar] Carter < >", "NEG5048");
        Assert.EndsWith("did you mean 'chair'?", Single(Actors + "meeting X with Carter role chiar Carter < >", "NEG5048").Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_mediator_not_among_the_participants_is_counted_as_one_with_a_warning()
    {
        AssertDiagnostics(Actors + "meeting X with Sadat, Begin role mediator [Carter] < >", "NEG5049");
        var meeting = Compile(Actors + "meeting X with Sadat, Begin role mediator Carter < >").Symbols.OfType<MeetingSymbol>().Single();
        Assert.Contains(meeting.Participants, actor => actor.Name == "Carter");
    }

    [Fact]
    public void A_host_need_not_take_part_and_a_participating_party_speaks_for_its_person() =>
        AssertDiagnostics(Actors + "meeting X with USA, Sadat, Begin role host Israel role mediator Carter < >\nmeeting Y role chair Carter < >");

    [Fact]
    public void A_role_given_twice() =>
        AssertDiagnostics(Actors + "talks \"t\" with Sadat, Begin, Carter role chair Sadat [role chair Begin] < >", "NEG5050");

    [Fact]
    public void The_schema_lists_the_roles_of_the_table()
    {
        using var schema = JsonDocument.Parse(RecordSchema.Text);
        var names = schema.RootElement.GetProperty("$defs").GetProperty("role").GetProperty("properties").GetProperty("role").GetProperty("enum")
            .EnumerateArray().Select(name => name.GetString()).ToList();

        Assert.Equal(Roles.All.Select(role => role.Name), names);
    }

    [Fact]
    public void Json_roles_carry_the_holders_ids_and_the_cameo_code_where_it_maps()
    {
        var root = JsonDocument.Parse(RecordJsonWriter.Write(Compile(Actors + "meeting X with Sadat, Begin, Carter role mediator Carter role chair Carter < >"), "test")).RootElement;

        var roles = root.GetProperty("meetings")[0].GetProperty("roles");
        Assert.Equal("mediator", roles[0].GetProperty("role").GetString());
        Assert.Equal("Carter", roles[0].GetProperty("actors")[0].GetString());
        Assert.Equal("045", roles[0].GetProperty("cameo").GetString());
        Assert.Equal(JsonValueKind.Null, roles[1].GetProperty("cameo").ValueKind);
    }
}
