using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// The hostile and huge inputs of docs/reliability.md. Each ends in a diagnostic negc must find, most of
/// them at the very end of the input, so a case passes only if the whole input was read.
/// </summary>
public static class HostileCases
{
    private const string Declarations = "party USA state \"United States\";\nperson Blinken \"Antony Blinken\" office \"Secretary of State\" of USA from 2021-01-26;\n";
    private const string Meeting = "meeting Geneva 2022-01-21 1.5h with Blinken <\n  Blinken says \"written response on security guarantees\";\n  Blinken commits \"a written response\" by next_week;\n>\n";
    private const int MeetingLines = 4;
    private const int Megabyte = 1024 * 1024;

    public static IReadOnlyList<HostileCase> All { get; } = new[]
    {
        new HostileCase("file-50mb", "a 50 MB file of valid meetings", stream => WriteMeetings(stream, 50L * Megabyte, typoAtEnd: false),
            "NEG1010", 1, 1, MaxSeconds: 2, MaxMegabytes: 150),
        new HostileCase("file-50mb-read", "the same 50 MB with the size limit raised to 64 MB, a typo on its last line",
            stream => WriteMeetings(stream, 50L * Megabyte, typoAtEnd: true),
            "NEG2001", MeetingLines * MeetingsIn(50L * Megabyte) + 6, 3, MaxSeconds: 120, MaxMegabytes: 6_000, Environment: "NEGC_MAX_FILE_MB=64"),
        new HostileCase("statements-1m", "1,000,000 statements in one meeting, an unknown actor in the last",
            WriteMillionStatements, "NEG2001", 1_000_002, 3, MaxSeconds: 60, MaxMegabytes: 4_000),
        new HostileCase("string-10mb", "a 10 MB string that is never closed", stream =>
            {
                Write(stream, Declarations + "meeting Geneva 2022-01-21 <\n  Blinken says \"");
                WriteRepeated(stream, "x", 10 * Megabyte);
                Write(stream, "\n>\n");
            },
            "NEG1002", 4, 16, MaxSeconds: 5, MaxMegabytes: 500),
        new HostileCase("nested-100k", "100,000 nested blocks", stream =>
            {
                Write(stream, "meeting Geneva ");
                WriteRepeated(stream, "<", 100_000);
                WriteRepeated(stream, ">", 100_000);
                Write(stream, "\n");
            },
            "NEG1005", 1, 17, MaxSeconds: 5, MaxMegabytes: 300),
        new HostileCase("after-chain-100k", "100,000 statements, each after the next (binding once recursed per link and overflowed the stack), an unknown actor at the end",
            WriteAfterChain, "NEG2001", 100_003, 1, MaxSeconds: 10, MaxMegabytes: 600),
        new HostileCase("party-chain-100k", "100,000 parties, each of the previous, and a cycle of 'of' at the end (the participant check once looped forever on a cycle)",
            WritePartyChain, "NEG2013", 100_001, 26, MaxSeconds: 10, MaxMegabytes: 600),
        new HostileCase("nul-bytes", "NUL bytes: one inside a string (allowed, escaped in every output), one between statements", stream =>
                Write(stream, Declarations + "meeting Geneva 2022-01-21 <\n  Blinken says \"a\0b\";\0\n>\n"),
            "NEG1001", 4, 22, MaxSeconds: 2, MaxMegabytes: 150),
        new HostileCase("invalid-utf8", "bytes that are not UTF-8 in a string", stream =>
            {
                Write(stream, Declarations + "meeting Geneva 2022-01-21 <\n  Blinken says \"");
                stream.Write(new byte[] { 0xC3, 0x28, 0xFF, 0xFE });
                Write(stream, "\";\n>\n");
            },
            "NEG1008", 4, 17, MaxSeconds: 2, MaxMegabytes: 150),
        new HostileCase("mixed-line-endings", "CRLF, CR, LF and U+2028 line ends in one file, a typo after them", stream =>
                Write(stream, "party USA;\r\nperson Blinken of USA;\rmeeting Geneva 2022-01-21 <\n  Blinken says \"x\";\u2028  Blinken says \"y\";\r\n  Blinkn says \"z\";\n>\n"),
            "NEG2001", 6, 3, MaxSeconds: 2, MaxMegabytes: 150),
        new HostileCase("did-you-mean-50k", "an unknown name of 50,000 characters, one letter away from a declared one (took 32 s and 9.8 GB)", stream =>
            {
                var name = new string('a', 50_000);
                Write(stream, "party " + name + ";\nmeeting Geneva 2022-01-21 <\n  " + name[..^1] + "b says \"x\";\n>\n");
            },
            "NEG2001", 3, 3, MaxSeconds: 5, MaxMegabytes: 300),
        new HostileCase("misspelt-9250", "9,250 parties and 9,250 uses, each one letter away from one of them (426 KB took 136 s)", stream =>
            {
                for (var i = 0; i < MisspeltParties; i++) Write(stream, $"party Party{i:0000000};\n");
                Write(stream, "meeting Geneva 2022-01-21 <\n");
                for (var i = 0; i < MisspeltParties; i++) Write(stream, $"  Pxrty{i:0000000} says \"x\";\n");
                Write(stream, ">\n");
            },
            "NEG2001", (2 * MisspeltParties) + 1, 3, MaxSeconds: 10, MaxMegabytes: 600),
        new HostileCase("one-person-34000-places", "one person at 34,000 places on one day, a typo at the end (1.6 MB was killed at 24 GB)", stream =>
            {
                Write(stream, "party USA;\nperson Blinken of USA;\n");
                for (var i = 0; i < ClashPlaces; i++) Write(stream, $"meeting Place{i:0000000} 2022-01-21 with Blinken < >\n");
                Write(stream, "Blinkn says \"x\";\n");
            },
            "NEG2001", ClashPlaces + 3, 1, MaxSeconds: 10, MaxMegabytes: 800),
        new HostileCase("participants-30000", "30,000 participants in one meeting, each of whom speaks, and an unknown speaker at the end", stream =>
            {
                Write(stream, "party USA;\n");
                for (var i = 0; i < Participants; i++) Write(stream, $"person P{i:0000000} of USA;\n");
                Write(stream, "meeting Geneva 2022-01-21 with " + string.Join(", ", Enumerable.Range(0, Participants).Select(i => $"P{i:0000000}")) + " <\n");
                for (var i = 0; i < Participants; i++) Write(stream, $"  P{i:0000000} says \"x\";\n");
                Write(stream, "  Nobody says \"x\";\n>\n");
            },
            "NEG2001", (2 * Participants) + 3, 3, MaxSeconds: 10, MaxMegabytes: 800),
    };

