using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text.Json;
using NegotiationDsl.Cli;
using NegotiationDsl.Cli.Output;
using CSharpParseOptions = Microsoft.CodeAnalysis.CSharp.CSharpParseOptions;
using CSharpSyntaxTree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree;
using LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Formatting;
using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Fuzz.Oracle;

/// <summary>
/// Runs one input through everything a user can do with it (parse, both ways when it has no syntax error,
/// bind, ask the semantic model, format, build the C# model and the JSON records, write the Markdown, HTML
/// and CSV reports) and checks what must hold whatever the input. An exception escaping any stage is the
/// caller's to catch: it is a crash.
/// </summary>
public static class PipelineOracle
{
    public const string FilePath = "fuzz/input.neg";

    private static readonly CSharpParseOptions CSharpOptions = new(LanguageVersion.Latest);

    /// <param name="text">The input, decoded as negc decodes a file.</param>
    /// <param name="mustParseCleanly">For generated programs: any syntax diagnostic is a finding (the generator follows the grammar).</param>
    /// <param name="companion">Trees compiled together with the input (another file of the same folder), or none.</param>
    /// <param name="emitDespiteErrors">Also build and report a compilation with errors, as a library user may (negc does not).</param>
    public static OracleOutcome Check(SourceText text, bool mustParseCleanly, IReadOnlyList<SyntaxTree> companion, bool emitDespiteErrors)
    {
        var tree = SyntaxTree.Parse(text);
        var violations = TreeViolations(tree, mustParseCleanly);
        var compilation = Compilation.Create(companion.Prepend(tree));
        violations.AddRange(CompilationViolations(compilation, [tree], emitDespiteErrors, out var errorFree));
        return new OracleOutcome(violations, tree.Diagnostics.IsEmpty, errorFree);
    }

    /// <summary>What must hold for one file whatever it holds: a sound tree, the same both ways, a clean parse for a generated program, and formatting.</summary>
    internal static List<string> TreeViolations(SyntaxTree tree, bool mustParseCleanly)
    {
        var violations = new List<string>();
        violations.AddRange(SyntaxInvariants.Violations(tree));
        violations.AddRange(TreeAgreement.Violations(tree));
        if (mustParseCleanly && !tree.Diagnostics.IsEmpty)
        {
            var first = tree.Diagnostics[0];
            violations.Add($"a generated program has {tree.Diagnostics.Length} syntax diagnostic(s), first {first.Code} at {first.Location.LineSpan.Start}: {first.Message}");
        }

        violations.AddRange(FormattingViolations(tree));
        return violations;
    }

    /// <summary>
    /// What must hold for a compilation: its diagnostics (each in one of its files), printed three ways, the same when
    /// asked twice; the semantic model at positions of <paramref name="asked"/>; and, without errors or when asked to,
    /// the C# model, the JSON records and the reports. <paramref name="errorFree"/>: whether it has no error.
    /// </summary>
    internal static List<string> CompilationViolations(Compilation compilation, IEnumerable<SyntaxTree> asked, bool emitDespiteErrors, out bool errorFree)
    {
        var violations = new List<string>();
        var diagnostics = compilation.GetDiagnostics();
        violations.AddRange(DiagnosticViolations(compilation, diagnostics));
        violations.AddRange(PrintingViolations(diagnostics));
        if (!compilation.GetDiagnostics().SequenceEqual(diagnostics)) violations.Add("a second GetDiagnostics() differs from the first");
        foreach (var tree in asked) AskSemanticModel(compilation, tree);

        errorFree = !diagnostics.Any(diagnostic => diagnostic.IsError);
        // negc, the build task and the source generator emit nothing for a compilation with errors, but the
        // library's emitters take any compilation and must not throw on one (checked for some inputs: it is slow).
        if (errorFree || emitDespiteErrors)
        {
            violations.AddRange(BuildViolations(compilation));
            violations.AddRange(ReportViolations(compilation));
        }

        return violations;
    }

