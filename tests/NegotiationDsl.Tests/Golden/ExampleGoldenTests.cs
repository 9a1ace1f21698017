using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Golden;

/// <summary>
/// Each folder of examples is one compilation; its symbol table and resolved dates are kept in
/// tests/golden/examples/&lt;folder&gt;.symbols.txt. The examples must also check without errors or warnings.
/// </summary>
public sealed class ExampleGoldenTests
{
    public static IEnumerable<object[]> Folders() =>
        new[] { RepoPaths.Examples }.Concat(Directory.GetDirectories(RepoPaths.Examples, "*", SearchOption.AllDirectories))
            .Where(folder => Directory.GetFiles(folder, "*.neg").Length > 0)
            .Select(folder => Path.GetRelativePath(RepoPaths.Root, folder).Replace('\\', '/'))
            .OrderBy(folder => folder, System.StringComparer.Ordinal)
            .Select(folder => new object[] { folder });

    [Theory]
    [MemberData(nameof(Folders))]
    public void Symbol_table_and_resolved_dates_match_golden(string folder)
    {
        var compilation = Compile(folder);
        var name = folder == "examples" ? "examples" : folder.Substring("examples/".Length).Replace('/', '-');

        GoldenFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "golden", "examples", name + ".symbols.txt"), SymbolTablePrinter.Print(compilation));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void The_example_has_no_error_and_no_warning(string folder)
    {
        var problems = Compile(folder).GetDiagnostics().Where(d => d.Severity >= NegotiationDsl.Diagnostics.DiagnosticSeverity.Warning);

        Assert.Empty(problems.Select(d => d.ToString()));
    }

    internal static Compilation Compile(string folder)
    {
        var trees = Directory.GetFiles(Path.Combine(RepoPaths.Root, folder), "*.neg")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => SyntaxTree.Parse(SourceText.From(File.ReadAllBytes(path), Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/'))));
        return Compilation.Create(trees);
    }
}
