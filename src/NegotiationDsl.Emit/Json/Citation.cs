using System.Linq;
using System.Text.Json;
using NegotiationDsl.Binding;
using NegotiationDsl.Syntax;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// Where a record's facts come from, read from its header (<c>record "title" source "RBC" published
/// 2022-01-21 url "..." language "en";</c>). A file with several headers gives the first value of each
/// part, as the binder takes the first publication date as the anchor.
/// </summary>
internal sealed record Citation(string? Title, string? Publication, string? Url, string? Language, DateInterval? Published)
{
    /// <summary>The citation of a file, or null when it has no record header.</summary>
    public static Citation? Read(SyntaxTree tree, SemanticModel model)
    {
        var headers = tree.Root.Members.OfType<RecordHeaderSyntax>().ToList();
        if (headers.Count == 0) return null;

        var clauses = headers.SelectMany(header => header.Clauses.OfType<KeywordClauseSyntax>()).ToList();
        string? Text(SyntaxKind kind) => clauses.Where(clause => clause.Kind == kind).Select(clause => Value(clause.Value)).FirstOrDefault(value => value is not null);

        return new Citation(
            headers.Select(header => Value(header.Title)).FirstOrDefault(value => value is not null),
            Text(SyntaxKind.SourceClause),
            Text(SyntaxKind.UrlClause),
            Text(SyntaxKind.LanguageClause),
            clauses.Where(clause => clause.Kind == SyntaxKind.PublishedClause && clause.Value is DateSyntax)
                .Select(clause => model.GetResolvedDate((DateSyntax)clause.Value)?.Interval)
                .FirstOrDefault(date => date is not null));
    }

    /// <summary>A string's value; null for a string the parser had to insert (missing in the text).</summary>
    private static string? Value(ExpressionSyntax? value) =>
        value is StringLiteralSyntax { Token.IsMissing: false } text ? text.Value : null;

    public static void Write(Utf8JsonWriter json, Citation? citation)
    {
        if (citation is null)
        {
            json.WriteNull("citation");
            return;
        }

        json.WriteStartObject("citation");
        json.WriteText("title", citation.Title);
        json.WriteText("publication", citation.Publication);
        json.WriteText("url", citation.Url);
        json.WriteText("language", citation.Language);
        json.WriteInterval("published", citation.Published);
        json.WriteEndObject();
    }
}
