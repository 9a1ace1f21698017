using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// <c>// neg-disable-next-line NEG2001, NEG2009</c> silences those codes (all semantic codes when none
/// are listed) on the next line; <c>// neg-disable-line ...</c> does the same on its own line. Syntax
/// errors cannot be silenced.
/// </summary>
internal sealed class Suppressions
{
    public const string NextLineDirective = "neg-disable-next-line";
    public const string LineDirective = "neg-disable-line";

    private static readonly char[] Separators = { ',', ' ', '\t' };

    private readonly Dictionary<int, HashSet<string>?> _byLine = new();

    private Suppressions()
    {
    }

    /// <summary>The directives of one file, or null when it has none (nearly every file).</summary>
    public static Suppressions? From(SyntaxTree tree)
    {
        // Both directives start with this; a text search is far cheaper than walking every token.
        if (tree.Text.Text.IndexOf("neg-disable", StringComparison.Ordinal) < 0) return null;
        var suppressions = new Suppressions();
        foreach (var token in tree.Root.DescendantTokens())
        {
            suppressions.AddDirectives(tree, token.LeadingTrivia);
            suppressions.AddDirectives(tree, token.TrailingTrivia);
        }

        return suppressions;
    }

    private void AddDirectives(SyntaxTree tree, ImmutableArray<SyntaxTrivia> trivia)
    {
        foreach (var comment in trivia)
        {
            if (comment.Kind != SyntaxKind.LineCommentTrivia) continue;
            var text = comment.Text.Substring(2).Trim();
            var line = tree.Text.GetLineIndex(comment.Position);
            if (text.StartsWith(NextLineDirective, StringComparison.Ordinal)) Add(line + 1, text.Substring(NextLineDirective.Length));
            else if (text.StartsWith(LineDirective, StringComparison.Ordinal)) Add(line, text.Substring(LineDirective.Length));
        }
    }

    public bool IsSuppressed(Diagnostic diagnostic)
    {
        if (CompilationOptions.IsSyntax(diagnostic.Code)) return false;
        if (!_byLine.TryGetValue(diagnostic.Location.LineSpan.Start.Line, out var codes)) return false;
        return codes is null || codes.Contains(diagnostic.Code);
    }

    private void Add(int line, string codeList)
    {
        var codes = codeList.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (codes.Length == 0)
        {
            _byLine[line] = null;
            return;
        }

        if (_byLine.TryGetValue(line, out var existing) && existing is null) return;
        if (existing is null) _byLine[line] = existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes) existing.Add(code);
    }
}
