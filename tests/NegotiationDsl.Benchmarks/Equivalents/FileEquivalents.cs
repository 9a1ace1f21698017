using System.Collections.Generic;
using System.Text;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Equivalents;

/// <summary>The C# and JSON equivalents of a set of .neg files, one of each per file, with their sizes.</summary>
public sealed class FileEquivalents
{
    private FileEquivalents(List<string> csharp, List<byte[]> json, long negBytes, long csharpBytes, long jsonBytes)
    {
        CSharp = csharp;
        Json = json;
        Size = (new EquivalentSize("C#", csharpBytes, negBytes), new EquivalentSize("JSON", jsonBytes, negBytes));
    }

    public List<string> CSharp { get; }
    public List<byte[]> Json { get; }
    public (EquivalentSize CSharp, EquivalentSize Json) Size { get; }

    public static FileEquivalents For(IEnumerable<(string Path, string Text)> files)
    {
        var csharp = new List<string>();
        var json = new List<byte[]>();
        long negBytes = 0, csharpBytes = 0, jsonBytes = 0;
        foreach (var (path, text) in files)
        {
            var members = EquivalentReader.Read(SyntaxTree.Parse(SourceText.From(text, path)).Root);
            var code = CSharpEquivalent.Write(members);
            var document = JsonEquivalent.Write(members);
            csharp.Add(code);
            json.Add(document);
            negBytes += Encoding.UTF8.GetByteCount(text);
            csharpBytes += Encoding.UTF8.GetByteCount(code);
            jsonBytes += document.Length;
        }

        return new FileEquivalents(csharp, json, negBytes, csharpBytes, jsonBytes);
    }
}
