using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NegotiationDsl.Emit.CSharp;

/// <summary>
/// Writes the model's syntax tree as text, laid out as Roslyn's <c>NormalizeWhitespace</c> lays it out, in one
/// pass. NormalizeWhitespace finds each token's neighbour by scanning its siblings from the first, so its cost
/// grows with the square of a list's length: a meeting of 30,000 participants or a class of 30,000 fields took
/// minutes. The model holds few kinds of syntax, each with a fixed layout: namespaces and classes over lines,
/// one field per line, each <c>All</c> list one item per line, every value on one line. A kind of syntax
/// the model does not make is refused (tests compare this text with NormalizeWhitespace's).
/// </summary>
internal sealed class CSharpLayout
{
    private const string Indentation = "    ";
    private readonly StringBuilder _text = new();

    public static string Write(CompilationUnitSyntax unit)
    {
        var layout = new CSharpLayout();
        layout.Unit(unit);
        return layout._text.ToString();
    }

    private void Unit(CompilationUnitSyntax unit)
    {
        if (unit.Usings.Count > 0 || unit.Externs.Count > 0 || unit.AttributeLists.Count > 0) throw Unexpected(unit);
        Members(unit.Members, 0);
    }

    private void Members(SyntaxList<MemberDeclarationSyntax> members, int depth)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0) _text.Append('\n');
            // A type declaration is followed by an empty line when another member follows.
            if (i > 0 && members[i - 1] is BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax) _text.Append('\n');
            Member(members[i], depth);
        }
    }

    private void Member(MemberDeclarationSyntax member, int depth)
    {
        switch (member)
        {
            case NamespaceDeclarationSyntax { Usings.Count: 0, Externs.Count: 0 } namespaceDeclaration:
                LeadingTrivia(namespaceDeclaration.NamespaceKeyword, depth);
                Indent(depth).Append("namespace ");
                Expression(namespaceDeclaration.Name);
                Body(namespaceDeclaration.Members, namespaceDeclaration.CloseBraceToken, depth);
                break;
            case ClassDeclarationSyntax { TypeParameterList: null, BaseList: null, ConstraintClauses.Count: 0, AttributeLists.Count: 0 } classDeclaration:
                LeadingTrivia(classDeclaration.GetFirstToken(), depth);
                Indent(depth);
                Modifiers(classDeclaration.Modifiers);
                _text.Append("class ").Append(classDeclaration.Identifier.Text);
                Body(classDeclaration.Members, classDeclaration.CloseBraceToken, depth);
                break;
            case FieldDeclarationSyntax { AttributeLists.Count: 0, Declaration.Variables.Count: 1 } field:
                Field(field, depth);
                break;
            default:
                throw Unexpected(member);
        }
    }

    private void Body(SyntaxList<MemberDeclarationSyntax> members, SyntaxToken closeBrace, int depth)
    {
        _text.Append('\n');
        Indent(depth).Append("{\n");
        Members(members, depth + 1);
        if (members.Count > 0) _text.Append('\n');
        LeadingTrivia(closeBrace, depth);
        Indent(depth).Append('}');
    }

    private void Field(FieldDeclarationSyntax field, int depth)
    {
        LeadingTrivia(field.GetFirstToken(), depth);
        Indent(depth);
        Modifiers(field.Modifiers);
        Expression(field.Declaration.Type);
        var variable = field.Declaration.Variables[0];
        _text.Append(' ').Append(variable.Identifier.Text);
        if (variable.ArgumentList is not null) throw Unexpected(variable);
        if (variable.Initializer is { Value: var value })
        {
            _text.Append(" = ");
            // An array made right in a field's initializer puts its items on lines of their own.
            if (value is ArrayCreationExpressionSyntax { Initializer: { } items } array)
            {
                _text.Append("new ");
                Expression(array.Type);
                _text.Append('\n');
                Indent(depth).Append("{\n");
                for (var i = 0; i < items.Expressions.Count; i++)
                {
                    Indent(depth + 1);
                    Expression(items.Expressions[i]);
                    _text.Append(i + 1 < items.Expressions.Count ? ",\n" : "\n");
                }

                Indent(depth).Append('}');
            }
            else
            {
                Expression(value);
            }
        }

        _text.Append(';');
    }

    private void Modifiers(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers) _text.Append(modifier.Text).Append(' ');
    }

    /// <summary>An expression or a type, on one line.</summary>
    private void Expression(SyntaxNode node)
    {
        switch (node)
        {
            case IdentifierNameSyntax identifier:
                _text.Append(identifier.Identifier.Text);
                break;
            case PredefinedTypeSyntax predefined:
                _text.Append(predefined.Keyword.Text);
                break;
            case GenericNameSyntax generic:
                _text.Append(generic.Identifier.Text).Append('<');
                Separated(generic.TypeArgumentList.Arguments, ", ");
                _text.Append('>');
                break;
            case AliasQualifiedNameSyntax alias:
                _text.Append(alias.Alias.Identifier.Text).Append("::");
                Expression(alias.Name);
                break;
            case QualifiedNameSyntax qualified:
                Expression(qualified.Left);
                _text.Append('.');
                Expression(qualified.Right);
                break;
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access:
                Expression(access.Expression);
                _text.Append('.');
                Expression(access.Name);
                break;
            case LiteralExpressionSyntax literal:
                _text.Append(literal.Token.Text);
                break;
            case ArrayTypeSyntax arrayType:
                Expression(arrayType.ElementType);
                foreach (var rank in arrayType.RankSpecifiers)
                {
                    if (rank.Sizes.Any(size => size is not OmittedArraySizeExpressionSyntax)) throw Unexpected(rank);
                    _text.Append('[').Append(',', Math.Max(0, rank.Sizes.Count - 1)).Append(']');
                }

                break;
            case ObjectCreationExpressionSyntax creation:
                _text.Append("new ");
                Expression(creation.Type);
                if (creation.ArgumentList is { } arguments) Arguments(arguments);
                if (creation.Initializer is { } objectInitializer) Expression(objectInitializer, leadingSpace: true);
                break;
            case ArrayCreationExpressionSyntax arrayCreation:
                _text.Append("new ");
                Expression(arrayCreation.Type);
                if (arrayCreation.Initializer is { } arrayInitializer) Expression(arrayInitializer, leadingSpace: true);
                break;
            case InitializerExpressionSyntax initializer:
                _text.Append(initializer.Expressions.Count == 0 ? "{" : "{ ");
                Separated(initializer.Expressions, ", ");
                _text.Append(" }");
                break;
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment:
                Expression(assignment.Left);
                _text.Append(" = ");
                Expression(assignment.Right);
                break;
            case InvocationExpressionSyntax invocation:
                Expression(invocation.Expression);
                Arguments(invocation.ArgumentList);
                break;
            default:
                throw Unexpected(node);
        }
    }

    private void Expression(SyntaxNode node, bool leadingSpace)
    {
        if (leadingSpace) _text.Append(' ');
        Expression(node);
    }

    private void Arguments(ArgumentListSyntax arguments)
    {
        _text.Append('(');
        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            var argument = arguments.Arguments[i];
            if (argument.NameColon is not null || argument.RefKindKeyword.RawKind != 0) throw Unexpected(argument);
            if (i > 0) _text.Append(", ");
            Expression(argument.Expression);
        }

        _text.Append(')');
    }

    private void Separated<TNode>(SeparatedSyntaxList<TNode> nodes, string separator)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0) _text.Append(separator);
            Expression(nodes[i]);
        }
    }

    /// <summary>Comments and directives before a token: directives at the line's start, everything else indented, each on a line.</summary>
    private void LeadingTrivia(SyntaxToken token, int depth)
    {
        foreach (var trivia in token.LeadingTrivia)
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia:
                    break;
                case SyntaxKind.SingleLineCommentTrivia:
                    Indent(depth).Append(trivia.ToString()).Append('\n');
                    break;
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                    foreach (var line in trivia.ToFullString().Split('\n'))
                    {
                        if (line.Length > 0) Indent(depth).Append(line).Append('\n');
                    }

                    break;
                default:
                    if (trivia.GetStructure() is not DirectiveTriviaSyntax directive) throw new InvalidOperationException($"The C# layout does not know the trivia {trivia.Kind()}.");
                    Directive(directive);
                    break;
            }
        }
    }

    /// <summary><c>#line 12 "file.neg"</c>, <c>#line default</c>, <c>#nullable enable</c>: the words of the directive, one space apart.</summary>
    private void Directive(DirectiveTriviaSyntax directive)
    {
        var separator = "";
        foreach (var token in directive.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.EndOfDirectiveToken) || token.Text.Length == 0) continue;
            _text.Append(separator).Append(token.Text);
            separator = token.IsKind(SyntaxKind.HashToken) ? "" : " ";
        }

        _text.Append('\n');
    }

    private StringBuilder Indent(int depth)
    {
        for (var i = 0; i < depth; i++) _text.Append(Indentation);
        return _text;
    }

    private static InvalidOperationException Unexpected(SyntaxNode node) =>
        new($"The C# layout does not know {node.Kind()}: {node.NormalizeWhitespace().ToString()}");
}
