using System;
using System.Collections.Generic;
using Antlr4.Runtime;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Makes the lexer's tokens <see cref="SlimToken"/>s. Tokens that carry a text of their own (those error recovery
/// conjures up, "&lt;missing ';'&gt;") and anything the slim form cannot hold stay <see cref="CommonToken"/>s.
/// One factory per lexer: it is also what its tokens share (the source pair and the line breaks of the text).
/// </summary>
internal sealed class SlimTokenFactory : ITokenFactory
{
    private readonly string _text;
    private Tuple<ITokenSource, ICharStream>? _source;
    private int[]? _lineBreaks;

    private SlimTokenFactory(string text) => _text = text;

    /// <summary>The token source and char stream of the lexer this factory serves.</summary>
    public Tuple<ITokenSource, ICharStream> Source => _source ?? throw new InvalidOperationException("The factory has made no token yet.");

    /// <summary>The generated lexer over <paramref name="text"/>, quiet (errors become tokens) and making slim tokens.</summary>
    public static NegotiationLexer CreateLexer(string text)
    {
        var lexer = new NegotiationLexer(new SourceCharStream(text));
        lexer.RemoveErrorListeners();
        lexer.TokenFactory = new SlimTokenFactory(text);
        return lexer;
    }

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
        return breaks == 0 ? position : position - LineBreaks()[breaks - 1] - 1;
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
        for (var i = _text.IndexOf('\n'); i >= 0; i = _text.IndexOf('\n', i + 1)) breaks.Add(i);
        return _lineBreaks = breaks.ToArray();
    }
}