    private static IEnumerable<string> DiagnosticViolations(Compilation compilation, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            foreach (var violation in SyntaxInvariants.DiagnosticViolations(diagnostic)) yield return violation;
            if (!compilation.SyntaxTrees.Any(tree => ReferenceEquals(tree.Text, diagnostic.Location.Text)))
                yield return $"{diagnostic.Code} points into a text that is not part of the compilation";
            // The line and column negc prints: must not throw, and must lie inside the file.
            var line = diagnostic.Location.LineSpan;
            if (diagnostic.Location.Text is { } text && (line.Start.Line >= text.LineCount || line.End.Line >= text.LineCount))
                yield return $"{diagnostic.Code}: line {line.Start.Line} is past the file's {text.LineCount} lines";
        }
    }

    /// <summary>negc's three ways of printing diagnostics (and tool errors): text with a source excerpt and caret (as on a terminal), JSON and SARIF, which must be JSON.</summary>
    internal static IEnumerable<string> PrintingViolations(IReadOnlyCollection<Diagnostic> diagnostics, IReadOnlyCollection<Diagnostic>? toolErrors = null)
    {
        toolErrors ??= [];
        using var text = new StringWriter();
        var console = new CliConsole(text, text, isTerminal: true, useColor: true);
        DiagnosticTextWriter.WriteToolErrors(console, toolErrors);
        DiagnosticTextWriter.Write(console, diagnostics);
        using var json = new StringWriter();
        DiagnosticJsonWriter.Write(json, fileCount: 1, diagnostics, toolErrors);
        using var sarif = new StringWriter();
        SarifWriter.Write(sarif, diagnostics, toolErrors);
        foreach (var (format, content) in new[] { ("diagnostics JSON", json.ToString()), ("SARIF log", sarif.ToString()) })
        {
            if (JsonError(content) is { } error) yield return $"the {format} is not JSON: {error}";
        }
    }

    internal static string? JsonError(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : "not an object";
        }
        catch (JsonException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>What an editor asks on hover, go-to-definition and references, at positions spread over the file.</summary>
    private static void AskSemanticModel(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var length = tree.Text.Length;
        var step = Math.Max(1, length / 24);
        for (var position = 0; position <= length; position += step)
        {
            var symbol = model.GetSymbolAt(position);
            if (symbol is not null) _ = model.FindReferences(symbol).Count();
            _ = model.GetResolvedDateAt(position);
        }

        _ = model.GetSymbolAt(length);
    }

    /// <summary>
    /// A file without syntax errors formats to one that parses cleanly, has the same tokens and comments, and
    /// formats to itself; any other file comes back unchanged.
    /// </summary>
    private static IEnumerable<string> FormattingViolations(SyntaxTree tree)
    {
        var formatted = Formatter.Format(tree);
        if (!Formatter.CanFormat(tree))
        {
            if (formatted != tree.Text.Text) yield return "a file with syntax errors was changed by the formatter";
            yield break;
        }

        var again = SyntaxTree.ParseText(formatted, FilePath);
        if (!again.Diagnostics.IsEmpty) yield return $"the formatted text has syntax diagnostics, first {again.Diagnostics[0].Code}: {again.Diagnostics[0].Message}";
        if (!Tokens(again).SequenceEqual(Tokens(tree))) yield return "formatting changed the tokens";
        if (!Comments(again).SequenceEqual(Comments(tree))) yield return "formatting lost, added or reordered a comment";
        if (Formatter.Format(again) != formatted) yield return "formatting is not idempotent: format(format(x)) != format(x)";
    }

    private static IEnumerable<(SyntaxKind, string)> Tokens(SyntaxTree tree) =>
        tree.Root.DescendantTokens().Select(token => (token.Kind, token.Text));

    /// <summary>Comments as the formatter promises to keep them: the same text, with LF line breaks and no trailing spaces.</summary>
    private static IEnumerable<string> Comments(SyntaxTree tree) =>
        tree.Root.DescendantTokens().SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia)).Where(trivia => trivia.IsComment)
            .Select(trivia => string.Join("\n", trivia.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd())));

    /// <summary>The C# model parses without a syntax error (no text of a record can break out of its literal); the JSON is JSON.</summary>
    private static IEnumerable<string> BuildViolations(Compilation compilation)
    {
        var source = CSharpModelEmitter.Emit(compilation, "fuzz-input");
        var csharp = CSharpSyntaxTree.ParseText(source, CSharpOptions);
        foreach (var error in csharp.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(3))
            yield return $"the generated C# does not parse: {error.Id} {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} at {error.Location.GetLineSpan().StartLinePosition}";
        if (HasLoneSurrogate(source)) yield return "the generated C# holds a lone surrogate";

        var json = RecordJsonWriter.Write(compilation, "fuzz-input");
        if (JsonError(json) is { } jsonError) yield return "the JSON records are not JSON: " + jsonError;
        if (HasLoneSurrogate(json)) yield return "the JSON holds a lone surrogate";
    }

    /// <summary>Every report is written; none holds a script or a lone surrogate.</summary>
    private static IEnumerable<string> ReportViolations(Compilation compilation)
    {
        var model = ReportModel.Build(compilation, "fuzz-input", asOf: null);
        var html = HtmlReportWriter.Write(model);
        if (html.Contains("<script", StringComparison.OrdinalIgnoreCase)) yield return "the HTML report holds a script element";
        foreach (var (format, content) in new[] { ("HTML", html), ("Markdown", MarkdownReportWriter.Write(model)), ("CSV", CsvReportWriter.Write(model)) })
        {
            if (content.Length == 0) yield return $"the {format} report is empty";
            if (HasLoneSurrogate(content)) yield return $"the {format} report holds a lone surrogate";
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }

        return false;
    }
}

/// <summary>What one input did: the broken rules (empty when all held), and how far it got.</summary>
public sealed record OracleOutcome(IReadOnlyList<string> Violations, bool SyntaxClean, bool ErrorFree);
