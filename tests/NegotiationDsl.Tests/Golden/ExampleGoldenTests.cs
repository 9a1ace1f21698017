using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Golden;

/// <summary>
/// The examples are an archive (examples/negarchive.json): each of its folders is one compilation, bound with
/// the whole archive; its symbol table and resolved dates are kept in tests/golden/examples/&lt;folder&gt;.symbols.txt.
/// The examples must also check without errors or warnings.
/// </summary>
public sealed class ExampleGoldenTests
{
    public static IEnumerable<object[]> Folders() =>
        Directory.GetDirectories(RepoPaths.Examples, "*", SearchOption.AllDirectories)
            .Where(folder => Directory.GetFiles(folder, "*.neg").Length > 0)
            .Select(folder => Path.GetRelativePath(RepoPaths.Root, folder).Replace('\\', '/'))
            .OrderBy(folder => folder, System.StringComparer.Ordinal)
            .Select(folder => new object[] { folder });

    [Theory]
    [MemberData(nameof(Folders))]
    public void Symbol_table_and_resolved_dates_match_golden(string folder)
    {
        var compilation = Compile(folder);

        GoldenFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "golden", "examples", Name(folder) + ".symbols.txt"), SymbolTablePrinter.Print(compilation));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void The_example_has_no_error_and_no_warning(string folder)
    {
        var problems = Compile(folder).GetDiagnostics().Where(d => d.Severity >= NegotiationDsl.Diagnostics.DiagnosticSeverity.Warning);

        Assert.Empty(problems.Select(d => d.ToString()));
    }

    /// <summary>The name of an example compilation in golden files: the folder's path below examples/, with dashes.</summary>
    internal static string Name(string folder) => folder.Substring("examples/".Length).Replace('/', '-');

    /// <summary>A fresh archive of every example, its paths relative to the repository as <c>negc</c> run there names them.</summary>
    internal static Archive Archive()
    {
        var trees = Directory.GetFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/'))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => SyntaxTree.Parse(SourceText.From(File.ReadAllBytes(Path.Combine(RepoPaths.Root, path)), path)));
        return NegotiationDsl.Archive.Create("examples", trees);
    }

    /// <summary>The compilation of one folder of a fresh archive of the examples (<c>examples/geneva-2022</c>).</summary>
    internal static Compilation Compile(string folder) =>
        Archive().GetCompilation(folder) ?? throw new System.ArgumentException($"{folder} holds no records of the examples", nameof(folder));
}