    private const int MisspeltParties = 9_250;
    private const int ClashPlaces = 34_000;
    private const int Participants = 30_000;

    private static int MeetingsIn(long bytes) => (int)((bytes - Declarations.Length) / Meeting.Length);

    private static void WriteMeetings(Stream stream, long bytes, bool typoAtEnd)
    {
        Write(stream, Declarations);
        var meeting = Encoding.UTF8.GetBytes(Meeting);
        for (var i = MeetingsIn(bytes); i > 0; i--) stream.Write(meeting);
        Write(stream, typoAtEnd ? "meeting Geneva 2022-01-22 <\n  Blinken says \"one more\";\n\n  Blinkn says \"a typo\";\n>\n" : "");
    }

    private static void WriteMillionStatements(Stream stream)
    {
        Write(stream, "party A;\nmeeting Geneva 2022-01-21 <\n");
        var statement = Encoding.UTF8.GetBytes("A says \"x\";\n");
        for (var i = 0; i < 1_000_000 - 1; i++) stream.Write(statement);
        Write(stream, "  B says \"x\";\n>\n");
    }

    private static void WriteAfterChain(Stream stream)
    {
        Write(stream, "party A;\n");
        for (var i = 0; i < 100_000; i++) Write(stream, $"s{i}: A says \"x\" after s{i + 1};\n");
        Write(stream, "s100000: A says \"x\" on 2022-01-21;\nB says \"who?\";\n");
    }

    private static void WritePartyChain(Stream stream)
    {
        Write(stream, "party P0;\n");
        for (var i = 1; i < 100_000; i++) Write(stream, $"party P{i} of P{i - 1};\n");
        Write(stream, "party Q of R; party R of Q;\nmeeting Geneva 2022-01-21 with P0 <\n  P99999 says \"x\";\n>\n");
    }

    private static void WriteRepeated(Stream stream, string text, int count)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < count; i++) stream.Write(bytes);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
