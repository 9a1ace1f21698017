using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>Every <c>neg</c> example in the language specification parses without a syntax diagnostic.</summary>
public sealed class DocumentationExampleTests
{
    public static IEnumerable<object[]> Examples()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Docs, "language.md"));
        var blocks = Regex.Matches(text, "```neg\n(.*?)```", RegexOptions.Singleline);
        return blocks.Select((match, index) => new object[] { index + 1, match.Groups[1].Value });
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_language_example_has_no_syntax_error(int number, string example)
    {
        var tree = SyntaxTree.ParseText(example, $"language.md example {number}");

        TreeInvariants.Check(tree);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void The_specification_has_an_example_for_many_constructs() => Assert.True(Examples().Count() >= 20);
}
