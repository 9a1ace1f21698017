using System;
using System.IO;
using System.Linq;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// File names and the names of outputs (docs/reliability.md, "File names" and "Generated names"): line breaks, quotes
/// and terminal controls in a record's name, a name of 250 bytes, names that differ only in case or punctuation, and a
/// record named <c>.neg</c>. Descriptions and messages show hidden characters by code, so each case stays one row.
/// </summary>
public static partial class FileSystemCases
{
    /// <summary>One record per C# line break a file name can hold (LF, CR, U+2028, U+0085), each its own compilation.</summary>
    private static readonly (string Folder, string Name, string Shown, string Model, string Stem)[] LineBreakNames =
    [
        ("d1", "line\nbreak", "line\\u000Abreak", "Line_break.g.cs", "line_break"),
        ("d2", "car\rreturn", "car\\u000Dreturn", "Car_return.g.cs", "car_return"),
        ("d3", "ls\u2028sep", "ls\\u2028sep", "Ls_sep.g.cs", "ls_sep"),
        ("d4", "nel\u0085next", "nel\\u0085next", "Nel_next.g.cs", "nel_next"),
    ];

    /// <summary>The attack of a name that ends the header comment with U+2028 and goes on as code a consumer's build runs.</summary>
    private const string InjectedName = "x\u2028#pragma warning disable\u2028namespace Evil { static class Run { [System.Runtime.CompilerServices.ModuleInitializer] "
        + "internal static void Go() => System.AppContext.SetData(nameof(Evil), 1); } }\u2028#pragma x";

    /// <summary>ESC[2J clears the screen, ESC]0;…BEL sets the window title, U+202E turns the rest of the line around.</summary>
    private const string TerminalName = "clear\u001b[2J\u001b]0;PWNED\u0007bell\u202Eevil";

    private const string TerminalShown = "clear\\u001B[2J\\u001B]0;PWNED\\u0007bell\\u202Eevil";

    private static readonly string[] TerminalControls = ["\u001b[2J", "\u001b]", "\u0007", "\u202E"];

    /// <summary>246 letters and <c>.neg</c>: 250 bytes, where a component may have 255.</summary>
    private static readonly string LongName = new('n', 246);

    /// <summary>What the 250-byte name's outputs are called: cut to 150 bytes, ending with a hash of the whole name.</summary>
    private static readonly string LongStem = new string('n', 141) + "_a110501d";

    private static readonly string LongClass = "N" + new string('n', 140) + "_5e29e03d";

    private const string Buildable = "party USA;\nc: USA commits \"x\" on 2022-01-21 by next_week;\n";

    /// <summary>One error, NEG2001 at (1,18), and no declaration that another file could clash with.</summary>
    private const string Undeclared = "meeting Geneva < Nobody says \"x\"; >\n";

