using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Hosting.Input;

/// <summary>Reads and parses the collected files (in parallel when there are several: each file parses independently).</summary>
internal static class SourceLoader
{
    public static (List<SyntaxTree> Trees, List<Diagnostic> Errors) Load(IReadOnlyList<RecordFile> files, IInputFileSystem fileSystem,
        System.Func<string, string>? displayPath = null)
    {
        var loaded = LoadEach(files, fileSystem, displayPath);
        return (loaded.Where(file => file.Tree is not null).Select(file => file.Tree!).ToList(),
                loaded.Where(file => file.Error is not null).Select(file => file.Error!).ToList());
    }

    /// <summary>Each file's tree, or the error that kept it from being read, in the order of <paramref name="files"/>.</summary>
    public static (SyntaxTree? Tree, Diagnostic? Error)[] LoadEach(IReadOnlyList<RecordFile> files) => LoadEach(files, DiskFileSystem.Instance);

    /// <param name="displayPath">How a file's path is shown (by default relative to the working folder when inside it).</param>
    public static (SyntaxTree? Tree, Diagnostic? Error)[] LoadEach(IReadOnlyList<RecordFile> files, IInputFileSystem fileSystem, System.Func<string, string>? displayPath = null)
    {
        displayPath ??= SourceFileCollector.DisplayPath;
        var loaded = new (SyntaxTree? Tree, Diagnostic? Error)[files.Count];
        void LoadFile(int i)
        {
            var shownPath = displayPath(files[i].Path);
            var read = fileSystem.ReadFile(files[i].Path, FileSizeLimit.Bytes, files[i].Identity);
            if (read.Bytes is not null) loaded[i].Tree = SyntaxTree.Parse(SourceText.From(read.Bytes, shownPath));
            else if (read.Failure == FileReadFailure.TooLarge) loaded[i].Tree = SyntaxTree.TooLarge(shownPath, read.Length, FileSizeLimit.Bytes);
            else loaded[i].Error = read.ToError(shownPath);
        }

        // A single file (the usual `negc check file.neg`) is parsed on this thread: starting the thread
        // pool and the parallel loop would cost a cold process more than the parse itself.
        if (files.Count == 1) LoadFile(0);
        else LoadInParallel(files.Count, LoadFile);
        return loaded;
    }

    // One worker per reported processor, so DOTNET_PROCESSOR_COUNT=1 reads and parses on one thread. A method of
    // its own, never inlined, so that a single file does not load System.Threading.Tasks.Parallel at all.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadInParallel(int count, System.Action<int> loadFile) =>
        Parallel.For(0, count, Parallelism.Options, loadFile);
}
