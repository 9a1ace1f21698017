using System.Collections.Generic;
using Antlr4.Runtime;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// A token stream whose token list starts at about the size the text will need. ANTLR's starts at 100
/// tokens and doubles, which for a large file copies and discards the list a dozen times.
/// </summary>
internal sealed class PresizedTokenStream : CommonTokenStream
{
    // Records average 12 to 20 characters per token, spaces and comments included (the examples 20, the
    // benchmark corpus 13); dense test snippets 7. Guessing 8 rarely grows the list and wastes little.
    private const int CharactersPerToken = 8;

    public PresizedTokenStream(ITokenSource tokenSource, int textLength)
        : base(tokenSource)
    {
        tokens = new List<IToken>(textLength / CharactersPerToken + 16);
    }
}