    private static readonly FileSystemCase[] Names =
    [
        new("name-line-breaks-build", "records named line\\u000Abreak, car\\u000Dreturn, ls\\u2028sep and nel\\u0085next (each character raw), one per folder", folder => LineBreakRecords(folder, Buildable),
            ["build", "records", "-o", "out"], 0)
        {
            MustPrint = ["4 compilation(s)"],
            Verify = folder => Wrote(folder, LineBreakNames.SelectMany(record => OutputsOf(record.Model, record.Stem)).ToArray())
                ?? LineBreakNames.Select(record => KeepsPathInPlace(folder, record.Model, $"{record.Shown}.neg", record.Name + ".neg")).FirstOrDefault(wrong => wrong is not null),
        },
        new("name-line-breaks-check", "the same four names, each record with an error", folder => LineBreakRecords(folder, Undeclared),
            ["check", "records"], 1)
        {
            ExpectedCodes = ["NEG2001"],
            MustPrint = LineBreakNames.Select(record => $"records/{record.Folder}/{record.Shown}.neg(1,18): error NEG2001").ToArray(),
            MustNotPrint = ["\r", "\u2028", "\u0085", "line\nbreak"],
        },
        new("name-module-initializer", "x\\u2028#pragma warning disable\\u2028namespace Evil { ... [ModuleInitializer] ... }\\u2028#pragma x.neg (raw U+2028)", folder => folder
                .File($"records/{InjectedName}.neg", Buildable),
            ["build", "records", "-o", "out"], 0)
        {
            Verify = folder => folder.FilesBelow("out/csharp") is [var model]
                ? KeepsPathInPlace(folder, model, $"{InjectedName.Replace("\u2028", "\\u2028", StringComparison.Ordinal)}.neg", InjectedName + ".neg")
                : "not one model written",
        },
        new("name-quote", "q\"uote.neg", folder => folder.File("records/q\"uote.neg", Buildable),
            ["build", "records", "-o", "out"], 0)
        {
            Verify = folder => Wrote(folder, OutputsOf("Q_uote.g.cs", "q\"uote")) ?? KeepsPathInPlace(folder, "Q_uote.g.cs", "q\\u0022uote.neg", "q\"uote.neg"),
        },
        new("name-250-bytes-check", "an unformatted record named with 250 bytes", folder => folder.File($"r/{LongName}.neg", Unformatted),
            ["check", "r"], 0) { MustPrint = ["in 1 file."] },
        new("name-250-bytes-build", "the same, built", folder => folder.File($"r/{LongName}.neg", Unformatted),
            ["build", "r", "-o", "out"], 0) { Verify = folder => Wrote(folder, OutputsOf(LongClass + ".g.cs", LongStem)) },
        new("name-250-bytes-report", "the same, reported", folder => folder.File($"r/{LongName}.neg", Unformatted),
            ["report", "r", "-o", "out"], 0) { Verify = folder => Wrote(folder, Reports(LongStem)) },
        new("name-250-bytes-format", "the same, formatted", folder => folder.File($"r/{LongName}.neg", Unformatted),
            ["format", "r"], 0) { MayChange = [$"r/{LongName}.neg"], MustPrint = ["1 file(s) formatted"], Verify = folder => Rewritten(folder, $"r/{LongName}.neg", null) },
        new("name-case-only", "d1/ab.neg, d2/A-B.neg and d3/AB.neg: one class and one file name on a case-insensitive disk", folder => folder
                .File("records/d1/ab.neg", Buildable).File("records/d2/A-B.neg", Buildable).File("records/d3/AB.neg", Buildable),
            ["build", "records", "-o", "out"], 0)
        {
            Verify = folder => Wrote(folder, [.. OutputsOf("Ab.g.cs", "ab"), .. OutputsOf("AB2.g.cs", "A-B"), .. OutputsOf("AB3.g.cs", "AB-2")]),
        },
        new("name-nfc-nfd", "d1/\u00e9t\u00e9.neg (U+00E9) and d2/e\u0301te\u0301.neg (e, U+0301): one name once macOS normalises it", folder => folder
                .File("records/d1/\u00e9t\u00e9.neg", Buildable).File("records/d2/e\u0301te\u0301.neg", Buildable),
            ["build", "records", "-o", "out"], 0)
        {
            Verify = folder => Wrote(folder, [.. OutputsOf("\u00c9t\u00e9.g.cs", "\u00e9t\u00e9"), .. OutputsOf("E\u0301te\u03012.g.cs", "e\u0301te\u0301-2")]),
        },
        new("name-same-class", "d1/x-y.neg and d2/x_y.neg: one class", folder => folder.File("records/d1/x-y.neg", Buildable).File("records/d2/x_y.neg", Buildable),
            ["build", "records", "-o", "out"], 0) { Verify = folder => Wrote(folder, [.. OutputsOf("XY.g.cs", "x-y"), .. OutputsOf("XY2.g.cs", "x_y")]) },
        new("name-dot-neg", "a record named .neg in records/d", folder => folder.File("records/d/.neg", Buildable),
            ["build", "records", "-o", "out"], 0) { Verify = folder => Wrote(folder, OutputsOf("Item.g.cs", "records")) },
        new("name-terminal-check", "r/clear\\u001B[2J\\u001B]0;PWNED\\u0007bell\\u202Eevil.neg (each character raw) with an error", folder => folder.File($"r/{TerminalName}.neg", Undeclared),
            ["check", "r"], 1)
        {
            ExpectedCodes = ["NEG2001"], OnTerminal = true,
            MustPrint = [$"r/{TerminalShown}.neg(1,18): "], MustNotPrint = TerminalControls,
        },
        new("name-terminal-format", "the same name, an unformatted record", folder => folder.File($"r/{TerminalName}.neg", Unformatted),
            ["format", "r"], 0)
        {
            OnTerminal = true, MayChange = [$"r/{TerminalName}.neg"],
            MustPrint = [$"formatted r/{TerminalShown}.neg"], MustNotPrint = TerminalControls,
        },
    ];

