using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NegotiationDsl.Benchmarks.Equivalents;

/// <summary>
/// A file's records as C# written by hand against a fluent API, one statement per declaration and per statement:
/// <c>var pledge_1 = Dvorak.Commits("a written answer").To(Kuznetsov).By("next_month");</c>. Names stay identifiers,
/// strings stay strings, dates and durations stay as written; a round of talks or a meeting takes its statements
/// in a lambda; comments are kept before their statement. Top-level statements, so the file needs no class around it.
/// </summary>
public static class CSharpEquivalent
{
    private const string Indent = "    ";

    public static string Write(EquivalentFile file)
    {
        var text = new StringBuilder();
        foreach (var member in file.Members) Statement(text, member, "");
        Comments(text, file.FinalComments, "");
        return text.ToString();
    }

    private static void Statement(StringBuilder text, EquivalentMember member, string indent)
    {
        // Comments stay, as a user would keep them, so that Roslyn skips what our lexer skips.
        Comments(text, member.Comments, indent);
        text.Append(indent);
        if (member.Id is not null) text.Append("var ").Append(Identifier(member.Id)).Append(" = ");
        Chain(text, member, indent);
        text.Append(";\n");
    }

    private static void Chain(StringBuilder text, EquivalentMember member, string indent)
    {
        var first = true;
        if (member.Actors is { Count: 1 })
        {
            text.Append(Identifier(member.Actors[0]));
            first = false;
        }
        else if (member.Actors is not null)
        {
            text.Append("Actors(");
            for (var i = 0; i < member.Actors.Count; i++) text.Append(i == 0 ? "" : ", ").Append(Identifier(member.Actors[i]));
            text.Append(')');
            first = false;
        }

        foreach (var call in member.Calls)
        {
            if (!first) text.Append('.');
            first = false;
            foreach (var word in call.Words) Pascal(text, word);
            text.Append('(');
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                if (i > 0) text.Append(", ");
                Argument(text, call.Arguments[i], indent);
            }

            text.Append(')');
        }

        if (member.Body is null) return;
        text.Append(".Body(() =>\n").Append(indent).Append("{\n");
        foreach (var inner in member.Body) Statement(text, inner, indent + Indent);
        text.Append(indent).Append("})");
    }

    private static void Comments(StringBuilder text, List<string>? comments, string indent)
    {
        foreach (var comment in comments ?? []) text.Append(indent).Append(comment).Append('\n');
    }

    private static void Argument(StringBuilder text, EquivalentValue value, string indent)
    {
        switch (value.Kind)
        {
            case EquivalentValueKind.Name:
                text.Append(Identifier(value.Text));
                break;
            case EquivalentValueKind.Speech:
                Chain(text, value.Speech!, indent);
                break;
            default:
                text.Append(SymbolDisplay.FormatLiteral(value.Text, quote: true));
                break;
        }
    }

    /// <summary>A name as a C# identifier (a qualified name as a member access), with <c>@</c> before a C# keyword.</summary>
    private static string Identifier(string name)
    {
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            if (SyntaxFacts.GetKeywordKind(parts[i]) != SyntaxKind.None) parts[i] = "@" + parts[i];
        }

        return string.Join('.', parts);
    }

    /// <summary><c>next_week</c> as <c>NextWeek</c>.</summary>
    private static void Pascal(StringBuilder text, string word)
    {
        foreach (var part in word.Split('_'))
        {
            if (part.Length == 0) continue;
            text.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }
    }
}
