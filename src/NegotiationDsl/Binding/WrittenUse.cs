using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// A use as written in a file, without its nodes: an archive resolves every file's uses at each edit, and must not
/// parse unchanged files again to do it (their roots are let go once bound). Read once per tree and kept with it.
/// </summary>
internal sealed record WrittenUse(int Index, string Path, string? Alias, TextSpan PathSpan, TextSpan Span)
{
    private static readonly ConditionalWeakTable<SyntaxTree, WrittenUse[]> s_byTree = new();

    public static WrittenUse[] Of(SyntaxTree tree) => s_byTree.GetValue(tree, Read);

    private static WrittenUse[] Read(SyntaxTree tree)
    {
        var builder = new System.Collections.Generic.List<WrittenUse>();
        var index = 0;
        foreach (var use in tree.Root.Members.OfType<UseDeclarationSyntax>())
        {
            var position = index++;
            if (use.Path.Token.IsMissing || !use.Path.IsTerminated) continue;
            builder.Add(new WrittenUse(position, use.Path.Value, use.Alias is { IsMissing: false } alias ? alias.Text : null, use.Path.Span, use.Span));
        }

        return builder.ToArray();
    }
}