    private static void LineBreakRecords(CaseFolder folder, string text)
    {
        foreach (var record in LineBreakNames) folder.File($"records/{record.Folder}/{record.Name}.neg", text);
    }

    /// <summary>The five outputs of one compilation in <c>out</c>: its model, its JSON and its three reports.</summary>
    private static string[] OutputsOf(string model, string stem) => ["csharp/" + model, $"json/{stem}.json", .. Reports(stem)];

    private static string[] Reports(string stem) => [$"reports/{stem}.csv", $"reports/{stem}.html", $"reports/{stem}.md"];

    /// <summary>Whether <c>out</c> holds exactly <paramref name="expected"/> (paths below it, but the lock file).</summary>
    private static string? Wrote(CaseFolder folder, string[] expected)
    {
        var written = folder.FilesBelow("out").Where(file => file != ".negc.lock").ToList();
        var missing = expected.Except(written, StringComparer.Ordinal).ToList();
        var extra = written.Except(expected, StringComparer.Ordinal).ToList();
        if (missing.Count + extra.Count == 0) return null;
        return "out/ " + string.Join(", ", missing.Select(file => "lacks " + PrintableText.Escape(file)).Concat(extra.Select(file => "has " + PrintableText.Escape(file))).Take(4));
    }

    /// <summary>
    /// Whether the model keeps its record's path where it belongs: no C# line break in the file but its own LFs, the
    /// path relative to the compilation's folder (where the outputs' paths start), shown by code
    /// (<paramref name="shown"/>), at the end of the header comment and as the file of every
    /// <c>#line</c> directive, and no line beginning with what followed a line break in <paramref name="name"/> (the
    /// attack's code, had a break ended the comment).
    /// </summary>
    private static string? KeepsPathInPlace(CaseFolder folder, string model, string shown, string name)
    {
        var path = "out/csharp/" + model;
        if (!File.Exists(folder.PathOf(path))) return $"{PrintableText.Escape(path)} not written";
        var text = folder.Text(path);
        if (text.IndexOfAny(CSharpLineBreaks[1..]) is var at and >= 0) return $"a raw {PrintableText.Escape(text[at].ToString())} in the model";
        var lines = text.Split('\n');
        if (!lines.Any(line => line.StartsWith("//   Generated by negc ", StringComparison.Ordinal) && line.EndsWith($" from {shown}.", StringComparison.Ordinal)))
            return $"the header comment does not end with {shown}";
        var directives = lines.Where(line => line.StartsWith("#line ", StringComparison.Ordinal) && line != "#line default").ToList();
        if (directives.Count == 0 || directives.Any(line => !line.EndsWith($" \"{shown}\"", StringComparison.Ordinal)))
            return $"a #line directive does not name \"{shown}\"";
        var followers = name.Split(CSharpLineBreaks).Skip(1).Select(piece => piece.Trim()).Where(piece => piece.Length > 0).ToList();
        return lines.FirstOrDefault(line => followers.Any(piece => line.TrimStart().StartsWith(piece, StringComparison.Ordinal))) is { } escaped
            ? $"a line of the model begins with the name's {PrintableText.Escape(escaped.Trim()[..Math.Min(20, escaped.Trim().Length)])}"
            : null;
    }

    /// <summary>The characters that end a line in C# source, LF (the model's own) first.</summary>
    private static readonly char[] CSharpLineBreaks = ['\n', '\r', '\u0085', '\u2028', '\u2029'];
}
