using Antlr4.Runtime;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// The token source the generated parser reads: the tokens ANTLR's generated lexer makes from grammar/NegotiationLexer.g4
/// (kinds, channels, positions, lines, columns, texts, end of file), token for token, without walking its DFA through
/// three interface calls per character. Like ANTLR it takes the longest match and, among matches of one length, the
/// earlier rule; it sees the text through <see cref="LexerCharacterClasses.StandInAt"/> as ANTLR does through
/// <see cref="SourceCharStream"/>. Keywords and punctuation come from the generated lexer (<see cref="LexerLiterals"/>);
/// the rules written out here are listed in <see cref="HandWrittenTypes"/>, and a differential test compares every
/// token with ANTLR's.
/// </summary>
internal sealed class HandWrittenLexer : ITokenSource
{
    /// <summary>The token types whose rules this class spells out; every other rule must be a literal one.</summary>
    public static readonly int[] HandWrittenTypes =
    [
        NegotiationLexer.BYTE_ORDER_MARK, NegotiationLexer.WHITESPACE, NegotiationLexer.END_OF_LINE, NegotiationLexer.LINE_COMMENT,
        NegotiationLexer.BLOCK_COMMENT, NegotiationLexer.UNTERMINATED_BLOCK_COMMENT, NegotiationLexer.DATE, NegotiationLexer.WEEK,
        NegotiationLexer.MONTH, NegotiationLexer.TIME, NegotiationLexer.TIME_ZONE, NegotiationLexer.DURATION, NegotiationLexer.NUMBER,
        NegotiationLexer.STRING, NegotiationLexer.UNTERMINATED_STRING, NegotiationLexer.IDENTIFIER, NegotiationLexer.UNEXPECTED_CHARACTER,
    ];

    private const short Hidden = Lexer.Hidden;
    private const short Default = TokenConstants.DefaultChannel;

    // What a stand-in (every stand-in is ASCII) may be in the rules below.
    private const byte Letter = 1;      // LETTER: starts a name
    private const byte NameChar = 2;    // LETTER or NAME_PART: continues one
    private const byte Whitespace = 4;  // WHITESPACE
    private static readonly byte[] Flags = BuildFlags();

    private readonly SlimTokenFactory _factory;
    private readonly SourceCharStream _input;
    private string _text;
    private int _end;
    private int _position;

    /// <param name="text">The whole text.</param>
    /// <param name="start">Where to start (reparsing one member of a file); positions stay those of the whole text.</param>
    /// <param name="end">Where the input ends for this lexer.</param>
    /// <param name="keepTokens">Whether its tokens are made again from the first by <see cref="Restart"/> (<see cref="ReusedLexing"/>).</param>
    public HandWrittenLexer(string text, int start, int end, bool keepTokens = false)
    {
        _text = text;
        _position = start;
        _end = end;
        _input = new SourceCharStream(text, start, end);
        _factory = new SlimTokenFactory(text, start, end, keepTokens);
        _factory.Serve(this, _input);
    }

    /// <summary>Starts over on <c>[start, end)</c> of <paramref name="text"/>, reusing the tokens made before (none may be in use).</summary>
    public void Restart(string text, int start, int end)
    {
        _text = text;
        _position = start;
        _end = end;
        _input.Restart(text, start, end);
        _factory.Restart(text, start, end);
    }

    /// <summary>Lets go of the text (see <see cref="SlimTokenFactory.Forget"/>).</summary>
    public void Forget()
    {
        _text = null!;
        _input.Restart(null!, 0, 0);
        _factory.Forget();
    }

    /// <summary>Test hook: how many tokens the lexer keeps for reuse.</summary>
    public int CountKeptTokensForTests() => _factory.CountKeptTokensForTests();

    public int Line => _factory.LineOf(_position);

    public int Column => _factory.ColumnOf(_position);

