using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using NegotiationDsl.Benchmarks.Json;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;

namespace NegotiationDsl.Benchmarks.Workloads;

/// <summary>
/// The same records in the two forms the baselines read: our generated C# (Roslyn parses it) and our
/// JSON output (System.Text.Json reads it into plain classes). Both are produced once, before timing.
/// </summary>
public sealed class Baselines
{
    private Baselines(List<string> csharp, List<byte[]> json)
    {
        CSharp = csharp;
        Json = json;
    }

    public List<string> CSharp { get; }
    public List<byte[]> Json { get; }

    public long CSharpChars => CSharp.Sum(text => (long)text.Length);
    public long JsonBytes => Json.Sum(bytes => (long)bytes.Length);

    public static Baselines For(CorpusFiles corpus)
    {
        var csharp = new List<string>();
        var json = new List<byte[]>();
        var index = 0;
        foreach (var compilation in corpus.Compile())
        {
            var name = "c" + index++;
            csharp.Add(CSharpModelEmitter.Emit(compilation, name));
            json.Add(Encoding.UTF8.GetBytes(RecordJsonWriter.Write(compilation, name)));
        }

        return new Baselines(csharp, json);
    }

    /// <summary>Roslyn's full-fidelity parse of every generated C# file.</summary>
    public int ParseCSharp()
    {
        var nodes = 0;
        foreach (var text in CSharp) nodes += CSharpSyntaxTree.ParseText(text).GetRoot().FullSpan.Length;
        return nodes;
    }

    /// <summary>System.Text.Json, source-generated, reading every JSON document into objects.</summary>
    public int ReadJson()
    {
        var events = 0;
        foreach (var bytes in Json) events += JsonSerializer.Deserialize(bytes, RecordsJsonContext.Default.RecordsDocument)!.Events!.Count;
        return events;
    }
}
