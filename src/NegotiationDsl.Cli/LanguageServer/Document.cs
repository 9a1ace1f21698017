using System;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.LanguageServer;

/// <summary>
/// One version of one file: open in the editor (with the editor's version) or read from disk. The syntax
/// tree is parsed on first use and then shared by every compilation that contains this version.
/// </summary>
/// <remarks>
/// A compilation lets its trees drop their roots once bound (issue 8, R4). The server asks for the same
/// roots on every keystroke and request, so a document keeps its root itself: a workspace's syntax stays
/// in memory, as in any editor, and no request waits for a file to be parsed again.
/// </remarks>
internal sealed class Document
{
    private readonly Lazy<SyntaxTree> _tree;
    private CompilationUnitSyntax? _root;

    public Document(string key, string uri, SourceText text, int? version, bool isOpen)
    {
        Key = key;
        Uri = uri;
        Text = text;
        Version = version;
        IsOpen = isOpen;
        _tree = new Lazy<SyntaxTree>(() =>
        {
            var tree = SyntaxTree.Parse(text);
            _root = tree.Root;
            return tree;
        }, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private Document(Document open)
    {
        Key = open.Key;
        Uri = open.Uri;
        Text = open.Text;
        Version = null;
        IsOpen = false;
        _tree = open._tree;
        _root = open._root;
    }

    public string Key { get; }
    public string Uri { get; }
    public SourceText Text { get; }
    public int? Version { get; }
    public bool IsOpen { get; }
    public SyntaxTree Tree => _tree.Value;

    /// <summary>The same text as a closed document, its tree shared: what stands in for a file just closed until its copy on disk is read.</summary>
    public Document AsClosed() => new(this);
}
