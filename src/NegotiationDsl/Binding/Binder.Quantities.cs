using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Model;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;

namespace NegotiationDsl.Binding;

/// <summary>The quantities of a statement's <c>amount</c> clauses.</summary>
internal sealed partial class Binder
{
    /// <summary>Every <c>amount</c> of a statement, in order; a quantity whose number or currency cannot be read is left out.</summary>
    private ImmutableArray<Quantity> BindQuantities(SyntaxTree tree, SyntaxList<ClauseSyntax> clauses)
    {
        ImmutableArray<Quantity>.Builder? quantities = null;
        foreach (var clause in clauses)
        {
            if (clause is not AmountClauseSyntax amount || QuantityReader.Read(tree, amount.Quantity, amount.Subject, Reporter) is not { } quantity) continue;
            (quantities ??= ImmutableArray.CreateBuilder<Quantity>()).Add(quantity);
        }

        return quantities?.ToImmutable() ?? ImmutableArray<Quantity>.Empty;
    }

    private Approximation BindApproximation(SyntaxTree tree, ApproximationSyntax? syntax) => QuantityReader.ReadApproximation(tree, syntax, Reporter);
}

/// <summary>
/// Reads a quantity (<c>about 5000 prisoners</c>, <c>USD 1.5 billion</c>) or a bound against the one unit table. It needs
/// nothing but the syntax, so the language server reads a quantity under the caret the same way, without the checks.
/// </summary>
internal static class QuantityReader
{
    private static readonly NameSuggestions CurrencySuggestions = new(() => QuantityUnits.Currencies);
    private static readonly NameSuggestions ScaleSuggestions = new(() => QuantityUnits.Scales.Keys);
    private static readonly NameSuggestions BoundSuggestions = new(() => QuantityUnits.Bounds.Keys);
    private static readonly RememberedSuggestions UnitSuggestions = new(new NameSuggestions(() => QuantityUnits.Measures.Keys.Concat(QuantityUnits.Scales.Keys)));

    /// <summary>The quantity, or null when its number or currency cannot be read; <paramref name="report"/> gets the checks (null: none).</summary>
    public static Quantity? Read(SyntaxTree tree, QuantitySyntax syntax, StringLiteralSyntax? subject, System.Action<Diagnostic>? report)
    {
        void Report(Diagnostic diagnostic) => report?.Invoke(diagnostic);

        if (syntax.Number.IsMissing) return null;
        if (!decimal.TryParse(syntax.Number.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Report(DiagnosticCatalog.NumberTooLarge(At(tree, syntax.Number), DiagnosticCatalog.Shorten(syntax.Number.Text)));
            return null;
        }

        var approximation = ReadApproximation(tree, syntax.Approximation, report);

        // After the number: a scale word and a unit, or one of the two.
        SyntaxToken? scaleWord = null, unitWord = syntax.FirstWord;
        if (syntax.SecondWord is not null) (scaleWord, unitWord) = (syntax.FirstWord, syntax.SecondWord);
        else if (unitWord is not null && QuantityUnits.Scales.ContainsKey(unitWord.Text)) (scaleWord, unitWord) = (unitWord, null);
        var valueKnown = true;
        if (scaleWord is not null)
        {
            if (QuantityUnits.Scales.TryGetValue(scaleWord.Text, out var factor))
            {
                if (Scaled(value, factor) is not { } scaled)
                {
                    Report(DiagnosticCatalog.NumberTooLarge(At(tree, syntax), DiagnosticCatalog.Shorten(syntax.Number.Text) + " " + scaleWord.Text));
                    return null;
                }

                value = scaled;
            }
            else Report(DiagnosticCatalog.UnknownScaleWord(At(tree, scaleWord), scaleWord.Text, ScaleSuggestions.Suggest(scaleWord.Text)));
            valueKnown = QuantityUnits.Scales.ContainsKey(scaleWord.Text);
        }

        var valueText = syntax.Number.Text + (scaleWord is null ? "" : " " + scaleWord.Text);
        if (syntax.Currency is { } currency)
        {
            if (!QuantityUnits.Currencies.Contains(currency.Text))
            {
                Report(DiagnosticCatalog.UnknownCurrency(At(tree, currency), currency.Text, CurrencySuggestions.Suggest(currency.Text)));
                return null;
            }

            if (unitWord is not null) Report(DiagnosticCatalog.UnitAfterMoney(At(tree, unitWord), unitWord.Text, currency.Text));
            return new Quantity(value, currency.Text, UnitKind.Currency, approximation, WrittenSubject(subject));
        }

        if (unitWord is null) return new Quantity(value, null, UnitKind.None, approximation, WrittenSubject(subject));
        if (QuantityUnits.Measures.ContainsKey(unitWord.Text)) return new Quantity(value, unitWord.Text, UnitKind.Measure, approximation, WrittenSubject(subject));

        if (UnitSuggestions.Suggest(unitWord.Text) is { } likely && likely != unitWord.Text)
            Report(DiagnosticCatalog.UnitLooksMisspelt(At(tree, unitWord), unitWord.Text, likely));
        if (valueKnown && (value <= 0 || value != decimal.Truncate(value)))
            Report(DiagnosticCatalog.CountNotPositiveWhole(At(tree, syntax), unitWord.Text, valueText));
        return new Quantity(value, unitWord.Text, UnitKind.Count, approximation, WrittenSubject(subject));
    }

    /// <summary><c>about</c>, <c>at least</c>, <c>at most</c>; an unknown word after <c>at</c> is reported and read as exact.</summary>
    public static Approximation ReadApproximation(SyntaxTree tree, ApproximationSyntax? syntax, System.Action<Diagnostic>? report)
    {
        if (syntax is null) return Approximation.Exact;
        if (syntax.Keyword.Kind == SyntaxKind.AboutKeyword) return Approximation.About;
        if (syntax.Word is not { IsMissing: false } word) return Approximation.Exact;
        if (QuantityUnits.Bounds.TryGetValue(word.Text, out var bound)) return bound;
        report?.Invoke(DiagnosticCatalog.UnknownBound(At(tree, word), word.Text, BoundSuggestions.Suggest(word.Text)));
        return Approximation.Exact;
    }

    private static decimal? Scaled(decimal value, decimal factor)
    {
        try
        {
            return value * factor;
        }
        catch (System.OverflowException)
        {
            return null;
        }
    }


    private static Location At(SyntaxTree tree, SyntaxElement element) => Binder.At(tree, element);

    private static string? WrittenSubject(StringLiteralSyntax? subject) => subject is { Token.IsMissing: false } text ? text.Value : null;
}
