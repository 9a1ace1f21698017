using System;
using System.Collections.Immutable;
using System.Text;
using System.Threading;

namespace NegotiationDsl.Text;

/// <summary>
/// The immutable text of one source file with its line map. Text is kept exactly as read (a BOM
/// stays as U+FEFF, CRLF stays CRLF) so that printing a syntax tree gives back the input.
/// </summary>
/// <remarks>
/// Once the text's tree has been bound (<see cref="KeepCompact"/>), the text is kept as UTF-8, about half the bytes
/// of a string for records that are mostly ASCII, and <see cref="Text"/> decodes it again when the string it handed
/// out last has been collected. A finished compilation holds its texts for its diagnostics' and symbols' locations,
/// which read them rarely; the parser reads the string while it is alive. A host that reads the whole text on every
/// edit (the language server's documents) calls <see cref="KeepAsString"/>, so that it never pays for encoding the text
/// when its tree is bound nor for decoding it again after a collection.
/// </remarks>
public sealed class SourceText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Encoding for KeepCompact: a string UTF-8 cannot hold (a lone surrogate) throws instead of being changed.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Below this, a byte array and a weak reference cost about what the string does.
    private const int ShortestCompacted = 256;

    // A plain array: ImmutableArray<int> is code ReadyToRun does not precompile for us. Never changed.
    private readonly int[] _lineStarts;

    // The text while it is held as a string; null once compact (then _utf8 and _lastDecoded hold it).
    private string? _text;
    private byte[]? _utf8;
    private WeakReference<string>? _lastDecoded;
    private bool _keepAsString;

    private SourceText(string text, string filePath, int? invalidUtf8Position, int[]? lineStarts = null)
    {
        _text = text;
        Length = text.Length;
        FilePath = filePath;
        InvalidUtf8Position = invalidUtf8Position;
        _lineStarts = lineStarts ?? LineStarts.Of(text, unicodeBreaks: true);
    }

    /// <summary>The whole text; decoded again from its compact form if the last string was collected.</summary>
    public string Text
    {
        get
        {
            if (Volatile.Read(ref _text) is { } text) return text;
            if (_lastDecoded!.TryGetTarget(out text)) return text;
            text = Utf8.GetString(_utf8!);
            _lastDecoded.SetTarget(text);
            return text;
        }
    }

    /// <summary>The path the text was read from, as the user gave it; empty for in-memory text.</summary>
    public string FilePath { get; }

    /// <summary>Where the first invalid UTF-8 sequence was decoded (as U+FFFD), if the bytes were not valid UTF-8.</summary>
    public int? InvalidUtf8Position { get; }

    /// <summary>The length in UTF-16 code units, as every position and span counts.</summary>
    public int Length { get; }
    public int LineCount => _lineStarts.Length;
    public char this[int index] => Text[index];

    public static SourceText From(string text, string filePath = "") =>
        new(text ?? throw new ArgumentNullException(nameof(text)), filePath ?? "", invalidUtf8Position: null);

    /// <summary>Decodes UTF-8 without ever throwing; invalid sequences become U+FFFD and are remembered.</summary>
    public static SourceText From(byte[] bytes, string filePath = "")
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        var text = Utf8.GetString(bytes);
        var invalidByte = Utf8Validator.FindFirstInvalidByte(bytes);
        int? invalidPosition = invalidByte < 0 ? null : Utf8.GetCharCount(bytes, 0, invalidByte);
        return new SourceText(text, filePath ?? "", invalidPosition);
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// This text with <paramref name="replaced"/> replaced by <paramref name="inserted"/>, at the same path. Its line map is
    /// made from this one's (<see cref="LineStarts.Changed"/>), so an edit of a large text does not scan all of it again.
    /// </summary>
    internal SourceText WithChange(TextSpan replaced, string inserted)
    {
        var text = Text;
#if NET
        var edited = string.Concat(text.AsSpan(0, replaced.Start), inserted, text.AsSpan(replaced.End));
#else
        var edited = text.Substring(0, replaced.Start) + inserted + text.Substring(replaced.End);
#endif
        return new SourceText(edited, FilePath, invalidUtf8Position: null, LineStarts.Changed(_lineStarts, edited, replaced, inserted.Length, unicodeBreaks: true));
    }

    /// <summary>
    /// From now on the text is kept as UTF-8, and the string only while someone holds it. Text that UTF-8 cannot hold
    /// exactly (a lone surrogate, which only text not read from a file can have) stays a string.
    /// </summary>
    internal void KeepCompact()
    {
        if (Volatile.Read(ref _keepAsString) || Volatile.Read(ref _text) is not { } text || text.Length < ShortestCompacted) return;
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return;
        }

        _utf8 = utf8;
        _lastDecoded = new WeakReference<string>(text);
        Volatile.Write(ref _text, null);
        // A host that asked for the string meanwhile keeps it.
        if (Volatile.Read(ref _keepAsString)) Volatile.Write(ref _text, text);
    }

    /// <summary>
    /// From now on the text stays a string: for hosts that read it whole on every edit, where encoding it when its tree
    /// is bound and decoding it after each collection would cost more than the string's memory saves.
    /// </summary>
    public void KeepAsString()
    {
        Volatile.Write(ref _keepAsString, true);
        Volatile.Write(ref _text, Text);
    }

    /// <summary>True while the text is held as UTF-8 (<see cref="KeepCompact"/>).</summary>
    internal bool IsCompact => Volatile.Read(ref _text) is null;
    public override string ToString() => Text;

    public int GetLineIndex(int position)
    {
        if (position < 0 || position > Length) throw new ArgumentOutOfRangeException(nameof(position));
        var lower = 0;
        var upper = _lineStarts.Length - 1;
        while (lower < upper)
        {
            var middle = lower + ((upper - lower + 1) / 2);
            if (_lineStarts[middle] <= position) lower = middle;
            else upper = middle - 1;
        }

        return lower;
    }

    public int GetLineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>The line's text without its line break.</summary>
    public TextSpan GetLineSpan(int lineIndex)
    {
        var start = _lineStarts[lineIndex];
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Length;
        if (end == start) return TextSpan.FromBounds(start, end);
        var text = Text;
        while (end > start && IsLineBreak(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineIndex(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The position of a line and character, clamped into the text (editors may send stale positions).</summary>
    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return Length;
        var line = GetLineSpan(position.Line);
        return line.Start + Math.Max(0, Math.Min(position.Character, line.Length));
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';
}