    public ICharStream InputStream => _input;

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public ITokenFactory TokenFactory
    {
        get => _factory;
        set => throw new System.NotSupportedException("The hand-written lexer makes slim tokens only.");
    }

    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public IToken NextToken()
    {
        var text = _text;
        var p = _position;
        // WHITESPACE and END_OF_LINE make no tokens.
        while (p < _end)
        {
            var c = text[p];
            if (c == '\n' || c == '\u2028' || c == '\u2029') p++;
            else if (c == '\r') p += p + 1 < _end && text[p + 1] == '\n' ? 2 : 1;
            else if ((Flags[StandIn(p)] & Whitespace) != 0) p++;
            else break;
        }

        if (p >= _end)
        {
            _position = p;
            return _factory.Make(TokenConstants.EOF, Default, p, p - 1);
        }

        var (type, channel, stop) = Scan(p);
        _position = stop + 1;
        return _factory.Make((short)type, channel, p, stop);
    }

    /// <summary>The longest token at <paramref name="p"/> (not whitespace, not the end): its type, channel and last position.</summary>
    private (int Type, short Channel, int Stop) Scan(int p)
    {
        var standIn = StandIn(p);
        if ((Flags[standIn] & Letter) != 0) return Name(p);
        switch (standIn)
        {
            case >= '0' and <= '9':
                return Number(p);
            case '"':
                return String(p);
            case '/' when p + 1 < _end && _text[p + 1] == '/':
                var lineEnd = _text.IndexOfAny(LineEnds, p + 2, _end - p - 2);
                return (NegotiationLexer.LINE_COMMENT, Hidden, (lineEnd < 0 ? _end : lineEnd) - 1);
            case '/' when p + 1 < _end && _text[p + 1] == '*':
                // A block comment ends at the first "*/" after its "/*"; without one it runs to the end.
                var close = _text.IndexOf("*/", p + 2, _end - p - 2, System.StringComparison.Ordinal);
                return close < 0 ? (NegotiationLexer.UNTERMINATED_BLOCK_COMMENT, Hidden, _end - 1) : (NegotiationLexer.BLOCK_COMMENT, Hidden, close + 1);
            case LexerCharacterClasses.ByteOrderMark:
                return (NegotiationLexer.BYTE_ORDER_MARK, Hidden, p);
        }

        if (LexerLiterals.Punctuation[standIn] is { } literals)
        {
            foreach (var (literal, type) in literals)
            {
                if (Spells(p, literal)) return (type, Default, p + literal.Length - 1);
            }
        }

        return (NegotiationLexer.UNEXPECTED_CHARACTER, Hidden, p);
    }

    /// <summary>IDENTIFIER, TIME_ZONE or a keyword, at a letter.</summary>
    private (int, short, int) Name(int p)
    {
        var text = _text;
        var q = p + 1;
        while (q < _end && (Flags[StandIn(q)] & NameChar) != 0) q++;
        var firstPart = q;
        if (q + 1 < _end && text[q] == '.' && (Flags[StandIn(q + 1)] & Letter) != 0)
        {
            q += 2;
            while (q < _end && (Flags[StandIn(q)] & NameChar) != 0) q++;
        }

        var zoneEnd = IsAsciiLetter(text[p]) ? ZoneEnd(p) : -1;
        if (zoneEnd > q) return (NegotiationLexer.TIME_ZONE, Default, zoneEnd - 1);

        var length = q - p;
        if (q == firstPart && length <= LexerLiterals.Words.MaxLength && LexerLiterals.Words.Find(text, p, length) is var keyword and > 0)
            return (keyword, Default, q - 1);
        return (NegotiationLexer.IDENTIFIER, Default, q - 1);
    }

    /// <summary>The end of the TIME_ZONE at <paramref name="p"/> (ASCII letters and '_', then '/' parts), or -1.</summary>
    private int ZoneEnd(int p)
    {
        var text = _text;
        var q = p + 1;
        while (q < _end && (IsAsciiLetter(text[q]) || text[q] == '_')) q++;
        var end = -1;
        while (q + 1 < _end && text[q] == '/' && IsZonePart(text[q + 1]))
        {
            q += 2;
            while (q < _end && IsZonePart(text[q])) q++;
            end = q;
        }

        return end;
    }

    private static bool IsZonePart(char c) => IsAsciiLetter(c) || c is (>= '0' and <= '9') or '_' or '+' or '-';

