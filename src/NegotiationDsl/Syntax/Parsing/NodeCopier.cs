using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Copies nodes into a new tree. A node knows its parent and a token its absolute position, so a tree made by an
/// edit cannot share the nodes of the tree before: every node it keeps is copied, those after the edit moved by
/// the edit's change in length. Copying allocates what parsing would, but lexes and parses nothing.
/// </summary>
internal static class NodeCopier
{
    /// <summary>A copy of <paramref name="element"/> and everything below it, moved <paramref name="offset"/> characters on.</summary>
    public static T Move<T>(T element, int offset)
        where T : SyntaxElement => (T)(SyntaxElement)(element is SyntaxToken token ? token.MovedBy(offset) : new Mover(offset).Copy((SyntaxNode)(SyntaxElement)element));

    /// <summary>A new node of <paramref name="node"/>'s type and data whose children are <paramref name="map"/> of its children.</summary>
    public static SyntaxNode WithChildren(SyntaxNode node, Func<SyntaxElement, SyntaxElement> map)
    {
        T? M<T>(T? child)
            where T : SyntaxElement => child is null ? null : (T)map(child);

        SyntaxList<T> L<T>(SyntaxList<T> list)
            where T : SyntaxNode
        {
            var items = list.Items;
            if (items.IsEmpty) return list;
            var copy = new T[items.Length];
            for (var i = 0; i < copy.Length; i++) copy[i] = (T)map(items[i]);
            return new SyntaxList<T>(ImmutableCollectionsMarshal.AsImmutableArray(copy));
        }

        SeparatedSyntaxList<T> S<T>(SeparatedSyntaxList<T> list)
            where T : SyntaxNode
        {
            var items = list.ElementsWithSeparators;
            var copy = new SyntaxElement[items.Length];
            for (var i = 0; i < copy.Length; i++) copy[i] = map(items[i]);
            return new SeparatedSyntaxList<T>(ImmutableCollectionsMarshal.AsImmutableArray(copy));
        }

        return node switch
        {
            // The most frequent kinds first: a type switch tests the cases in order.
            NameSyntax n => new NameSyntax(M(n.Identifier)!),
            StringLiteralSyntax n => new StringLiteralSyntax(M(n.Token)!),
            NameListSyntax n => new NameListSyntax(S(n.Names)),
            KeywordClauseSyntax n => new KeywordClauseSyntax(n.Kind, M(n.Keyword), M(n.Value)!),
            PredicateSyntax n => new PredicateSyntax(n.Verb, M(n.VerbKeyword)!, M(n.NoKeyword), M(n.Target), M(n.Content), M(n.Obligation)),
            DateLiteralSyntax n => new DateLiteralSyntax(M(n.Token)!),
            ActorStatementSyntax n => new ActorStatementSyntax(M(n.Label), M(n.Actors)!, M(n.Predicate)!, L(n.Clauses), M(n.SemicolonToken)!),
            LabelSyntax n => new LabelSyntax(M(n.Identifier)!, M(n.ColonToken)!),
            RelativeDateSyntax n => new RelativeDateSyntax(M(n.Keyword)!),
            CompilationUnitSyntax n => new CompilationUnitSyntax(L(n.Members), M(n.EndOfFileToken)!),
            OutcomeStatementSyntax n => new OutcomeStatementSyntax(M(n.Label), M(n.OutcomeKeyword)!, M(n.NoKeyword), M(n.Description)!, L(n.Clauses), M(n.SemicolonToken)!),
            MilestoneStatementSyntax n => new MilestoneStatementSyntax(M(n.Label), M(n.MilestoneKeyword)!, M(n.Title)!, L(n.Clauses), M(n.SemicolonToken)!),
            MeetingDeclarationSyntax n => new MeetingDeclarationSyntax(M(n.Label), M(n.MeetingKeyword)!, M(n.Place)!, L(n.Clauses), M(n.Body)!),
            TalksDeclarationSyntax n => new TalksDeclarationSyntax(M(n.Label), M(n.TalksKeyword)!, M(n.Title), L(n.Clauses), M(n.Body)!),
            BlockSyntax n => new BlockSyntax(M(n.LessThanToken)!, L(n.Members), M(n.GreaterThanToken)!),
            AgreementDeclarationSyntax n => new AgreementDeclarationSyntax(M(n.Label), M(n.AgreementKeyword)!, M(n.Title), L(n.Clauses), M(n.SemicolonToken)!),
            PartyDeclarationSyntax n => new PartyDeclarationSyntax(M(n.PartyKeyword)!, M(n.Identifier)!, M(n.KindKeyword), M(n.DisplayName), L(n.Clauses), M(n.SemicolonToken)!),
            PersonDeclarationSyntax n => new PersonDeclarationSyntax(M(n.PersonKeyword)!, M(n.Identifier)!, M(n.FullName), L(n.Clauses), M(n.SemicolonToken)!),
            PolicyDeclarationSyntax n => new PolicyDeclarationSyntax(M(n.PolicyKeyword)!, M(n.FuzzyKeyword)!, M(n.Value)!, M(n.SemicolonToken)!),
            RecordHeaderSyntax n => new RecordHeaderSyntax(M(n.RecordKeyword)!, M(n.Title), L(n.Clauses), M(n.SemicolonToken)!),
            UseDeclarationSyntax n => new UseDeclarationSyntax(M(n.UseKeyword)!, M(n.Path)!, M(n.AsKeyword), M(n.Alias), M(n.SemicolonToken)!),
            ObligationKindSyntax n => new ObligationKindSyntax(M(n.First)!, M(n.Second)!),
            ReportedSpeechSyntax n => new ReportedSpeechSyntax(M(n.Actors)!, M(n.Predicate)!),
            AmountClauseSyntax n => new AmountClauseSyntax(M(n.AmountKeyword)!, M(n.Quantity)!, M(n.Subject)),
            DelegationClauseSyntax n => new DelegationClauseSyntax(M(n.DelegationKeyword)!, M(n.Party)!, M(n.Members), M(n.LedKeyword), M(n.ByKeyword), M(n.Lead)),
            DisputedClauseSyntax n => new DisputedClauseSyntax(M(n.DisputedKeyword)!, M(n.ByKeyword)!, M(n.Source)!),
            OfficeClauseSyntax n => new OfficeClauseSyntax(M(n.OfficeKeyword)!, M(n.Title)!, L(n.Clauses)),
            RoleClauseSyntax n => new RoleClauseSyntax(M(n.RoleKeyword)!, M(n.Name)!, M(n.Actors)!),
            QuantitySyntax n => new QuantitySyntax(M(n.Approximation), M(n.Currency), M(n.Number)!, M(n.FirstWord), M(n.SecondWord)),
            ApproximationSyntax n => new ApproximationSyntax(M(n.Keyword)!, M(n.Word)),
            ApproximateDurationSyntax n => new ApproximateDurationSyntax(M(n.Approximation)!, M(n.Duration)!),
            CalendarDurationSyntax n => new CalendarDurationSyntax(M(n.NumberToken)!, M(n.UnitKeyword)!),
            DateRangeSyntax n => new DateRangeSyntax(M(n.Start)!, M(n.DotDotToken)!, M(n.End)!),
            DateTimeSyntax n => new DateTimeSyntax(M(n.Date)!, M(n.AtKeyword)!, M(n.Time)!),
            DurationLiteralSyntax n => new DurationLiteralSyntax(M(n.Token)!),
            GradeLiteralSyntax n => new GradeLiteralSyntax(M(n.Token)!),
            IntoForceSyntax n => new IntoForceSyntax(M(n.IntoKeyword)!, M(n.ForceKeyword)!),
            OffsetDateSyntax n => new OffsetDateSyntax(M(n.Keyword), M(n.NumberToken)!, M(n.UnitKeyword)!, M(n.AgoKeyword)),
            TimeLiteralSyntax n => new TimeLiteralSyntax(M(n.Token)!, M(n.Zone)),
            StringListSyntax n => new StringListSyntax(S(n.Strings)),
            _ => throw new InvalidOperationException("NodeCopier has no case for " + node.GetType().Name),
        };
    }

    /// <summary>Copies a subtree moved by one offset (one object per copy, so the recursion makes no closure per node).</summary>
    private sealed class Mover
    {
        private readonly int _offset;
        private readonly Func<SyntaxElement, SyntaxElement> _map;

        public Mover(int offset)
        {
            _offset = offset;
            _map = MapChild;
        }

        public SyntaxNode Copy(SyntaxNode node) => WithChildren(node, _map);

        private SyntaxElement MapChild(SyntaxElement child) => child is SyntaxToken token ? token.MovedBy(_offset) : Copy((SyntaxNode)child);
    }
}
