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
/// What design (A) of incremental binding would cost at least for an R5 keystroke, against binding and checking the
/// whole file as the compilation does today, interleaved on one thread: copying the file's symbols into the new tree (with
/// a dictionary and with a sorted index as the map from each symbol to its copy), moving its position tables, making
/// the declaration table, record and scope over the copies, moving the spans of the events and participant names, and
/// the folder-wide checks that finish the copied folder. Binding the edited member alone is estimated as
/// binding a file of the record's declarations and that member, less binding the declarations alone. Each keystroke also
/// checks that the copies refer to no symbol or tree of the version before and that the copied folder serves the
/// symbols and diagnostics a fresh binding gives.
/// </summary>
internal static class IncrementalFloor
{
    private const int Warmups = 4;

    private static readonly string[] Steps =
    [
        "bind and check (WithSyntaxTree)", "bind without checks", "checks and freeze", "copy symbols (dictionary map)",
        "copy symbols (sorted-key map)", "move position tables", "declarations, record, scope", "move events' spans",
        "checks over the copies", "bind declarations and the member", "bind declarations alone", "parse (incremental)",
        "copy the tree (in the parse)", "clone symbols only (no map)", "parse the member alone",
    ];

    // The steps design (A) takes instead of binding and checking the whole file, and the estimate of binding the member.
    private static readonly int[] CopySteps = [3, 5, 6, 7, 8];
    private const int WithMember = 9;
    private const int DeclarationsOnly = 10;
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
            var edit = Edit.Of(TextChange.Between(current.Text, next.Text));
            var (withMember, declarationsOnly, memberText, symbolsInMember) = MemberFiles(editedRoot, next, edit);
            BoundFolder newBound = null!;
            BindingResult newResult = null!;
            Symbol[] copies = null!;
            var map = new DictionaryMap();
            TreeBinding moved = null!;
            (BindingScope, BoundActors, DeclarationTable) scope = default;
            ImmutableArray<FileBindingResult> passes = default;
            BindingResult copied = null!;
            double[] timed =
            [
                Interleaved.Time(() => _ = compilation.WithSyntaxTree(edited).Symbols),
                Interleaved.Time(() => newBound = BindAlone(edited)),
                Interleaved.Time(() => newResult = Binder.Check(newBound)),
                Interleaved.Time(() => copies = SymbolGraphCopy<DictionaryMap>.Copy(result.Symbols, edited, edit, map)),
                Interleaved.Time(() => SymbolGraphCopy<SortedKeyMap>.Copy(result.Symbols, edited, edit, new SortedKeyMap(tree))),
                Interleaved.Time(() => moved = CopiedFolder.MoveTables(result.For(tree), edit, map)),
                Interleaved.Time(() => scope = CopiedFolder.ScopeOver(bound, result.RecordOfTree(tree), edited, edit, map)),
                Interleaved.Time(() => passes = CopiedFolder.PassesOver(bound.Passes, edited, edit, map)),
                Interleaved.Time(() => copied = Binder.Check(CopiedFolder.Assemble(bound, edited, scope, passes, moved))),
                Interleaved.Time(() => Binder.Check(BindAlone(withMember))),
                Interleaved.Time(() => Binder.Check(BindAlone(declarationsOnly))),
                parse,
                Interleaved.Time(() => Syntax.Parsing.NodeCopier.Move(before, 1)),
                Interleaved.Time(() => SymbolGraphCopy<DictionaryMap>.CloneOnly(result.Symbols, edited, edit, new DictionaryMap())),
                Interleaved.Time(() => SyntaxTree.Parse(memberText).Root.GetHashCode()),
            ];
            if (i >= Warmups)
            {
                for (var step = 0; step < Steps.Length; step++) times[step].Add(timed[step]);
                memberSymbols.Add(symbolsInMember);
            }

            problems.AddRange(CopyCheck.Problems(result.Symbols, tree, copies, edited).Select(problem => $"keystroke {i}: {problem}"));
            problems.AddRange(CopyCheck.Differences(newResult, copied, edit).Select(problem => $"keystroke {i}: {problem}"));
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
    private static (SyntaxTree WithMember, SyntaxTree DeclarationsOnly, SourceText Member, int SymbolsInMember) MemberFiles(CompilationUnitSyntax root, SourceText text, Edit edit)
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
        line.Append(CultureInfo.InvariantCulture, $"\n  copy, move and check (A's floor without the member) {Interleaved.Median(copy):F2}; binding the member (difference) {Interleaved.Median(member):F2}");
        line.Append(CultureInfo.InvariantCulture, $"\n  design (A) per keystroke {Interleaved.Median(design):F2} ms, {Interleaved.Median(share):F2} of binding and checking the whole file ({share.Min():F2}-{share.Max():F2})");
        line.Append(CultureInfo.InvariantCulture, $"\n  {result.Symbols.Length} symbols; the edited member declares a median of {Interleaved.Median(memberSymbols):F0};");
        line.Append(CultureInfo.InvariantCulture, $" {bound.Passes.Sum(pass => pass.Events.Length)} events and {bound.Passes.Sum(pass => pass.ParticipantNames.Count)} participant names moved");
        line.Append(CultureInfo.InvariantCulture, $"\n  copies checked against a fresh binding: {(problems.Count == 0 ? "no difference" : $"{problems.Count} problems")}");
        foreach (var problem in problems.Take(10)) line.Append("\n    ").Append(problem);
        log.WriteLine(line.ToString());
    }
}
