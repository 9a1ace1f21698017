using System;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// The lexer's view of a source string, indexed by UTF-16 code unit like <see cref="Text.SourceText"/>
/// and editors. ANTLR's lexer caches DFA transitions only for characters below 128 and recomputes
/// (and allocates) for every other character, so Cyrillic or Korean text lexed ten times slower. The
/// grammar treats all non-ASCII characters of one class alike (every letter may start a name, every
/// space is whitespace, everything else may only appear in strings and comments), so the stream
/// shows the lexer one ASCII stand-in per class (<see cref="LexerCharacterClasses"/>) and keeps the
/// real text for token text. A test lexes every BMP character and checks the tokens of its class.
/// </summary>
internal sealed class SourceCharStream : ICharStream
{
    private string _text;
    private int _end;
    private int _position;

    public SourceCharStream(string text)
        : this(text, 0, text.Length)
    {
    }

    /// <summary>Only <c>[start, end)</c> of <paramref name="text"/>, with positions in the whole text (reparsing one member of a file).</summary>
    public SourceCharStream(string text, int start, int end)
    {
        _text = text;
        _position = start;
        _end = end;
    }

    /// <summary>Reads <c>[start, end)</c> of <paramref name="text"/> from its start (a reused lexer's next text).</summary>
    public void Restart(string text, int start, int end)
    {
        _text = text;
        _position = start;
        _end = end;
    }

    public int Index => _position;
    public int Size => _end;
    public string SourceName => IntStreamConstants.UnknownSourceName;

    public void Consume()
    {
        if (_position >= _end) throw new InvalidOperationException("cannot consume EOF");
        _position++;
    }

    public int LA(int i)
    {
        if (i == 0) return 0;
        var index = i > 0 ? _position + i - 1 : _position + i;
        if (index < 0 || index >= _end) return IntStreamConstants.EOF;
        return LexerCharacterClasses.StandInAt(_text, index);
    }

    public int Mark() => -1;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => _position = Math.Max(0, Math.Min(index, _end));

    public string GetText(Interval interval)
    {
        var start = interval.a;
        var stop = Math.Min(interval.b, _end - 1);
        return start >= _end || stop < start ? "" : _text.Substring(start, stop - start + 1);
    }
}
