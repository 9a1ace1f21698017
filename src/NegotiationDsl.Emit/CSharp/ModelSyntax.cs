using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NegotiationDsl.Dates;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace NegotiationDsl.Emit.CSharp;

/// <summary>Roslyn syntax for the values of a model: strings, dates, intervals, lists, object creations.</summary>
internal static class ModelSyntax
{
    public const string ModelNamespace = "global::NegotiationDsl.Model";

    public static TypeSyntax ModelType(string name) => ParseTypeName(ModelNamespace + "." + name);

    public static ExpressionSyntax Null => LiteralExpression(SyntaxKind.NullLiteralExpression);

    public static ExpressionSyntax Bool(bool value) => LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static ExpressionSyntax Int(int value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Long(long value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    /// <summary>A string literal that holds exactly <paramref name="value"/> (<see cref="CSharpText.StringLiteral"/>).</summary>
    public static ExpressionSyntax String(string? value) =>
        value is null ? Null : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(CSharpText.StringLiteral(value), value));

    public static ExpressionSyntax New(string modelType, params ExpressionSyntax[] arguments) =>
        ObjectCreationExpression(ModelType(modelType)).WithArgumentList(ArgumentList(SeparatedList(arguments.Select(Argument))));

    public static ExpressionSyntax EnumValue(string enumType, string member) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ModelType(enumType), IdentifierName(member));

    public static ExpressionSyntax Date(NodaTime.LocalDate date) => New("Date", Int(date.Year), Int(date.Month), Int(date.Day));

    public static ExpressionSyntax Interval(DateInterval? interval) => interval is { } value
        ? New("DateInterval", Date(value.Start), Date(value.End), EnumValue("DatePrecision", value.Precision.ToString()))
        : Null;

    /// <summary><c>new EventTime(new Date(2015, 2, 15), 0, 0, 120, "Europe/Kyiv")</c>: the zone's offset is resolved here, so the model needs no zone database.</summary>
    public static ExpressionSyntax EventTime(NegotiationDsl.Dates.EventTime time) => New("EventTime",
        Date(time.Date), Int(time.Local.Hour), Int(time.Local.Minute),
        time.Offset is { } offset ? Int(offset.Seconds / 60) : Null, String(time.ZoneId));

    /// <summary>An interval for a <c>DateInterval?</c> parameter or property (plain <c>null</c> when absent).</summary>
    public static ExpressionSyntax NullableInterval(DateInterval? interval) => Interval(interval);

    public static ExpressionSyntax TimeSpan(long ticks) =>
        ObjectCreationExpression(ParseTypeName("global::System.TimeSpan")).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(Long(ticks)))));

    /// <summary><c>new T[] { ... }</c>, or <c>global::System.Array.Empty&lt;T&gt;()</c> when empty.</summary>
    public static ExpressionSyntax Array(string elementType, IEnumerable<ExpressionSyntax> elements)
    {
        var list = elements.ToList();
        var type = ModelTypeOrSystem(elementType);
        if (list.Count == 0)
            return InvocationExpression(ParseExpression($"global::System.Array.Empty<{type}>"));
        return ArrayCreationExpression(ArrayType(ParseTypeName(type)).WithRankSpecifiers(SingletonList(ArrayRankSpecifier())))
            .WithInitializer(InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(list)));
    }

    public static ExpressionSyntax Strings(IEnumerable<string> values) => Array("string", values.Select(String));

    public static ExpressionSyntax Reference(string path) => ParseExpression(path);

    /// <summary><c>new CitedSource("Reuters", new SourceGrade('B', 2), SourceStance.Reports)</c> for each source.</summary>
    public static ExpressionSyntax CitedSources(IEnumerable<Model.CitedSource> sources) => Array("CitedSource", sources.Select(source => New("CitedSource",
        String(source.Name),
        source.Grade is { } grade ? New("SourceGrade", LiteralExpression(SyntaxKind.CharacterLiteralExpression, Literal(grade.Reliability)), Int(grade.Credibility)) : Null,
        EnumValue("SourceStance", source.Stance.ToString()))));

    /// <summary><c>new Quantity(5000m, "prisoners", UnitKind.Count, Approximation.About, null)</c> for each quantity.</summary>
    public static ExpressionSyntax Quantities(IEnumerable<Model.Quantity> quantities) => Array("Quantity", quantities.Select(quantity => New("Quantity",
        LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(quantity.Value.ToString(CultureInfo.InvariantCulture) + "m", quantity.Value)),
        String(quantity.Unit),
        EnumValue("UnitKind", quantity.UnitKind.ToString()),
        EnumValue("Approximation", quantity.Approximation.ToString()),
        String(quantity.Subject))));

    public static ExpressionSyntax Location(string path, int line) => New("SourceLocation", String(path), Int(line));

    private static string ModelTypeOrSystem(string type) => type == "string" ? "string" : ModelNamespace + "." + type;
}
