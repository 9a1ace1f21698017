using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using NegotiationDsl.Cli.Input.Files;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.Input;

/// <summary>Reads and parses the collected files (in parallel when there are several: each file parses independently).</summary>
internal static class SourceLoader
{
    public static (List<SyntaxTree> Trees, List<ToolError> Errors) Load(IReadOnlyList<RecordFile> files) => Load(files, DiskFileSystem.Instance);

    public static (List<SyntaxTree> Trees, List<ToolError> Errors) Load(IReadOnlyList<RecordFile> files, IInputFileSystem fileSystem)
    {
        var trees = new SyntaxTree?[files.Count];
        var errors = new ToolError?[files.Count];
        void LoadFile(int i)
        {
            var displayPath = SourceFileCollector.DisplayPath(files[i].Path);
            var read = fileSystem.ReadFile(files[i].Path, FileSizeLimit.Bytes, files[i].Identity);
            if (read.Bytes is not null) trees[i] = SyntaxTree.Parse(SourceText.From(read.Bytes, displayPath));
            else if (read.Failure == FileReadFailure.TooLarge) trees[i] = SyntaxTree.TooLarge(displayPath, read.Length, FileSizeLimit.Bytes);
            else errors[i] = read.ToError(displayPath);
        }

        // A single file (the usual `negc check file.neg`) is parsed on this thread: starting the thread
        // pool and the parallel loop would cost a cold process more than the parse itself.
        if (files.Count == 1) LoadFile(0);
        else LoadInParallel(files.Count, LoadFile);

        return (trees.Where(tree => tree is not null).Select(tree => tree!).ToList(),
                errors.Where(error => error is not null).Select(error => error!).ToList());
    }

    // One worker per reported processor, so DOTNET_PROCESSOR_COUNT=1 reads and parses on one thread. A method of
    // its own, never inlined, so that a single file does not load System.Threading.Tasks.Parallel at all.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadInParallel(int count, System.Action<int> loadFile) =>
        Parallel.For(0, count, Parallelism.Options, loadFile);
}
