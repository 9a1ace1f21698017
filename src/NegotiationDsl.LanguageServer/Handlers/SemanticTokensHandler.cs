using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Semantic tokens for a whole file, in the standard relative encoding: keywords, parties and persons
/// (told apart by what the name refers to), labels, strings, dates (literals and date words), numbers
/// and comments (one token per line). Names are marked <c>declaration</c> where they are declared.
/// <c>party</c>, <c>person</c> and <c>date</c> are not standard LSP types: an editor extension maps them
/// onto theme colours (for example as subtypes of <c>namespace</c>, <c>variable</c> and <c>number</c>); so does
/// <c>grade</c>, a source's grade (<c>B2</c>), a subtype of <c>enumMember</c>, and <c>unit</c>, the currency, scale word
/// and unit around a quantity's number, a subtype of <c>type</c>.
/// </summary>
internal sealed class SemanticTokensHandler(Workspace workspace) : ILanguageFeature
{
    public static readonly SemanticTokensLegend Legend = new(
        ["keyword", "party", "person", "label", "string", "date", "number", "comment", "grade", "unit"],
        ["declaration"]);

    private const int Keyword = 0, Party = 1, Person = 2, Label = 3, String = 4, Date = 5, Number = 6, Comment = 7, Grade = 8, Unit = 9;
    private const int Declaration = 1;

    public void Advertise(ServerCapabilities capabilities) => capabilities.SemanticTokensProvider = new SemanticTokensOptions(Legend, Full: true, Range: false);

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public SemanticTokens Full(SemanticTokensParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        return snapshot is null ? new SemanticTokens([]) : new SemanticTokens(Encode(snapshot.Text, Classify(snapshot)));
    }

    private static IEnumerable<(TextSpan Span, int Type, int Modifiers)> Classify(DocumentSnapshot snapshot)
    {
        foreach (var token in snapshot.Tree.Root.DescendantTokens())
        {
            foreach (var comment in token.LeadingTrivia.Where(trivia => trivia.IsComment)) yield return (comment.Span, Comment, 0);
            if (!token.IsMissing && token.Span.Length > 0 && TypeOf(snapshot, token) is { } classified) yield return (token.Span, classified.Type, classified.Modifiers);
            foreach (var comment in token.TrailingTrivia.Where(trivia => trivia.IsComment)) yield return (comment.Span, Comment, 0);
        }
    }

    private static (int Type, int Modifiers)? TypeOf(DocumentSnapshot snapshot, SyntaxToken token)
    {
        var inDate = token.Parent is DateSyntax;
        switch (token.Kind)
        {
            case SyntaxKind.StringLiteralToken or SyntaxKind.UnterminatedStringLiteralToken:
                return (String, 0);
            case SyntaxKind.DateLiteralToken or SyntaxKind.WeekLiteralToken or SyntaxKind.MonthLiteralToken:
                return (Date, 0);
            case SyntaxKind.NumberLiteralToken:
                return (token.Parent is DateLiteralSyntax ? Date : Number, 0);
            case SyntaxKind.DurationLiteralToken or SyntaxKind.TimeLiteralToken:
                return (Number, 0);
            // A time zone is part of the date it qualifies (Europe/Kyiv, and UTC, which is an identifier).
            case SyntaxKind.TimeZoneToken:
            case SyntaxKind.IdentifierToken when token.Parent is TimeLiteralSyntax:
                return (Date, 0);
            // The role's name is a word of the language's role table, read like a keyword.
            case SyntaxKind.IdentifierToken when token.Parent is RoleClauseSyntax:
                return (Keyword, 0);
            case SyntaxKind.IdentifierToken:
                return Name(snapshot, token);
            case var kind when SyntaxFacts.IsKeyword(kind):
                return (inDate && token.Parent is RelativeDateSyntax ? Date : Keyword, 0);
            default:
                return null;
        }
    }

    private static (int Type, int Modifiers)? Name(DocumentSnapshot snapshot, SyntaxToken token)
    {
        switch (token.Parent)
        {
            case PartyDeclarationSyntax:
                return (Party, Declaration);
            case PersonDeclarationSyntax:
                return (Person, Declaration);
            case LabelSyntax:
                return (Label, Declaration);
            case GradeLiteralSyntax:
                return (Grade, 0);
            case QuantitySyntax:
                return (Unit, 0);
            case ApproximationSyntax:
                return (Keyword, 0);
            case NameSyntax { Parent: KeywordClauseSyntax { Kind: SyntaxKind.KindClause or SyntaxKind.StageClause } }:
                // A value of the language's tables (`kind treaty`), not a name the records declare.
                return (Keyword, 0);
            case NameSyntax name:
                return snapshot.Model.GetReferencedSymbol(name) switch
                {
                    PersonSymbol => (Person, 0),
                    PartySymbol => (Party, 0),
                    null => null,
                    _ => (Label, 0),
                };
            default:
                return null;
        }
    }

    /// <summary>Five integers per token: line delta, start delta (from the previous token on the same line), length, type, modifiers.</summary>
    private static int[] Encode(SourceText text, IEnumerable<(TextSpan Span, int Type, int Modifiers)> tokens)
    {
        var lines = LspLines.Of(text);
        var data = new List<int>();
        int previousLine = 0, previousStart = 0;
        foreach (var (span, type, modifiers) in tokens.OrderBy(token => token.Span.Start))
        {
            for (var line = lines.LineOf(span.Start); line <= lines.LineOf(span.End); line++)
            {
                var lineSpan = lines.LineSpan(line);
                var start = System.Math.Max(span.Start, lineSpan.Start);
                var end = System.Math.Min(span.End, lineSpan.End);
                if (end <= start) continue;
                var character = start - lineSpan.Start;
                data.AddRange([line - previousLine, line == previousLine ? character - previousStart : character, end - start, type, modifiers]);
                (previousLine, previousStart) = (line, character);
            }
        }

        return [.. data];
    }
}
