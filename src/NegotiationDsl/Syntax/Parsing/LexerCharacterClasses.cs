using System.Globalization;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// The character the lexer sees for each UTF-16 code unit (see the head of grammar/NegotiationLexer.g4):
/// ASCII as it is, every other character as the stand-in of its class. Classes follow the Unicode
/// categories of the running .NET, so names may use the newest letters.
/// </summary>
internal static class LexerCharacterClasses
{
    public const char NamePart = '\u0001';
    public const char LineSeparator = '\u0002';
    public const char ByteOrderMark = '\u0003';
    public const char Letter = '\u0004';
    public const char Other = '\u0005';
    public const char Space = ' ';

    /// <summary>Indexed by code unit; 128 KB, built once, on first use.</summary>
    public static readonly char[] StandIns = Build();

    /// <summary>What the lexer sees at <paramref name="index"/> of <paramref name="text"/>: both lexers read through this.</summary>
    public static char StandInAt(string text, int index)
    {
        var standIn = StandIns[text[index]];
        return standIn == Other && char.IsSurrogate(text[index]) ? SurrogateStandIn(text, index) : standIn;
    }

    /// <summary>
    /// A letter outside the Basic Multilingual Plane (U+10400, U+20000) is two code units: the lexer sees the
    /// first as a letter and the second as a name part, so the pair starts or continues a name; a digit or mark
    /// there is two name parts. Anything else, a lone surrogate included, is an unexpected character.
    /// </summary>
    private static char SurrogateStandIn(string text, int index)
    {
        var high = char.IsHighSurrogate(text[index]);
        var start = high ? index : index - 1;
        if (start < 0 || start + 1 >= text.Length || !char.IsSurrogatePair(text[start], text[start + 1])) return Other;
        var pairClass = ClassifyPair(text, start);
        if (pairClass == Letter) return high ? Letter : NamePart;
        return pairClass == NamePart ? NamePart : Other;
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c < 128; c++) table[c] = (char)c;
        // Real U+0001 to U+0004 must not pass for the classes they stand for.
        for (var c = NamePart; c <= Letter; c++) table[c] = Other;
        for (var c = 128; c <= char.MaxValue; c++) table[c] = Classify((char)c);
        return table;
    }

    private static char Classify(char c) => c switch
    {
        '\u2028' or '\u2029' => LineSeparator,
        '\uFEFF' => ByteOrderMark,
        _ => Classify(CharUnicodeInfo.GetUnicodeCategory(c)),
    };

    /// <summary>The class of the surrogate pair at <paramref name="index"/> (a character outside the BMP; see SourceCharStream).</summary>
    public static char ClassifyPair(string text, int index) => Classify(CharUnicodeInfo.GetUnicodeCategory(text, index));

    private static char Classify(UnicodeCategory category)
    {
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return Letter;
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.ConnectorPunctuation:
                return NamePart;
            case UnicodeCategory.SpaceSeparator:
                return Space;
            default:
                return Other;
        }
    }
}
