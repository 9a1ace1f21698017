using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>The file that the keystrokes of <see cref="KeystrokeScript"/> edit, opened as a language server holds it.</summary>
internal static class KeystrokeFile
{
    /// <summary>
    /// The file as a keystroke finds it: its text, its tree with the root held (the server's documents keep their roots,
    /// so an edit starts from the tree before: see Document), and its compilation bound and checked.
    /// </summary>
    public static (SourceText Text, SyntaxTree Tree, CompilationUnitSyntax Root, Compilation Compilation) Open(string text, string path)
    {
        var source = SourceText.From(text, path);
        var tree = SyntaxTree.Parse(source);
        var compilation = Compilation.Create([tree]);
        _ = compilation.GetDiagnostics();
        return (source, tree, tree.Root, compilation);
    }
}