    /// <summary>DATE, WEEK, MONTH, TIME, DURATION or NUMBER, at a digit.</summary>
    private (int, short, int) Number(int p)
    {
        var text = _text;
        var q = Digits(p);
        var run = q - p;
        if (run == 4 && q < _end && text[q] == '-')
        {
            if (q + 1 < _end && text[q + 1] == 'W' && HasDigits(q + 2, 2)) return (NegotiationLexer.WEEK, Default, q + 3);
            if (HasDigits(q + 1, 2))
            {
                return q + 3 < _end && text[q + 3] == '-' && HasDigits(q + 4, 2)
                    ? (NegotiationLexer.DATE, Default, q + 5)
                    : (NegotiationLexer.MONTH, Default, q + 2);
            }
        }

        if (run == 2 && q < _end && text[q] == ':' && HasDigits(q + 1, 2)) return (NegotiationLexer.TIME, Default, q + 2);

        if (q + 1 < _end && text[q] == '.' && IsDigit(text[q + 1])) q = Digits(q + 1);
        if (q < _end)
        {
            switch (text[q])
            {
                case 'h':
                    var minutes = q + 1 < _end && IsDigit(text[q + 1]) ? Digits(q + 1) : -1;
                    return (NegotiationLexer.DURATION, Default, minutes >= 0 && Spells(minutes, "min") ? minutes + 2 : q);
                case 'm' when Spells(q, "min"):
                    return (NegotiationLexer.DURATION, Default, q + 2);
                case 'd' or 'w':
                    return (NegotiationLexer.DURATION, Default, q);
            }
        }

        return (NegotiationLexer.NUMBER, Default, q - 1);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>The end of the run of ASCII digits from <paramref name="p"/>.</summary>
    private int Digits(int p)
    {
        while (p < _end && IsDigit(_text[p])) p++;
        return p;
    }

    private bool HasDigits(int p, int count) => p + count <= _end && Digits(p) >= p + count;

    /// <summary>STRING, or UNTERMINATED_STRING (which stops before a ';' and may keep a last backslash).</summary>
    private (int, short, int) String(int p)
    {
        var text = _text;
        var semicolon = -1;
        var q = p + 1;
        var endsInBackslash = false;
        while (q < _end)
        {
            var c = text[q];
            if (c == '"') return (NegotiationLexer.STRING, Default, q);
            if (IsLineEnd(c)) break;
            if (c == '\\')
            {
                if (q + 1 >= _end || IsLineEnd(text[q + 1]))
                {
                    endsInBackslash = true;
                    break;
                }

                q += 2;
                continue;
            }

            if (c == ';' && semicolon < 0) semicolon = q;
            q++;
        }

        if (semicolon >= 0) return (NegotiationLexer.UNTERMINATED_STRING, Default, semicolon - 1);
        return (NegotiationLexer.UNTERMINATED_STRING, Default, endsInBackslash ? q : q - 1);
    }

    private static readonly char[] LineEnds = ['\r', '\n', '\u2028', '\u2029'];

    private static bool IsLineEnd(char c) => c is '\r' or '\n' or '\u2028' or '\u2029';

    /// <summary>Whether the stand-ins from <paramref name="p"/> spell <paramref name="literal"/>.</summary>
    private bool Spells(int p, string literal)
    {
        if (p + literal.Length > _end) return false;
        for (var i = 0; i < literal.Length; i++)
        {
            if (StandIn(p + i) != literal[i]) return false;
        }

        return true;
    }

    private char StandIn(int index) => LexerCharacterClasses.StandInAt(_text, index);

    private static byte[] BuildFlags()
    {
        var flags = new byte[128];
        for (var c = 'a'; c <= 'z'; c++) flags[c] = Letter | NameChar;
        for (var c = 'A'; c <= 'Z'; c++) flags[c] = Letter | NameChar;
        for (var c = '0'; c <= '9'; c++) flags[c] = NameChar;
        flags['_'] = Letter | NameChar;
        flags[LexerCharacterClasses.Letter] = Letter | NameChar;
        flags[LexerCharacterClasses.NamePart] = NameChar;
        flags[' '] = flags['\t'] = flags['\f'] = flags['\v'] = Whitespace;
        return flags;
    }
}
