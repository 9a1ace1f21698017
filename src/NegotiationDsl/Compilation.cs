using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NegotiationDsl.Binding;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using NodaTime;

namespace NegotiationDsl;

/// <summary>
/// An immutable set of syntax trees compiled together (a folder of records is one compilation). The
/// CLI, the language server and the build integration all work from this one type. Each phase is
/// computed lazily, once, and cached.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<ArchiveBinding> _binding;
    private readonly string _folder;
    private ImmutableArray<Diagnostic> _diagnostics;
    private StableNames? _stableNames;

    private Compilation(ImmutableArray<SyntaxTree> syntaxTrees, CompilationOptions options)
    {
        SyntaxTrees = syntaxTrees;
        Options = options;
        _folder = ArchiveLayout.StandaloneFolder;
        _binding = new Lazy<ArchiveBinding>(() => ArchiveBinding.BindStandalone(SyntaxTrees), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The one file of <paramref name="before"/>, bound, replaced by <paramref name="tree"/>, an edit of a string
    /// <see cref="WrittenStringEdit"/> accepts moving positions by <paramref name="shift"/>: the binding before is carried into the new tree, else the file is bound.
    /// </summary>
    private Compilation(Compilation before, SyntaxTree tree, SpanShift shift)
    {
        SyntaxTrees = [tree];
        Options = before.Options;
        _folder = ArchiveLayout.StandaloneFolder;
        var previous = before._binding.Value;
        _binding = new Lazy<ArchiveBinding>(() =>
        {
            try
            {
                if (previous.CopiedInto(tree, shift) is { } copied)
                {
                    IsBoundByCopy = true;
                    return copied;
                }
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                // A copy must never be worse than binding: the Lazy would keep the exception and throw it on every read,
                // so no phase would ever run and a server's diagnostics loop would end. Binding the file is always right.
                CopyFailure = failure;
            }

            return ArchiveBinding.BindStandalone(SyntaxTrees);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>One folder of <paramref name="archive"/>: its files, bound with the archive (which binds each folder once, after those it uses).</summary>
    internal Compilation(Archive archive, string folder, ImmutableArray<SyntaxTree> syntaxTrees, Lazy<ArchiveBinding> archiveBinding)
    {
        SyntaxTrees = syntaxTrees;
        Options = archive.Options;
        Archive = archive;
        Folder = folder;
        _folder = folder;
        _binding = archiveBinding;
    }

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>The archive this folder belongs to, or null for a compilation of its own.</summary>
    public Archive? Archive { get; }

    /// <summary>The folder inside <see cref="Archive"/> (as the archive's paths name it), or null.</summary>
    public string? Folder { get; }

    /// <summary>Inside an archive: the compilations of the folders this folder's files use (not transitively).</summary>
    public IEnumerable<Compilation> UsedCompilations =>
        Archive is { } archive ? Binding.UsedFolders.Select(folder => archive.GetCompilation(folder)).OfType<Compilation>() : Enumerable.Empty<Compilation>();

    public CompilationOptions Options { get; }

    /// <summary>
    /// The folder that paths in outputs are relative to: the archive's root, else the folder of the compilation's files
    /// (their deepest common folder), named as the files are.
    /// </summary>
    public string RootFolder => Archive?.Root ?? OutputPaths.CommonFolder(SyntaxTrees.Select(tree => tree.FilePath));

    /// <summary>A file's path as every output writes it: relative to <see cref="RootFolder"/>, with '/' separators (<c>minsk-2015/minsk-2015.neg</c>).</summary>
    public string GetOutputPath(string filePath) => OutputPaths.Relative(RootFolder, filePath);

    /// <summary>
    /// The name every output gives <paramref name="symbol"/> (a symbol of this compilation): its label, else a name made from
    /// the meeting, round of talks or file it is in and its ordinal there, never from its line (<see cref="StableNames"/>).
    /// </summary>
    public string GetStableName(Symbol symbol) => LazyInitializer.EnsureInitialized(ref _stableNames, () => StableNames.Of(Symbols))![symbol];

    public static Compilation Create(IEnumerable<SyntaxTree> syntaxTrees, CompilationOptions? options = null) =>
        new(syntaxTrees.ToImmutableArray(), options ?? CompilationOptions.Default);

    public Compilation WithOptions(CompilationOptions options) =>
        Archive is { } archive ? archive.WithOptions(options).GetCompilation(Folder!)! : new(SyntaxTrees, options);

    internal BindingResult Binding => _binding.Value.For(_folder);

    public SemanticModel GetSemanticModel(SyntaxTree tree) => new(this, tree, _binding.Value.ForTree(tree));

    /// <summary>Every declared and statement symbol, in declaration order.</summary>
    public ImmutableArray<Symbol> Symbols => Binding.Symbols;

    /// <summary>Each file's record (its header's citation), in the order of <see cref="SyntaxTrees"/>.</summary>
    public ImmutableArray<RecordSymbol> Records => Binding.Records;

    /// <summary>The record <paramref name="symbol"/> is declared in.</summary>
    public RecordSymbol GetRecord(Symbol symbol) => _binding.Value.RecordOf(symbol);

    public IEnumerable<ActorSymbol> Actors => Symbols.OfType<ActorSymbol>();

    /// <summary>Every commitment, in declaration order.</summary>
    public IEnumerable<CommitmentSymbol> Commitments => Symbols.OfType<CommitmentSymbol>();

    /// <summary>The agreements (documents) the compilation declares, in declaration order.</summary>
    public IEnumerable<AgreementSymbol> Agreements => Symbols.OfType<AgreementSymbol>();

    /// <summary>The milestones declared in these records (section 18), in source order.</summary>
    public IEnumerable<MilestoneSymbol> Milestones => Symbols.OfType<MilestoneSymbol>();

    /// <summary>Every labelled offer and proposal, in declaration order: each has a reply state (accepted, rejected, ...).</summary>
    public IEnumerable<StatementSymbol> ReplyTargets => Symbols.OfType<StatementSymbol>().Where(statement => statement.IsReplyTarget);

    /// <summary>Meetings in date order (undated last), then in declaration order.</summary>
    public IEnumerable<MeetingSymbol> Meetings =>
        Symbols.OfType<MeetingSymbol>().Select((meeting, index) => (meeting, index))
            .OrderBy(item => item.meeting.Date is null ? 1 : 0)
            .ThenBy(item => item.meeting.Date?.Start)
            .ThenBy(item => item.index)
            .Select(item => item.meeting);

    /// <summary>
    /// The last day of the latest dated meeting, round of talks or statement, or null when nothing is
    /// dated: the default "as of" day of status and reports, so that they never look past the records. In a
    /// folder of an archive, the records of the folders that use it count too (they may settle its commitments),
    /// so a commitment's state on the default day is the same wherever a command is run.
    /// </summary>
    public LocalDate? GetLatestDate() => _binding.Value.LatestDateOf(_folder);

    public IEnumerable<NameSyntax> FindReferences(Symbol symbol) => FindReferencesWithTrees(symbol).Select(reference => reference.Name);

    /// <summary>Every name that refers to <paramref name="symbol"/>, with the tree it is in (finding a node's tree afterwards means a search).</summary>
    internal IEnumerable<(SyntaxTree Tree, NameSyntax Name)> FindReferencesWithTrees(Symbol symbol)
    {
        foreach (var (tree, start) in _binding.Value.ReferencesTo(symbol))
        {
            if (tree.Root.FindToken(start).Parent is NameSyntax name) yield return (tree, name);
        }
    }

    /// <summary>Whether binding carried the binding of the compilation before into this one's tree instead of binding the file (tests tell the paths apart by it; the language server logs it with each publication).</summary>
    internal bool IsBoundByCopy { get; private set; }

    /// <summary>What the copy threw when carrying the binding before over failed and the file was bound instead, else null (tests assert it stays null, so the fallback cannot hide a wrong copy; the language server logs it).</summary>
    internal Exception? CopyFailure { get; private set; }

    /// <summary>
    /// A new compilation with one tree replaced or added; this one is unchanged. An edit of a string no binding reads (a
    /// statement's text, an agreement's title, ...: <see cref="WrittenStringEdit"/>) in a bound compilation of one file carries its binding over.
    /// </summary>
    public Compilation WithSyntaxTree(SyntaxTree tree)
    {
        if (Archive is { } archive) return archive.WithSyntaxTree(tree).GetCompilation(tree)!;
        if (SyntaxTrees is [var only] && only.FilePath == tree.FilePath && _binding.IsValueCreated && WrittenStringEdit.ShiftOf(only, tree) is { } shift)
            return new Compilation(this, tree, shift);
        for (var i = 0; i < SyntaxTrees.Length; i++)
        {
            if (SyntaxTrees[i].FilePath == tree.FilePath) return new Compilation(SyntaxTrees.SetItem(i, tree), Options);
        }

        return new Compilation(SyntaxTrees.Add(tree), Options);
    }

    /// <summary>Every diagnostic of every phase, ordered by file, then position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics()
    {
        if (_diagnostics.IsDefault)
        {
            var suppressions = Binding.Suppressions;
            var all = SyntaxTrees.SelectMany(tree => tree.Diagnostics)
                .Concat(_binding.Value.DiagnosticsOf(_folder))
                .Where(diagnostic => diagnostic.Location.Text is not { } text || !suppressions.TryGetValue(text, out var lines) || !lines.IsSuppressed(diagnostic))
                .Select(Options.Apply)
                .OfType<Diagnostic>()
                .OrderBy(diagnostic => diagnostic.Location.FilePath, System.StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.Span.Start)
                .ThenBy(diagnostic => diagnostic.Code, System.StringComparer.Ordinal)
                .ToImmutableArray();
            ImmutableInterlocked.InterlockedInitialize(ref _diagnostics, all);
        }

        return _diagnostics;
    }
}
