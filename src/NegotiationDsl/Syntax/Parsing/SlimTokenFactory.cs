using System;
using System.Collections.Generic;
using Antlr4.Runtime;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Makes the lexer's tokens <see cref="SlimToken"/>s. Tokens that carry a text of their own (those error recovery
/// conjures up, "&lt;missing ';'&gt;") and anything the slim form cannot hold stay <see cref="CommonToken"/>s.
/// One factory per lexer: it is also what its tokens share (the source pair and the line breaks of the text). A
/// factory that keeps its tokens (<see cref="ReusedLexing"/>) hands the same token objects out again after
/// <see cref="Restart"/>, up to <see cref="MaxKeptTokens"/> of them.
/// </summary>
internal sealed class SlimTokenFactory : ITokenFactory
{
    /// <summary>
    /// The most tokens a factory keeps for reuse: more than a record file usually has. A larger file's further tokens
    /// are made anew and dropped, so a thread that once lexed a huge file does not hold it in tokens for the rest of
    /// its life.
    /// </summary>
    public const int MaxKeptTokens = 8192;

    private string _text;
    private int _start;
    private int _end;
    private Tuple<ITokenSource, ICharStream>? _source;
    private int[]? _lineBreaks;
    private SlimToken[]? _kept;
    private int _made;

    /// <summary>A factory for the tokens of <c>[start, end)</c> of <paramref name="text"/>, counting lines from <paramref name="start"/> as a lexer started there does.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where the lexer starts.</param>
    /// <param name="end">Where its input ends.</param>
    /// <param name="keepTokens">Whether the tokens are kept to be handed out again after <see cref="Restart"/>.</param>
    public SlimTokenFactory(string text, int start, int end, bool keepTokens = false)
    {
        _text = text;
        _start = start;
        _end = end;
        if (keepTokens) _kept = [];
    }

    /// <summary>
    /// Starts over on <c>[start, end)</c> of <paramref name="text"/>: the tokens handed out so far are made again from
    /// the first, so none of them may still be in use.
    /// </summary>
    public void Restart(string text, int start, int end)
    {
        _text = text;
        _start = start;
        _end = end;
        _lineBreaks = null;
        _made = 0;
    }

    /// <summary>Lets go of the text and its line breaks until the next <see cref="Restart"/>.</summary>
    public void Forget()
    {
        _text = null!;
        _lineBreaks = null;
    }

    /// <summary>Test hook: how many tokens the factory keeps for reuse (what a thread keeps stays bounded).</summary>
    public int CountKeptTokensForTests()
    {
        var count = 0;
        foreach (var token in _kept ?? [])
        {
            if (token is not null) count++;
        }

        return count;
    }

    /// <summary>The next token of the text: a kept one given its new kind and span, or a new one.</summary>
    public SlimToken Make(short type, short channel, int start, int stop)
    {
        var kept = _kept;
        var index = _made++;
        if (kept is null || index >= MaxKeptTokens) return new SlimToken(this, type, channel, start, stop);
        if (index < kept.Length && kept[index] is { } token)
        {
            token.Reuse(type, channel, start, stop);
            return token;
        }

        if (index == kept.Length) _kept = kept = GrowKept(kept);
        return kept[index] = new SlimToken(this, type, channel, start, stop);
    }

    /// <summary>
    /// Gives a token an impossible kind and span, so that anything still reading it after its parse shows (tests; the
    /// factory is what gives its tokens new kinds and spans).
    /// </summary>
    public static void Poison(SlimToken token) => token.Reuse(0, -1, -1, -2);

    private static SlimToken[] GrowKept(SlimToken[] kept)
    {
        var grown = new SlimToken[Math.Min(MaxKeptTokens, Math.Max(256, kept.Length * 2))];
        Array.Copy(kept, grown, kept.Length);
        return grown;
    }

    /// <summary>The token source and char stream of the lexer this factory serves.</summary>
    public Tuple<ITokenSource, ICharStream> Source => _source ?? throw new InvalidOperationException("The factory has made no token yet.");

    /// <summary>
    /// A hand-written lexer of its own over <paramref name="text"/>, not the thread's reused one (parses lex through
    /// <see cref="ReusedLexing"/>): for tests that read the lexer's tokens directly.
    /// </summary>
    public static HandWrittenLexer CreateLexer(string text) => new(text, 0, text.Length);

    /// <summary>A hand-written lexer of its own over <c>[start, end)</c> of <paramref name="text"/> (one member of a file), as <see cref="CreateLexer(string)"/>.</summary>
    public static HandWrittenLexer CreateLexer(string text, int start, int end) => new(text, start, end);

    /// <summary>
    /// The generated lexer over <paramref name="text"/>, quiet (errors become tokens) and making slim tokens: what the
    /// hand-written lexer is tested and measured against.
    /// </summary>
    public static NegotiationLexer CreateAntlrLexer(string text)
    {
        var lexer = new NegotiationLexer(new SourceCharStream(text));
        lexer.RemoveErrorListeners();
        lexer.TokenFactory = new SlimTokenFactory(text, 0, text.Length);
        return lexer;
    }

    /// <summary>Makes this the factory of <paramref name="tokenSource"/> reading <paramref name="input"/>, before its first token.</summary>
    public void Serve(ITokenSource tokenSource, ICharStream input) => _source = Tuple.Create(tokenSource, input);

    public IToken Create(Tuple<ITokenSource, ICharStream> source, int type, string text, int channel, int start, int stop, int line, int charPositionInLine)
    {
        _source ??= source;
        if (text is null && ReferenceEquals(source, _source) && type is >= short.MinValue and <= short.MaxValue && channel is >= short.MinValue and <= short.MaxValue)
            return new SlimToken(this, (short)type, (short)channel, start, stop);
        return CommonTokenFactory.Default.Create(source, type, text, channel, start, stop, line, charPositionInLine);
    }

    public IToken Create(int type, string text) => CommonTokenFactory.Default.Create(type, text);

    /// <summary>The 1-based line ANTLR's lexer counts at <paramref name="position"/> (it counts '\n' only).</summary>
    public int LineOf(int position) => BreaksBefore(position) + 1;

    /// <summary>The 0-based column ANTLR's lexer counts at <paramref name="position"/>: code units since the last '\n'.</summary>
    public int ColumnOf(int position)
    {
        var breaks = BreaksBefore(position);
        return breaks == 0 ? position - _start : position - LineBreaks()[breaks - 1] - 1;
    }

    /// <summary>How many '\n' come before <paramref name="position"/>.</summary>
    private int BreaksBefore(int position)
    {
        var index = Array.BinarySearch(LineBreaks(), position);
        return index >= 0 ? index : ~index;
    }

    private int[] LineBreaks()
    {
        if (_lineBreaks is not null) return _lineBreaks;
        var breaks = new List<int>();
        for (var i = _text.IndexOf('\n', _start, _end - _start); i >= 0; i = _text.IndexOf('\n', i + 1, _end - i - 1)) breaks.Add(i);
        return _lineBreaks = breaks.ToArray();
    }
}
