using System.Linq;
using System.Reflection;
using NegotiationDsl.Benchmarks.Incremental;
using NegotiationDsl.Binding;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// A copy of the binding that fails (<see cref="ArchiveBinding.CopiedInto"/> throwing) must not be worse than binding: the
/// compilation binds the file instead, serves what a fresh compilation gives, and keeps what failed in
/// <see cref="Compilation.CopyFailure"/>.
/// </summary>
public sealed class CopyFallbackTests
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    [Fact]
    public void A_copy_that_throws_binds_the_file_instead()
    {
        const string text = "party USA state \"United States\";\nUSA says \"xy\";\n";
        var compilation = Bound(text);
        // No compilation reaches this state by itself: what was kept for a copy belongs to another tree of the same text,
        // so the copy meets symbols of the file before that it has not copied, and SymbolMap throws.
        var keptField = typeof(ArchiveBinding).GetField("_kept", Private)!;
        keptField.SetValue(BindingOf(compilation), keptField.GetValue(BindingOf(Bound(text))));
        var edited = text.Replace("xy", "xey", System.StringComparison.Ordinal);

        var next = compilation.WithSyntaxTree(compilation.SyntaxTrees[0].WithChangedText(SourceText.From(edited, "record.neg")));
        var diagnostics = next.GetDiagnostics();

        Assert.IsType<System.InvalidOperationException>(next.CopyFailure);
        Assert.False(next.IsBoundByCopy);
        var fresh = Bound(edited);
        Assert.Empty(CopyCheck.Differences(fresh.Binding, next.Binding, new SpanShift(int.MaxValue, int.MaxValue, 0)));
        Assert.Equal(fresh.GetDiagnostics().Select(diagnostic => diagnostic.ToString()), diagnostics.Select(diagnostic => diagnostic.ToString()));
    }

    private static Compilation Bound(string text)
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(text, "record.neg"))]);
        _ = compilation.GetDiagnostics();
        return compilation;
    }

    private static ArchiveBinding BindingOf(Compilation compilation) =>
        ((System.Lazy<ArchiveBinding>)typeof(Compilation).GetField("_binding", Private)!.GetValue(compilation)!).Value;
}
