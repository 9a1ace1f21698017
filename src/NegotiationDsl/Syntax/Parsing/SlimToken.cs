using System;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// A lexer token in 40 bytes instead of <see cref="CommonToken"/>'s 64: kind and channel in 16 bits each, and one
/// reference to the factory of its text, which knows the token source, the char stream and the line breaks. A
/// check makes one per token of every file and drops them after parsing, so the bytes are all allocation and
/// collection. Line and column, which only error messages read, are worked out from the position when asked.
/// A thread's parses reuse their tokens (<see cref="ReusedLexing"/>): only <see cref="SlimTokenFactory"/> gives a token
/// a new kind and span, through <see cref="Reuse"/> (the factory that made it, or the tests' poisoning), and the
/// token's one reference stays the factory that made it, so a reused, old token never points to a younger object.
/// </summary>
internal sealed class SlimToken : IWritableToken
{
    private readonly SlimTokenFactory _origin;
    private int _start;
    private int _stop;
    private int _index = -1;
    private short _type;
    private short _channel;

    public SlimToken(SlimTokenFactory origin, short type, short channel, int start, int stop)
    {
        _origin = origin;
        _type = type;
        _channel = channel;
        _start = start;
        _stop = stop;
    }

    /// <summary>Makes this token the next one of its factory's text: a new kind, channel and span, and no index yet.</summary>
    internal void Reuse(short type, short channel, int start, int stop)
    {
        _type = type;
        _channel = channel;
        _start = start;
        _stop = stop;
        _index = -1;
    }

    public int Type
    {
        get => _type;
        // Keyword repair retypes an identifier and back; token types fit in 16 bits (the factory makes sure).
        set => _type = checked((short)value);
    }

    public int Channel
    {
        get => _channel;
        set => _channel = checked((short)value);
    }

    public int TokenIndex
    {
        get => _index;
        set => _index = value;
    }

    public int StartIndex => _start;

    public int StopIndex => _stop;

    public int Line
    {
        get => _origin.LineOf(_start);
        set => throw new NotSupportedException("A lexer token's line follows from its position.");
    }

    public int Column
    {
        get => _origin.ColumnOf(_start);
        set => throw new NotSupportedException("A lexer token's column follows from its position.");
    }

    /// <summary>As <see cref="CommonToken"/> gives it when it holds no text of its own: the span of the input, or &lt;EOF&gt;.</summary>
    public string Text
    {
        get
        {
            var input = InputStream;
            if (input is null) return null!;
            var size = input.Size;
            return _start < size && _stop < size ? input.GetText(Interval.Of(_start, _stop)) : "<EOF>";
        }

        set => throw new NotSupportedException("A lexer token's text is its span of the input.");
    }

    public ITokenSource TokenSource => _origin.Source.Item1;

    public ICharStream InputStream => _origin.Source.Item2;

    public override string ToString() => $"[@{_index},{_start}:{_stop}='{Text}',<{_type}>,{Line}:{Column}]";
}
