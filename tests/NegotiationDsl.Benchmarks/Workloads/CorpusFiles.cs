using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Workloads;

/// <summary>A corpus read into memory once, grouped by folder as the CLI groups compilations.</summary>
public sealed class CorpusFiles
{
    private CorpusFiles(ImmutableArray<ImmutableArray<(string Path, string Text)>> folders, long bytes)
    {
        Folders = folders;
        Bytes = bytes;
    }

    public ImmutableArray<ImmutableArray<(string Path, string Text)>> Folders { get; }

    /// <summary>The corpus size on disk, in bytes (UTF-8).</summary>
    public long Bytes { get; }

    public int FileCount => Folders.Sum(folder => folder.Length);

    public static CorpusFiles Load(string directory)
    {
        long bytes = 0;
        var folders = ImmutableArray.CreateBuilder<ImmutableArray<(string, string)>>();
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var files = ImmutableArray.CreateBuilder<(string, string)>();
            foreach (var path in Directory.GetFiles(folder, "*.neg").Order(StringComparer.Ordinal))
            {
                bytes += new FileInfo(path).Length;
                files.Add((path, File.ReadAllText(path)));
            }

            folders.Add(files.ToImmutable());
        }

        return new CorpusFiles(folders.ToImmutable(), bytes);
    }

    /// <summary>What <c>negc check</c> does after reading: parse, bind, every check, diagnostics sorted. Returns the errors and warnings.</summary>
    public int Check()
    {
        var problems = 0;
        foreach (var folder in Folders)
        {
            var trees = new List<SyntaxTree>(folder.Length);
            foreach (var (path, text) in folder) trees.Add(SyntaxTree.Parse(SourceText.From(text, path)));
            foreach (var diagnostic in Compilation.Create(trees).GetDiagnostics())
            {
                if (diagnostic.Severity >= Diagnostics.DiagnosticSeverity.Warning) problems++;
            }
        }

        return problems;
    }

    public IEnumerable<Compilation> Compile() =>
        Folders.Select(folder => Compilation.Create(folder.Select(file => SyntaxTree.Parse(SourceText.From(file.Text, file.Path)))));
}
