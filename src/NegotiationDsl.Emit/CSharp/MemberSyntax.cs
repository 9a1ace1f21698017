using System.Collections.Generic;
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
        if (sourcePath is not null) trivia.Add(Trivia(LineDirectiveTrivia(Literal(sourceLine), LinePath(sourcePath), isActive: true)));
        trivia.Add(sourcePath is null
            ? DocComment(XmlSummaryElement(Text(summary)))
            : DocComment(XmlSummaryElement(Text(summary)), XmlRemarksElement(Text($"From {CSharpText.Path(sourcePath)}, line {sourceLine}."))));

        return field.WithLeadingTrivia(trivia);
    }

    /// <summary>The file name token of a <c>#line</c> directive, which takes no escapes (<see cref="CSharpText.Path"/>).</summary>
    private static SyntaxToken LinePath(string path)
    {
        var shown = CSharpText.Path(path);
        return Literal("\"" + shown + "\"", shown);
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

    private static XmlTextSyntax Text(string value)
    {
        var (escaped, raw) = CSharpText.DocText(value);
        return XmlText(TokenList(XmlTextLiteral(TriviaList(), escaped, raw, TriviaList())));
    }
}
