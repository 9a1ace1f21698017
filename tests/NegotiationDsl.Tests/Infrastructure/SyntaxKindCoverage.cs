using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Language;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>Which kinds of node, token and trivia a set of clean records leaves unused (for generators that claim the whole language).</summary>
internal static class SyntaxKindCoverage
{
    /// <summary>Kinds a record without syntax errors cannot contain: recovery's output and unterminated literals.</summary>
    private static readonly SyntaxKind[] OnlyInBrokenRecords =
    [
        SyntaxKind.SkippedTokensTrivia, SyntaxKind.UnterminatedStringLiteralToken, SyntaxKind.UnterminatedBlockCommentTrivia,
        SyntaxKind.UnexpectedCharactersTrivia, SyntaxKind.None,
    ];

    /// <summary>The verbs (statement kinds of the verb table) that no predicate of <paramref name="trees"/> uses.</summary>
    public static List<string> UnusedVerbs(IEnumerable<SyntaxTree> trees)
    {
        var used = trees.SelectMany(tree => tree.Root.DescendantNodesAndSelf().OfType<PredicateSyntax>()).Select(predicate => predicate.Verb).ToHashSet();
        return Verbs.All.Where(verb => verb.HasKeyword || verb.Kind == StatementKind.ReportedSpeech).Where(verb => !used.Contains(verb)).Select(verb => verb.Name).ToList();
    }

    /// <summary>The forms of the language that one kind does not tell apart and that no node of <paramref name="trees"/> has.</summary>
    public static List<string> UnusedForms(IEnumerable<SyntaxTree> trees)
    {
        var forms = new (string Name, Func<SyntaxNode, bool> Has)[]
        {
            ("a use without an alias", node => node is UseDeclarationSyntax { Alias: null }),
            ("a use with an alias", node => node is UseDeclarationSyntax { Alias: not null }),
            ("a name qualified by an alias", node => node is NameSyntax { Qualifier: not null }),
        };
        var nodes = trees.SelectMany(tree => tree.Root.DescendantNodesAndSelf()).ToList();
        return forms.Where(form => !nodes.Any(form.Has)).Select(form => form.Name).ToList();
    }

    public static List<SyntaxKind> Unused(IEnumerable<SyntaxTree> trees, params SyntaxKind[] notExpected)
    {
        var used = new HashSet<SyntaxKind>(OnlyInBrokenRecords.Concat(notExpected));
        foreach (var tree in trees)
        {
            foreach (var node in tree.Root.DescendantNodesAndSelf()) used.Add(node.Kind);
            foreach (var token in tree.Root.DescendantTokens())
            {
                used.Add(token.Kind);
                foreach (var trivia in token.LeadingTrivia) used.Add(trivia.Kind);
                foreach (var trivia in token.TrailingTrivia) used.Add(trivia.Kind);
            }
        }

        return Enum.GetValues<SyntaxKind>().Where(kind => !used.Contains(kind)).ToList();
    }
}
