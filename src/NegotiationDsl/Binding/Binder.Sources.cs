using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Model;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>The sources a record header, meeting, round of talks or statement names, each with the grade written after it.</summary>
internal sealed partial class Binder
{
    /// <summary>
    /// <c>source "…"</c> and <c>disputed by "…"</c> in the order written; <c>graded B2</c> grades the source
    /// right before it. A string the parser had to insert names no source.
    /// </summary>
    private ImmutableArray<CitedSource> BindSources(SyntaxTree tree, SyntaxList<ClauseSyntax> clauses)
    {
        ImmutableArray<CitedSource>.Builder? sources = null;
        var lastIsUngraded = false;
        foreach (var clause in clauses)
        {
            var (text, stance) = clause switch
            {
                KeywordClauseSyntax { Kind: SyntaxKind.SourceClause, Value: StringLiteralSyntax named } => (named, SourceStance.Reports),
                DisputedClauseSyntax disputed => (disputed.Source, SourceStance.Disputes),
                _ => (null, SourceStance.Reports),
            };

            if (text is not null)
            {
                lastIsUngraded = !text.Token.IsMissing;
                if (!lastIsUngraded) continue;
                sources ??= ImmutableArray.CreateBuilder<CitedSource>();
                CheckNamedOnce(tree, text, stance, sources);
                sources.Add(new CitedSource(text.Value, null, stance));
                continue;
            }

            if (clause is KeywordClauseSyntax { Kind: SyntaxKind.GradeClause, Value: GradeLiteralSyntax { Token.IsMissing: false } written })
            {
                var grade = ParseGrade(tree, written);
                if (!lastIsUngraded) Report(DiagnosticCatalog.GradeWithoutSource(At(tree, clause), written.Token.Text));
                else if (grade is { } known) sources![^1] = new CitedSource(sources[^1].Name, known, sources[^1].Stance);
            }

            lastIsUngraded = false;
        }

        return sources?.ToImmutable() ?? ImmutableArray<CitedSource>.Empty;
    }

    private void CheckNamedOnce(SyntaxTree tree, StringLiteralSyntax text, SourceStance stance, ImmutableArray<CitedSource>.Builder sources)
    {
        foreach (var earlier in sources)
        {
            if (earlier.Name != text.Value) continue;
            Report(earlier.Stance == stance
                ? DiagnosticCatalog.SourceNamedTwice(At(tree, text), text.Value)
                : DiagnosticCatalog.SourceReportsAndDisputes(At(tree, text), text.Value));
            return;
        }
    }

    private SourceGrade? ParseGrade(SyntaxTree tree, GradeLiteralSyntax written)
    {
        var text = written.Token.Text;
        if (SourceGrade.TryParse(text, out var grade)) return grade;
        var suggestion = SourceGrade.TryParse(text.ToUpperInvariant(), out var upper) ? upper.ToString() : null;
        Report(DiagnosticCatalog.InvalidGrade(At(tree, written), text, suggestion));
        return null;
    }

    /// <summary>The first source that reports the fact: what the single <c>source</c> of every output names.</summary>
    private static string? FirstReporting(ImmutableArray<CitedSource> sources)
    {
        foreach (var source in sources)
        {
            if (source.Stance == SourceStance.Reports) return source.Name;
        }

        return null;
    }
}
