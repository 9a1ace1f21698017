using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Micro;

/// <summary>One generated folder (an actors file and ten records, about 70 KB) held in memory for the micro benchmarks.</summary>
internal sealed class FolderWorkload
{
    public FolderWorkload()
    {
        Texts = CorpusGenerator.GenerateFolder(seed: 7, CorpusGenerator.RecordsPerFolder)
            .Select(file => SourceText.From(file.Text, file.Name))
            .ToList();
        Trees = Texts.Select(SyntaxTree.Parse).ToList();
    }

    public List<SourceText> Texts { get; }
    public List<SyntaxTree> Trees { get; }

    /// <summary>The largest record of the folder, for single-file benchmarks.</summary>
    public SourceText LargestRecord => Texts.OrderByDescending(text => text.Length).First();
}
