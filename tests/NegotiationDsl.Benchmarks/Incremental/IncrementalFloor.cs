using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NegotiationDsl.Benchmarks.Ratios;
using NegotiationDsl.Binding;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Incremental;

/// <summary>
/// What design (A) of incremental binding costs at least for an R5 keystroke, against binding and checking the whole
/// file as the compilation does today, interleaved on one thread: the product's copy of the folder into the new tree
/// (<see cref="CopiedFolder"/>: the symbols copied, the position tables moved, the declaration table, record and scope
/// over the copies, the spans of the events and participant names moved) and the folder-wide checks that
/// finish it; the symbol copy and the moved tables are also timed alone. Binding the edited member alone is estimated as
/// binding a file of the record's declarations and that member, less binding the declarations alone. Each keystroke also
/// checks that the copied folder reaches no symbol or tree of the version before and serves the symbols and diagnostics
/// a fresh binding gives.
/// </summary>
internal static class IncrementalFloor
{
    private const int Warmups = 4;

    private static readonly string[] Steps =
    [
        "bind and check (WithSyntaxTree)", "bind without checks", "checks and freeze", "copy symbols (SymbolMap.Copy)",
        "move position tables", "copy the folder (all of it)", "checks over the copies", "bind declarations and the member",
        "bind declarations alone", "parse (incremental)", "copy the tree (in the parse)", "parse the member alone",
    ];

    // The steps design (A) takes instead of binding and checking the whole file, and the estimate of binding the member.
    private static readonly int[] CopySteps = [5, 6];
    private const int WithMember = 7;
    private const int DeclarationsOnly = 8;
    private const int BindAndCheck = 0;

    public static void Log(TextWriter log, string path, string text, int edits)
    {
        var script = new KeystrokeScript(text, edits / 2);
        var (current, tree, root, compilation) = KeystrokeFile.Open(text, path);
        var bound = BindAlone(tree);
        var result = Binder.Check(bound);
        var times = Steps.Select(_ => new List<double>()).ToArray();
        var memberSymbols = new List<double>();
        var problems = new List<string>();
        for (var i = 0; i < edits + Warmups; i++)
        {
            var next = LspLines.Changed(current, [script.Next(fullText: false)]);
            SyntaxTree edited = null!;
            var parse = Interleaved.Time(() => edited = tree.WithChangedText(next));
            var editedRoot = edited.Root;
            var before = root;
            var shift = SpanShift.Of(TextChange.Between(current.Text, next.Text));
            var (withMember, declarationsOnly, memberText, symbolsInMember) = MemberFiles(editedRoot, next, shift);
            BoundFolder newBound = null!;
            BindingResult newResult = null!;
            SymbolMap map = null!;
            BoundFolder copiedFolder = null!;
            BindingResult copied = null!;
            double[] timed =
            [
                Interleaved.Time(() => _ = compilation.WithSyntaxTree(edited).Symbols),
                Interleaved.Time(() => newBound = BindAlone(edited)),
                Interleaved.Time(() => newResult = Binder.Check(newBound)),
                Interleaved.Time(() => map = SymbolMap.Copy(tree, result.Symbols, edited, shift)),
                Interleaved.Time(() => result.For(tree).Moved(shift, map)),
                Interleaved.Time(() => copiedFolder = CopiedFolder.TryCopy(bound, result, edited, shift) ?? throw new InvalidOperationException("the folder could not be copied")),
                Interleaved.Time(() => copied = Binder.Check(copiedFolder)),
                Interleaved.Time(() => Binder.Check(BindAlone(withMember))),
                Interleaved.Time(() => Binder.Check(BindAlone(declarationsOnly))),
                parse,
                Interleaved.Time(() => Syntax.Parsing.NodeCopier.Move(before, 1)),
                Interleaved.Time(() => SyntaxTree.Parse(memberText).Root.GetHashCode()),
            ];
            if (i >= Warmups)
            {
                for (var step = 0; step < Steps.Length; step++) times[step].Add(timed[step]);
                memberSymbols.Add(symbolsInMember);
            }

            problems.AddRange(CopyCheck.Problems(result.Symbols, tree, copied).Select(problem => $"keystroke {i}: {problem}"));
            problems.AddRange(CopyCheck.Differences(newResult, copied, shift).Select(problem => $"keystroke {i}: {problem}"));
            problems.AddRange(CopyCheck.PassDifferences(newBound, newResult, copiedFolder, shift).Select(problem => $"keystroke {i}: {problem}"));
            current = next;
            tree = edited;
            root = editedRoot;
            compilation = compilation.WithSyntaxTree(edited);
            bound = newBound;
            result = newResult;
        }

        GC.KeepAlive(root);
        Write(log, edits, times, memberSymbols, result, bound, problems);
    }

