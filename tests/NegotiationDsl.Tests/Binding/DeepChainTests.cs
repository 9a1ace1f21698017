using System;
using System.Linq;
using System.Text;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// Chains as long as a file can make them (statements each after the next, parties each of the previous) are
/// walked with stacks of the compiler's own. Each test runs on a thread with a small stack, so that a
/// recursion over the chain would overflow it and end the test run, as it ended negc (exit code 134) before.
/// </summary>
public sealed class DeepChainTests
{
    private const int SmallStack = 256 * 1024;

    [Fact]
    public void A_hundred_thousand_statements_each_after_the_next_bind()
    {
        var text = new StringBuilder("party A;\n");
        const int count = 100_000;
        for (var i = 0; i < count - 1; i++) text.Append('s').Append(i).Append(": A says \"x\" after s").Append(i + 1).Append(";\n");
        text.Append('s').Append(count - 1).Append(": A says \"x\" on 2022-01-01;\nB says \"the one error\";\n");

        var codes = OnSmallStack(() => Compilation.Create([SyntaxTree.ParseText(text.ToString())]).GetDiagnostics().Select(d => d.Code).ToArray());

        Assert.Equal(["NEG2001"], codes);
    }

    [Fact]
    public void A_hundred_thousand_parties_each_of_the_previous_bind_and_the_participant_check_walks_them()
    {
        var text = new StringBuilder("party P0;\n");
        const int count = 100_000;
        for (var i = 1; i < count; i++) text.Append("party P").Append(i).Append(" of P").Append(i - 1).Append(";\n");
        text.Append("meeting Geneva 2022-01-21 with P0 <\n  P").Append(count - 1).Append(" says \"x\";\n>\n");

        var codes = OnSmallStack(() => Compilation.Create([SyntaxTree.ParseText(text.ToString())]).GetDiagnostics().Where(d => d.IsError).Select(d => d.Code).ToArray());

        Assert.Empty(codes);
    }

    [Fact]
    public void The_C_sharp_model_of_a_long_chain_of_parties_lists_each_after_its_parent()
    {
        var text = new StringBuilder("party P0;\n");
        const int count = 3_000;
        for (var i = 1; i < count; i++) text.Append("party P").Append(i).Append(" of P").Append(i - 1).Append(";\n");
        var compilation = Compilation.Create([SyntaxTree.ParseText(text.ToString(), "chain.neg")]);

        var source = OnSmallStack(() => CSharpModelEmitter.Emit(compilation, "chain"));

        Assert.True(source.IndexOf("P2998 =", StringComparison.Ordinal) > source.IndexOf("P2997 =", StringComparison.Ordinal), "a party comes after its parent");
        Assert.True(source.IndexOf("P1 =", StringComparison.Ordinal) > source.IndexOf("P0 =", StringComparison.Ordinal));
    }

    private static T OnSmallStack<T>(Func<T> work) => OwnThread.Run(work, SmallStack).Result;
}
