using System.Collections.Generic;
using System.Text;
using Antlr4.Runtime;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Syntax.Parsing.Generated;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

public sealed class SourceCharStreamTests
{
    [Fact]
    public void Every_BMP_character_lexes_exactly_as_with_ANTLRs_own_stream()
    {
        var mismatches = new List<string>();
        for (var code = 128; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            // The character at the start of a name, inside one, after digits, in a string, in a
            // comment, next to a keyword and alone.
            var text = $"{c}a a{c}b 1{c} \"x{c}\" at{c} // {c}\n{c}";
            var expected = Lex(new AntlrInputStream(text));
            var actual = Lex(new SourceCharStream(text));
            if (expected != actual) mismatches.Add($"U+{code:X4}: {expected} / {actual}");
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Token_text_is_the_real_text_not_the_stand_in()
    {
        var lexer = new NegotiationLexer(new SourceCharStream("Лавров \"Сергей\""));
        var name = lexer.NextToken();
        Assert.Equal(NegotiationLexer.IDENTIFIER, name.Type);
        Assert.Equal("Лавров", name.Text);
    }

    private static string Lex(ICharStream stream)
    {
        var lexer = new NegotiationLexer(stream);
        lexer.RemoveErrorListeners();
        var result = new StringBuilder();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
            result.Append(token.Type).Append('@').Append(token.StartIndex).Append('-').Append(token.StopIndex).Append(' ');
        return result.ToString();
    }
}
