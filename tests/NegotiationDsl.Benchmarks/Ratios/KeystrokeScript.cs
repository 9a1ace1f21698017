using System;
using System.Collections.Generic;
using NegotiationDsl.LanguageServer.Protocol;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// Single-character edits as a person makes them: a letter typed just inside a string literal, then
/// deleted again, at lines spread over the whole file, so the text keeps returning to its valid form.
/// Keeps the client's copy of the text, for servers that want the full text with each change.
/// </summary>
internal sealed class KeystrokeScript
{
    private const string TypedCharacter = "e";

    private readonly string[] _lines;
    private readonly List<(int Line, int Character)> _places = new();
    private int _next;

    public KeystrokeScript(string text, int places)
    {
        _lines = text.Split('\n');
        var step = Math.Max(1, _lines.Length / places);
        for (var line = step / 2; line < _lines.Length && _places.Count < places; line += step)
        {
            var quote = FindQuoteAtOrAfter(line);
            if (quote.Line >= 0) _places.Add(quote);
        }

        if (_places.Count == 0) throw new InvalidOperationException("the file has no string literal to type into");
    }

    /// <summary>The next edit: typing at the next place, or deleting what was just typed there.</summary>
    public TextDocumentContentChangeEvent Next(bool fullText)
    {
        var (line, character) = _places[_next / 2 % _places.Count];
        var typing = _next % 2 == 0;
        _next++;
        var start = new LspPosition(line, character);
        var text = _lines[line];
        _lines[line] = typing
            ? string.Concat(text.AsSpan(0, character), TypedCharacter, text.AsSpan(character))
            : string.Concat(text.AsSpan(0, character), text.AsSpan(character + TypedCharacter.Length));
        if (fullText) return new TextDocumentContentChangeEvent(string.Join('\n', _lines));
        var end = typing ? start : start with { Character = character + TypedCharacter.Length };
        return new TextDocumentContentChangeEvent(typing ? TypedCharacter : "", new LspRange(start, end));
    }

    /// <summary>Just after the first double quote of a string literal, on this line or a later one (outside comments).</summary>
    private (int Line, int Character) FindQuoteAtOrAfter(int first)
    {
        for (var line = first; line < _lines.Length; line++)
        {
            var text = _lines[line];
            if (text.TrimStart().StartsWith("//", StringComparison.Ordinal) || text.TrimStart().StartsWith('*')) continue;
            var quote = text.IndexOf('"', StringComparison.Ordinal);
            if (quote >= 0) return (line, quote + 1);
        }

        return (-1, -1);
    }
}
