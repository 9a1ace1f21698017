using NegotiationDsl.Binding;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// A finished <see cref="TreeBinding"/> is only read, and the version of a file an edit made shares its set of used
/// uses with the version before: nothing written after it was made may show in it.
/// </summary>
public sealed class TreeBindingTests
{
    [Fact]
    public void A_use_found_after_the_binding_was_made_is_not_in_it()
    {
        var builder = new TreeBinding.Builder();
        builder.UsedImports.Add(0);

        var binding = builder.ToBinding();
        builder.UsedImports.Add(1);

        Assert.Equal([0], binding.UsedImports);
    }
}
