using System;
using System.Collections.Generic;
using Antlr4.Runtime;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// A thread's lexer, its tokens, its token list and its string table, lent to one parse at a time and used again by the next: a check
/// makes a token per word of every file and drops them all when the file's tree is built, so making them anew was
/// allocation and collection for nothing. Every object a reused token reaches (its factory, the lexer, the char
/// stream) is reused with it, so the old tokens never point to younger objects. One per thread, never shared, since
/// files are parsed in parallel; a parse that starts while its thread's lexing is lent out makes its own. What a
/// thread keeps is bounded: up to <see cref="SlimTokenFactory.MaxKeptTokens"/> tokens, and a string table of up to
/// <see cref="StringTable.MaximumKeptSize"/> slots (64 KB) holding up to a quarter as many short spellings, none of the
/// source text itself; it goes with the thread
/// (the thread pool retires idle threads). It is held strongly: a weakly held one would be lost to any collection
/// that met it idle and young, and be made again.
/// </summary>
/// <remarks>
/// Nothing may hold a token once <see cref="Dispose"/> returned it: the parse's tree, diagnostics and repairs keep
/// positions and strings, never tokens. The token reuse tests poison returned tokens to prove it.
/// </remarks>
internal sealed class ReusedLexing : IDisposable
{
    [ThreadStatic] private static ReusedLexing? s_idle;

    private readonly HandWrittenLexer _lexer;
    private readonly PresizedTokenStream _stream;
    private readonly StringTable _strings;
    private bool _lent;

    /// <summary>
    /// What happens to this lexing's tokens after the parse, as the thread's mode was at <see cref="Lex(string, int, int)"/>:
    /// a test that changes the mode before <see cref="Dispose"/> cannot make a lexing that keeps no tokens the idle one.
    /// </summary>
    private readonly TokenAfterParse _afterParse;

    private ReusedLexing(string text, int start, int end, TokenAfterParse afterParse)
    {
        _lexer = new HandWrittenLexer(text, start, end, keepTokens: afterParse == TokenAfterParse.Reused);
        _stream = new PresizedTokenStream(_lexer, end - start);
        _strings = new StringTable(text, end - start);
        _afterParse = afterParse;
    }

    /// <summary>The token stream of the lexed text, filled: every token, hidden ones included, then end of file.</summary>
    public CommonTokenStream Stream => _stream;

    /// <summary>The string table the parse's tree takes its token and trivia texts from, reading the lexed text.</summary>
    public StringTable Strings => _strings;

    /// <summary>Lexes <c>[start, end)</c> of <paramref name="text"/> with this thread's lexer; dispose of it when the parse is done.</summary>
    public static ReusedLexing Lex(string text, int start, int end)
    {
        var afterParse = TestHooks.AfterParse;
        var lexing = s_idle;
        if (lexing is null || afterParse != TokenAfterParse.Reused)
        {
            lexing = new ReusedLexing(text, start, end, afterParse);
        }
        else
        {
            s_idle = null;
            lexing._lexer.Restart(text, start, end);
            lexing._stream.Restart(end - start);
            lexing._strings.Read(text, end - start);
        }

        lexing._lent = true;
        lexing._stream.Fill();
        return lexing;
    }

    /// <summary>Lexes all of <paramref name="text"/>.</summary>
    public static ReusedLexing Lex(string text) => Lex(text, 0, text.Length);

    /// <summary>Takes the tokens back for the thread's next parse and lets go of the text.</summary>
    public void Dispose()
    {
        if (!_lent) return;
        _lent = false;
        if (_afterParse == TokenAfterParse.Poisoned)
        {
            foreach (var token in _stream.GetTokens())
            {
                if (token is SlimToken slim) SlimTokenFactory.Poison(slim);
            }
        }

        _stream.Empty();
        _lexer.Forget();
        _strings.Forget();
        if (_afterParse == TokenAfterParse.Reused) s_idle = this;
    }

    /// <summary>Test hooks: what the token reuse tests switch and read to prove that no token outlives its parse.</summary>
    internal static class TestHooks
    {
        /// <summary>What happens to tokens after their parse on this thread; the compiler leaves it <see cref="TokenAfterParse.Reused"/>.</summary>
        [ThreadStatic] internal static TokenAfterParse AfterParse;

        /// <summary>What this thread's idle lexing holds: the tokens kept for reuse and the token list's room (what is kept stays bounded).</summary>
        internal static (int Tokens, int ListCapacity) HeldOnThisThread =>
            s_idle is { } idle ? (idle._lexer.CountKeptTokensForTests(), ((List<IToken>)idle._stream.GetTokens()).Capacity) : (0, 0);

        /// <summary>This thread's idle string table, or null when the thread keeps no lexing.</summary>
        internal static StringTable? IdleStrings => s_idle?._strings;
    }
}

/// <summary>What <see cref="ReusedLexing"/> does with a parse's tokens when the parse is done.</summary>
internal enum TokenAfterParse
{
    /// <summary>Kept for the thread's next parse (what the compiler does).</summary>
    Reused,
    /// <summary>Left to the collector; every parse makes new tokens (tests: the parse on fresh tokens).</summary>
    Fresh,
    /// <summary>Given an impossible kind and span and never used again (tests: a token that escaped its parse shows).</summary>
    Poisoned,
}
