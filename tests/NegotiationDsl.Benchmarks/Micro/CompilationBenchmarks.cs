using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Formatting;

namespace NegotiationDsl.Benchmarks.Micro;

/// <summary>The phases after parsing, on one folder of eleven files: bind and check, format, and both emitters.</summary>
[MemoryDiagnoser]
public class CompilationBenchmarks
{
    private FolderWorkload _folder = null!;
    private Compilation _bound = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = new FolderWorkload();
        _bound = Compilation.Create(_folder.Trees);
        _bound.GetDiagnostics();
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostics.Diagnostic> BindAndCheck() => Compilation.Create(_folder.Trees).GetDiagnostics();

    [Benchmark]
    public string Format() => Formatter.Format(_folder.Trees[1]);

    [Benchmark]
    public string EmitCSharp() => CSharpModelEmitter.Emit(_bound, "folder");

    [Benchmark]
    public string EmitJson() => RecordJsonWriter.Write(_bound, "folder");
}
