using System;
using NegotiationDsl.Binding;
using NegotiationDsl.Model;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

public sealed class StatementKindNameTests
{
    [Fact]
    public void Every_statement_kind_has_its_lower_case_name_written_out()
    {
        // The binder's table of names must follow the enum when a kind is added or renamed.
        foreach (var kind in Enum.GetValues<StatementKind>())
            Assert.Equal(kind.ToString().ToLowerInvariant(), Binder.LowerCaseName(kind));
    }
}
