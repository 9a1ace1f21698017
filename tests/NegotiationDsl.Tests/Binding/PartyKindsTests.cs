using System;
using System.Linq;
using NegotiationDsl.Symbols;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

public sealed class PartyKindsTests
{
    [Fact]
    public void Every_party_kind_is_declared_by_its_keyword_and_written_as_its_name()
    {
        // A kind added to the shared enum without its keyword would bind as unspecified and write nothing.
        foreach (var kind in Enum.GetValues<PartyKind>().Where(kind => kind != PartyKind.Unspecified))
        {
            Assert.Equal(kind.ToString().ToLowerInvariant(), PartyKinds.Word(kind));
            var party = (PartySymbol)BindingHelper.Compile($"party P {PartyKinds.Word(kind)};").Symbols.Single();
            Assert.Equal(kind, party.PartyKind);
        }

        Assert.Null(PartyKinds.Word(PartyKind.Unspecified));
        Assert.Equal(PartyKind.Unspecified, ((PartySymbol)BindingHelper.Compile("party P;").Symbols.Single()).PartyKind);
    }
}
