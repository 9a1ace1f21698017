using System;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.LanguageServer;

/// <summary>
/// One version of one file: open in the editor (with the editor's version) or read from disk. The syntax
/// tree is parsed on first use and then shared by every compilation that contains this version.
/// </summary>
internal sealed class Document
{
    private readonly Lazy<SyntaxTree> _tree;

    public Document(string key, string uri, SourceText text, int? version, bool isOpen)
    {
        Key = key;
        Uri = uri;
        Text = text;
        Version = version;
        IsOpen = isOpen;
        _tree = new Lazy<SyntaxTree>(() => SyntaxTree.Parse(text), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Key { get; }
    public string Uri { get; }
    public SourceText Text { get; }
    public int? Version { get; }
    public bool IsOpen { get; }
    public SyntaxTree Tree => _tree.Value;
}
