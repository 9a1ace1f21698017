using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NegotiationDsl.Diagnostics;
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
            var tree = SyntaxTree.Parse(SourceText.From(text, path));
            // Error recovery skips and invents tokens: the equivalent of a broken file would not hold its facts.
            if (tree.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
                throw new InvalidOperationException($"{path} has syntax errors; only valid records have equivalents");
            var members = EquivalentReader.Read(tree.Root);
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