    /// <summary>
    /// A folder of one file bound on one thread, as the benchmark's copy steps run; the compilation binds a one-file folder
    /// on one thread too.
    /// </summary>
    internal static BoundFolder BindAlone(SyntaxTree tree) =>
        Binder.BindWithoutChecks([tree], ArchiveLayout.Create([tree], root: null), new Dictionary<string, BindingResult>(), parallel: false);

    /// <summary>
    /// Two files for the estimate of binding the edited member alone: the record's header, policies and actor declarations
    /// with the top-level member that holds the edit, and without it; the member's text alone; and the number of symbols the member declares.
    /// </summary>
    private static (SyntaxTree WithMember, SyntaxTree DeclarationsOnly, SourceText Member, int SymbolsInMember) MemberFiles(CompilationUnitSyntax root, SourceText text, SpanShift edit)
    {
        var declarations = new StringBuilder();
        MemberSyntax? edited = null;
        foreach (var member in root.Members)
        {
            if (member.Kind is SyntaxKind.RecordHeader or SyntaxKind.PartyDeclaration or SyntaxKind.PersonDeclaration or SyntaxKind.PolicyDeclaration)
                declarations.Append(text.ToString(member.FullSpan));
            else if (member.FullSpan.Start <= edit.Start && edit.Start < member.FullSpan.End) edited = member;
        }

        if (edited is null) throw new InvalidOperationException($"no top-level member holds the edit at {edit.Start}");
        var withMember = SyntaxTree.Parse(SourceText.From(declarations + text.ToString(edited.FullSpan), "member.neg"));
        var declarationsOnly = SyntaxTree.Parse(SourceText.From(declarations.ToString(), "declarations.neg"));
        var symbols = Binder.Check(BindAlone(withMember)).Symbols.Length - Binder.Check(BindAlone(declarationsOnly)).Symbols.Length;
        return (withMember, declarationsOnly, SourceText.From(text.ToString(edited.FullSpan), "member.neg"), symbols);
    }

    private static void Write(TextWriter log, int edits, List<double>[] times, List<double> memberSymbols, BindingResult result, BoundFolder bound, List<string> problems)
    {
        // Median sorts its list, so the per-keystroke sums read copies in keystroke order.
        var inOrder = times.Select(step => step.ToList()).ToArray();
        var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Incremental binding floor, design (A) (medians of {edits} keystrokes, ms; min-max):"));
        for (var step = 0; step < Steps.Length; step++)
        {
            var values = times[step];
            line.Append(CultureInfo.InvariantCulture, $"\n  {Steps[step],-36} {Interleaved.Median(values),7:F2}  ({values.Min():F2}-{values.Max():F2})");
        }

        // Per keystroke, then the median: the steps of one keystroke share its load.
        var copy = Enumerable.Range(0, edits).Select(edit => CopySteps.Sum(step => inOrder[step][edit])).ToList();
        var member = Enumerable.Range(0, edits).Select(edit => inOrder[WithMember][edit] - inOrder[DeclarationsOnly][edit]).ToList();
        var design = Enumerable.Range(0, edits).Select(edit => copy[edit] + member[edit]).ToList();
        var share = Enumerable.Range(0, edits).Select(edit => design[edit] / inOrder[BindAndCheck][edit]).ToList();
        line.Append(CultureInfo.InvariantCulture, $"\n  copy the folder and check (A's floor without the member) {Interleaved.Median(copy):F2}; binding the member (difference) {Interleaved.Median(member):F2}");
        line.Append(CultureInfo.InvariantCulture, $"\n  design (A) per keystroke {Interleaved.Median(design):F2} ms, {Interleaved.Median(share):F2} of binding and checking the whole file ({share.Min():F2}-{share.Max():F2})");
        line.Append(CultureInfo.InvariantCulture, $"\n  {result.Symbols.Length} symbols; the edited member declares a median of {Interleaved.Median(memberSymbols):F0};");
        line.Append(CultureInfo.InvariantCulture, $" {bound.Passes.Sum(pass => pass.Events.Length)} events and {bound.Passes.Sum(pass => pass.ParticipantNames.Count)} participant names moved");
        line.Append(CultureInfo.InvariantCulture, $"\n  copies checked against a fresh binding: {(problems.Count == 0 ? "no difference" : $"{problems.Count} problems")}");
        foreach (var problem in problems.Take(10)) line.Append("\n    ").Append(problem);
        log.WriteLine(line.ToString());
    }
}
