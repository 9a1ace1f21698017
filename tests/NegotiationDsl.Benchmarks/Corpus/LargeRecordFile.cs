using System;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// One long record file, as an archive might keep years of talks in one place: the first generated
/// record's header, the folder's actors, then the bodies of as many generated records as it takes to
/// reach the line count. A file may have only one <c>record</c> header, so the others are cut out; labels
/// carry the record number, so they stay unique.
/// </summary>
internal static class LargeRecordFile
{
    public static string Generate(int minimumLines, int seed)
    {
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        string? actors = null;
        var lines = 0;
        foreach (var (name, text) in CorpusGenerator.GenerateFolder(seed, int.MaxValue))
        {
            if (actors is null)
            {
                actors = text;
                lines += CountLines(text);
                continue;
            }

            var (preamble, body) = SplitAtHeaderEnd(text, name);
            if (header.Length == 0)
            {
                header.Append(preamble);
                lines += CountLines(preamble);
            }

            bodies.Append(body);
            lines += CountLines(body);
            if (lines >= minimumLines) break;
        }

        return header.Append('\n').Append(actors).Append('\n').Append(bodies).ToString();
    }

    public static int CountLines(string text)
    {
        var lines = 0;
        foreach (var character in text)
        {
            if (character == '\n') lines++;
        }

        return lines;
    }

    /// <summary>The record's opening comment and header, and everything after the header.</summary>
    private static (string Preamble, string Body) SplitAtHeaderEnd(string text, string name)
    {
        // Header strings hold no semicolon, so the first one after "record" ends the header.
        var start = text.IndexOf("\nrecord \"", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(";\n", start, StringComparison.Ordinal);
        if (end < 0) throw new InvalidOperationException($"generated record {name} has no header");
        return (text.Substring(0, end + 2), text.Substring(end + 2));
    }
}
