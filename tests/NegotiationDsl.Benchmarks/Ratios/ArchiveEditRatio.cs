using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// R8: one character typed into a record of the archive of R10, in this process, timed from parsing the edited text
/// until the diagnostics of its folder and of every folder that uses it are computed again (what the language
/// server republishes): <see cref="Archive.WithSyntaxTree"/> and <see cref="Compilation.GetDiagnostics"/>. Against
/// it, the same edit in the same record of the folder's independent copy: <see cref="Compilation.WithSyntaxTree"/>
/// and <see cref="Compilation.GetDiagnostics"/>. The edits are spread evenly over the archive's records (so over its
/// folders, tracks and follow-ups alike) and alternate with their copies'; the goal compares the p95s. With
/// <c>--commitments-asked</c> both sides also do what the language server does for a client that asked for commitments:
/// the archive's edited folder and every folder related to it, and the copy's edited folder, go to a <see cref="CommitmentsWatch"/>.
/// </summary>
internal static class ArchiveEditRatio
{
    private const int Edits = 200;
    private const int Warmups = 10;
    private const string Typed = "e";

    public static RatioResult Measure(RatioContext context)
    {
        var (archiveRoot, copiesRoot) = ArchiveWorkload.Get(context);
        var archive = new EditedArchive(archiveRoot, context.CommitmentsAsked ? Watch() : null);
        var records = archive.RecordPaths;
        var edited = Enumerable.Range(0, Warmups + Edits).Select(i => records[(int)((long)i * records.Count / (Warmups + Edits))]).ToList();
        var copies = new EditedCopies(copiesRoot, edited, context.CommitmentsAsked ? Watch() : null);

        var archiveTimes = new List<double>(Edits);
        var copyTimes = new List<double>(Edits);
        var pairs = new PairedTimes();
        var followUpEdits = new List<double>();
        var rebound = new List<int>(Edits);
        for (var i = 0; i < edited.Count; i++)
        {
            var record = edited[i];
            // The edited text is made outside the timing: the editor sends it.
            var inArchive = archive.Typed(record);
            var inCopy = copies.Typed(record);
            var (archiveTime, copyTime) = TimePair(() => archive.Apply(inArchive), () => copies.Apply(inCopy), archiveFirst: i % 2 == 0);
            archive.CheckFolderOf(record);
            copies.CheckFolderOf(record);
            if (i < Warmups) continue;
            archiveTimes.Add(archiveTime);
            copyTimes.Add(copyTime);
            pairs.Add(archiveTime, copyTime);
            rebound.Add(archive.ReboundFolders);
            if (Path.GetFileName(record) == FollowUpFile.Name) followUpEdits.Add(archiveTime / copyTime);
        }

        var archiveP50 = Interleaved.Median(archiveTimes);
        var archiveP95 = Interleaved.Percentile(archiveTimes, 0.95);
        var copyP50 = Interleaved.Median(copyTimes);
        var copyP95 = Interleaved.Percentile(copyTimes, 0.95);
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"R8{(context.CommitmentsAsked ? " (commitments asked)" : "")}: folders bound again per edit: median {Interleaved.Median(rebound.Select(count => (double)count).ToList()):F0}, most {rebound.Max()}; {followUpEdits.Count} of the {Edits} edits were in follow-ups, whose time against their copy's had a median of {(followUpEdits.Count == 0 ? 0 : Interleaved.Median(followUpEdits)):F2}"));
        return new RatioResult("R8", archiveP95 / copyP95, 1.5, string.Create(CultureInfo.InvariantCulture,
            $"an edit in the archive ({ArchiveWorkload.SizeOf(archiveRoot)}) until its folder's and its users' diagnostics: p50 {archiveP50:F1} ms, p95 {archiveP95:F1} ms over {Edits} edits; the same edit in the folder's independent copy ({ArchiveWorkload.SizeOf(copiesRoot)} in all): p50 {copyP50:F1} ms, p95 {copyP95:F1} ms"), pairs.Spread);
    }

    /// <summary>
    /// Both sides of a pair after one full collection, which also drops the syntax of every file bound before (trees
    /// keep their text and parse again when bound again), so each side starts as the other did. A collection of the
    /// young generations between the two keeps the first side's garbage from the second; the order alternates.
    /// </summary>
    private static (double Archive, double Copy) TimePair(Action archive, Action copy, bool archiveFirst)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var first = Time(archiveFirst ? archive : copy);
        GC.Collect(1);
        var second = Time(archiveFirst ? copy : archive);
        return archiveFirst ? (first, second) : (second, first);
    }

    /// <summary>A watch told that its client asked, whose notifications go nowhere.</summary>
    private static CommitmentsWatch Watch()
    {
        var watch = new CommitmentsWatch(_ => Task.CompletedTask);
        watch.Asked();
        return watch;
    }

    /// <summary>What the publisher does after a folder's diagnostics; the watch never waits, since its notifications go nowhere.</summary>
    private static void Compiled(CommitmentsWatch watch, string folderKey, Compilation? compilation) =>
        watch.FolderCompiledAsync(folderKey, compilation, CancellationToken.None).GetAwaiter().GetResult();

    private static double Time(Action action)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Where an edit types: just inside the string of the middle statement that says something, in the archive and in the copy alike.</summary>
    private static string TypeInto(string text)
    {
        const string Says = " says \"";
        var places = new List<int>();
        for (var at = text.IndexOf(Says, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Says, at + 1, StringComparison.Ordinal)) places.Add(at + Says.Length);
        if (places.Count == 0) throw new InvalidOperationException("a generated record says nothing");
        return text.Insert(places[places.Count / 2], Typed);
    }

    private static List<SyntaxTree> Load(string folder) =>
        Directory.GetFiles(folder, "*.neg", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => SyntaxTree.Parse(SourceText.From(File.ReadAllText(path), path))).ToList();

    private static void ThrowIfProblems(string what, IEnumerable<Diagnostic> diagnostics)
    {
        if (diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning) is { } problem)
            throw new InvalidOperationException($"{what} has a problem before or after an edit: {problem}");
    }

    /// <summary>The archive as the language server keeps it: one snapshot, replaced at each edit.</summary>
    private sealed class EditedArchive
    {
        private readonly string _root;
        private readonly Dictionary<string, List<string>> _users = new(StringComparer.Ordinal);
        private readonly CommitmentsWatch? _commitments;
        private Archive _archive;
        private ArchiveGraph? _graph;

        public EditedArchive(string root, CommitmentsWatch? commitments)
        {
            _root = root;
            _commitments = commitments;
            _archive = Archive.Create(root, Load(root));
            ThrowIfProblems("the archive", _archive.GetDiagnostics());
            // Every folder's first compilation after the request counts as a change: told before the edits begin.
            if (commitments is not null)
            {
                foreach (var compilation in _archive.Compilations) Compiled(commitments, FolderKey(compilation.SyntaxTrees[0]), compilation);
            }

            foreach (var compilation in _archive.Compilations)
            {
                foreach (var used in compilation.UsedCompilations)
                {
                    if (!_users.TryGetValue(used.Folder!, out var users)) _users[used.Folder!] = users = [];
                    users.Add(compilation.Folder!);
                }
            }

            RecordPaths = _archive.SyntaxTrees.Select(tree => Path.GetRelativePath(root, tree.FilePath))
                .Where(path => !path.StartsWith(RegisterFile.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        }

        /// <summary>Every record of the tracks and follow-ups, relative to the root.</summary>
        public List<string> RecordPaths { get; }

        public int ReboundFolders => _archive.ReboundFolders;

        public SourceText Typed(string record)
        {
            var path = Path.Combine(_root, record);
            return SourceText.From(TypeInto(_archive.SyntaxTrees.First(tree => tree.FilePath == path).Text.ToString()), path);
        }

        public void Apply(SourceText text)
        {
            var tree = SyntaxTree.Parse(text);
            _archive = _archive.WithSyntaxTree(tree);
            var folder = _archive.GetCompilation(tree)!;
            folder.GetDiagnostics();
            foreach (var user in _users.GetValueOrDefault(folder.Folder!) ?? []) _archive.GetCompilation(user)!.GetDiagnostics();
            if (_commitments is null) return;
            // As the publisher does: the edited folder, then every folder related to it in the archive's graph of uses.
            _graph = ArchiveGraph.Of(_archive, _graph);
            var key = FolderKey(tree);
            foreach (var told in _graph.Related(key).Prepend(key)) Compiled(_commitments, told, _archive.GetCompilation(told));
        }

        private static string FolderKey(SyntaxTree tree) => DocumentUris.FolderOf(tree.FilePath);

        public void CheckFolderOf(string record)
        {
            var folder = _archive.GetCompilation(Path.GetDirectoryName(Path.Combine(_root, record))!)!;
            ThrowIfProblems(record, folder.GetDiagnostics());
        }
    }

    /// <summary>The independent copies, one compilation per folder, each replaced at an edit of its records.</summary>
    private sealed class EditedCopies
    {
        private readonly string _root;
        private readonly Dictionary<string, Compilation> _folders;
        private readonly CommitmentsWatch? _commitments;

        /// <param name="records">The records that will be edited: only their folders are loaded (the others would only weigh on every collection).</param>
        public EditedCopies(string root, IEnumerable<string> records, CommitmentsWatch? commitments)
        {
            _root = root;
            _commitments = commitments;
            _folders = records.Select(record => Path.GetDirectoryName(Path.Combine(root, record))!).Distinct(StringComparer.Ordinal)
                .ToDictionary(folder => folder, folder => Compilation.Create(Load(folder)), StringComparer.Ordinal);
            foreach (var folder in _folders)
            {
                ThrowIfProblems(folder.Key, folder.Value.GetDiagnostics());
                if (commitments is not null) Compiled(commitments, folder.Key, folder.Value);
            }
        }

        public SourceText Typed(string record)
        {
            var path = Path.Combine(_root, record);
            return SourceText.From(TypeInto(_folders[Path.GetDirectoryName(path)!].SyntaxTrees.First(tree => tree.FilePath == path).Text.ToString()), path);
        }

        public void Apply(SourceText text)
        {
            var folder = Path.GetDirectoryName(text.FilePath)!;
            var compilation = _folders[folder].WithSyntaxTree(SyntaxTree.Parse(text));
            compilation.GetDiagnostics();
            _folders[folder] = compilation;
            if (_commitments is not null) Compiled(_commitments, folder, compilation);
        }

        public void CheckFolderOf(string record) => ThrowIfProblems(record, _folders[Path.GetDirectoryName(Path.Combine(_root, record))!].GetDiagnostics());
    }
}
