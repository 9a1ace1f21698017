using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Micro;

/// <summary>
/// Parsing one record (about 9 KB): tokens only, the full tree, and Roslyn parsing the C# we generate
/// for the same folder, as a yardstick. <c>dotnet run -c Release --project tests/NegotiationDsl.Benchmarks -- --filter *Parser*</c>.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private SourceText _record = null!;
    private string _csharp = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = new FolderWorkload();
        _record = folder.LargestRecord;
        _csharp = CSharpModelEmitter.Emit(Compilation.Create(folder.Trees), "folder");
    }

    [Benchmark]
    public int Tokens() => SyntaxTree.ParseTokens(_record.Text).Length;

    [Benchmark(Baseline = true)]
    public SyntaxTree Parse() => SyntaxTree.Parse(_record);

    /// <summary>The C# of a whole folder (ten records), so compare per byte, not per call.</summary>
    [Benchmark]
    public int RoslynParseOfFolderCSharp() => CSharpSyntaxTree.ParseText(_csharp).GetRoot().FullSpan.Length;
}
