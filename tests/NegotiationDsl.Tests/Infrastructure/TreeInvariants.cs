using NegotiationDsl.Fuzz.Oracle;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>What must hold for every parse of every input: fidelity, contiguity, spans inside the text (one list of rules, shared with the fuzzing campaign).</summary>
internal static class TreeInvariants
{
    public static void Check(SyntaxTree tree) => Assert.Empty(SyntaxInvariants.Violations(tree));
}
