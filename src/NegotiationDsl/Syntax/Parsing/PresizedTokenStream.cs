using System.Collections.Generic;
using Antlr4.Runtime;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// A token stream whose token list starts at about the size the text will need. ANTLR's starts at 100
/// tokens and doubles, which for a large file copies and discards the list a dozen times. A reused stream
/// (<see cref="ReusedLexing"/>) keeps its list for the next text, unless a large file made it larger than
/// a kept lexer's tokens.
/// </summary>
internal sealed class PresizedTokenStream : CommonTokenStream
{
    // Records average 12 to 20 characters per token, spaces and comments included (the examples 20, the
    // benchmark corpus 13); dense test snippets 7. Guessing 8 rarely grows the list and wastes little.
    private const int CharactersPerToken = 8;

    public PresizedTokenStream(ITokenSource tokenSource, int textLength)
        : base(tokenSource)
    {
        tokens = new List<IToken>(Presize(textLength));
    }

    private static int Presize(int textLength) => (textLength / CharactersPerToken) + 16;

    /// <summary>Starts over, empty, on the token source's next text of <paramref name="textLength"/> characters.</summary>
    public void Restart(int textLength)
    {
        SetTokenSource(TokenSource);
        var list = (List<IToken>)tokens;
        var size = Presize(textLength);
        if (list.Capacity < size) list.Capacity = size;
    }

    /// <summary>Lets go of the tokens, and of a list that outgrew what a reused lexer keeps.</summary>
    public void Empty()
    {
        var list = (List<IToken>)tokens;
        if (list.Capacity > SlimTokenFactory.MaxKeptTokens) tokens = new List<IToken>();
        else list.Clear();
    }
}
