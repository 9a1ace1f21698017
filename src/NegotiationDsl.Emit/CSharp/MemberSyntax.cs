using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace NegotiationDsl.Emit.CSharp;

/// <summary>Fields, nested classes and their trivia: XML doc comments and <c>#line</c> directives back to the .neg source.</summary>
internal static class MemberSyntax
{
    /// <summary><c>public static readonly T Name = value;</c> with a doc comment and a #line directive to its source.</summary>
    public static MemberDeclarationSyntax Field(string type, string name, ExpressionSyntax value, string summary, string? sourcePath, int sourceLine)
    {
        var field = FieldDeclaration(
                VariableDeclaration(ParseTypeName(type))
                    .WithVariables(SingletonSeparatedList(VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(value)))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));

        var trivia = new List<SyntaxTrivia>();
        if (sourcePath is not null) trivia.Add(Trivia(LineDirectiveTrivia(Literal(sourceLine), Literal(sourcePath), isActive: true)));
        trivia.Add(sourcePath is null
            ? DocComment(XmlSummaryElement(Text(summary)))
            : DocComment(XmlSummaryElement(Text(summary)), XmlRemarksElement(Text($"From {sourcePath}, line {sourceLine}."))));

        return field.WithLeadingTrivia(trivia);
    }

    /// <summary><c>public static class Name { members }</c>, ending with <c>#line default</c> so code after it maps to the generated file again.</summary>
    public static ClassDeclarationSyntax StaticClass(string name, string summary, IEnumerable<MemberDeclarationSyntax> members, bool partial = false)
    {
        var modifiers = new List<SyntaxToken> { Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword) };
        if (partial) modifiers.Add(Token(SyntaxKind.PartialKeyword));
        return ClassDeclaration(name)
            .WithModifiers(TokenList(modifiers))
            .WithMembers(List(members))
            .WithCloseBraceToken(Token(TriviaList(Trivia(LineDirectiveTrivia(Token(SyntaxKind.DefaultKeyword), isActive: true))), SyntaxKind.CloseBraceToken, TriviaList()))
            .WithLeadingTrivia(DocComment(XmlSummaryElement(Text(summary))));
    }

    /// <summary>A <c>///</c> comment with one element per line, each line ending in a line break.</summary>
    private static SyntaxTrivia DocComment(params XmlNodeSyntax[] elements)
    {
        var nodes = new List<XmlNodeSyntax>();
        foreach (var element in elements)
        {
            nodes.Add(XmlText(XmlTextLiteral(TriviaList(DocumentationCommentExterior("///")), " ", " ", TriviaList())));
            nodes.Add(element);
            nodes.Add(XmlText(XmlTextNewLine("\n", continueXmlDocumentationComment: false)));
        }

        return Trivia(DocumentationCommentTrivia(SyntaxKind.SingleLineDocumentationCommentTrivia, List(nodes)));
    }

    /// <summary>Doc-comment text: XML-escaped, whitespace collapsed to single spaces (a record's line breaks become spaces).</summary>
    private static XmlTextSyntax Text(string value)
    {
        var collapsed = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space) collapsed.Append(' ');
            space = false;
            // Invisible formatting characters (bidirectional overrides, zero-width marks) are shown by code.
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || char.IsSurrogate(c))
                collapsed.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else
                collapsed.Append(c);
        }

        var raw = collapsed.ToString();
        var escaped = raw.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        return XmlText(TokenList(XmlTextLiteral(TriviaList(), escaped, raw, TriviaList())));
    }

}
