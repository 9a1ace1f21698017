using System.IO;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Editor;

/// <summary>The record the extension's walkthrough puts into a newcomer's workspace stands alone and is clean.</summary>
public sealed class WalkthroughExampleTests
{
    [Fact]
    public void The_walkthrough_example_has_no_error_or_warning_on_its_own()
    {
        var path = Path.Combine(EditorSnippets.ExtensionFolder, "walkthrough", "geneva-2022.neg");
        var tree = SyntaxTree.ParseText(File.ReadAllText(path), path);

        var problems = Compilation.Create([tree]).GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);

        Assert.Empty(problems.Select(diagnostic => diagnostic.ToString()));
    }
}
