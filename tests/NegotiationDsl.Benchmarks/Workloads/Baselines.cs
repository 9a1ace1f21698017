using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using NegotiationDsl.Benchmarks.Equivalents;

namespace NegotiationDsl.Benchmarks.Workloads;

/// <summary>
/// The same source facts as the corpus in the two notations the baselines read, written as a user would by hand
/// (see <see cref="EquivalentReader"/>): C# that Roslyn parses, JSON that System.Text.Json reads into objects. Both
/// are made once from the corpus's syntax, before timing.
/// </summary>
public sealed class Baselines
{
    private Baselines(FileEquivalents equivalents)
    {
        Equivalents = equivalents;
    }

    public FileEquivalents Equivalents { get; }

    public static Baselines For(CorpusFiles corpus) => new(FileEquivalents.For(corpus.Folders.SelectMany(folder => folder)));

    /// <summary>Roslyn's full-fidelity parse of every file's C# equivalent.</summary>
    public int ParseCSharp()
    {
        var length = 0;
        foreach (var text in Equivalents.CSharp) length += CSharpSyntaxTree.ParseText(text).GetRoot().FullSpan.Length;
        return length;
    }

    /// <summary>System.Text.Json, source-generated, reading every file's JSON equivalent into objects.</summary>
    public int ReadJson()
    {
        var members = 0;
        foreach (var bytes in Equivalents.Json) members += JsonEquivalent.Read(bytes).Count;
        return members;
    }
}
