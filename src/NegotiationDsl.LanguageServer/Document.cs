using System;
using System.Text;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// One version of one file: open in the editor (with the editor's version) or read from disk. The syntax
/// tree is parsed on first use and then shared by every compilation that contains this version. A text over
/// the size limit is kept, so that the editor's next edits still apply to it, but never parsed: its tree is
/// empty with NEG1010, as negc gives a file over the limit.
/// </summary>
/// <remarks>
/// A compilation lets its trees drop their roots once bound, to keep memory low. The server asks for the same
/// roots on every keystroke and request, so a document keeps its root itself: a workspace's syntax stays
/// in memory, as in any editor, and no request waits for a file to be parsed again. For the same reason its text stays a
/// string (<see cref="SourceText.KeepAsString"/>): every edit reads the text before whole, and beside the root the string
/// is small, so encoding it compactly once bound and decoding it after each collection would only cost time.
/// </remarks>
internal sealed class Document
{
    private readonly Lazy<SyntaxTree> _tree;
    private CompilationUnitSyntax? _root;

    // The last parsed version before this one (its tree and root) while this one is not parsed: an edit then parses
    // only the member it fell in. Never a chain: it is taken from a parsed version, and let go once this one is parsed.
    private ParsedVersion? _before;

    /// <param name="edited">The version this one is an edit of: its tree (or the one it was to be parsed from) is the start of this one's.</param>
    public Document(string key, string uri, SourceText text, int? version, bool isOpen, long maxBytes = long.MaxValue, Document? edited = null)
    {
        Key = key;
        Uri = uri;
        text.KeepAsString();
        Text = text;
        Version = version;
        IsOpen = isOpen;
        var tooLarge = SizeOver(text.Text, maxBytes);
        IsTooLarge = tooLarge is not null;
        _before = tooLarge is null ? edited?.Parsed() : null;
        _tree = new Lazy<SyntaxTree>(() =>
        {
            var before = _before;
            var tree = tooLarge is { } bytes ? SyntaxTree.TooLarge(key, bytes, maxBytes)
                : before is not null ? before.Tree.WithChangedText(text)
                : SyntaxTree.Parse(text);
            _root = tree.Root;
            _before = null;
            // The tree before holds its root weakly once bound: this reference keeps it until the parse has read it.
            GC.KeepAlive(before?.Root);
            return tree;
        }, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A file on disk over the size limit, not read: empty, with NEG1010, as negc gives it.</summary>
    public static Document NotRead(string key, string uri, long bytes, long limit) => new(key, uri, SyntaxTree.TooLarge(key, bytes, limit));

    private Document(string key, string uri, SyntaxTree tooLarge)
    {
        Key = key;
        Uri = uri;
        Text = tooLarge.Text;
        IsTooLarge = true;
        _tree = new Lazy<SyntaxTree>(tooLarge);
        _root = tooLarge.Root;
    }

    private Document(Document open)
    {
        Key = open.Key;
        Uri = open.Uri;
        Text = open.Text;
        Version = null;
        IsOpen = false;
        IsTooLarge = open.IsTooLarge;
        _tree = open._tree;
        _root = open._root;
    }

    public string Key { get; }
    public string Uri { get; }
    public SourceText Text { get; }
    public int? Version { get; }
    public bool IsOpen { get; }

    /// <summary>Over the size limit: features treat the document as unknown, diagnostics give NEG1010.</summary>
    public bool IsTooLarge { get; }

    public SyntaxTree Tree => _tree.Value;

    /// <summary>This version's tree and root if it is parsed, else the parsed version it was to be parsed from (or null).</summary>
    private ParsedVersion? Parsed() =>
        _tree.IsValueCreated && _root is { } root && !IsTooLarge ? new ParsedVersion(_tree.Value, root) : _before;

    /// <summary>The same text as a closed document, its tree shared: what stands in for a file just closed until its copy on disk is read.</summary>
    public Document AsClosed() => new(this);

    /// <summary>The text's size in UTF-8 when it is over <paramref name="limit"/>, else null; counted only when the length cannot tell (a UTF-16 unit is one to three bytes).</summary>
    private static long? SizeOver(string text, long limit)
    {
        if ((long)text.Length * 3 <= limit) return null;
        long bytes = Encoding.UTF8.GetByteCount(text);
        return bytes > limit ? bytes : null;
    }
}

/// <summary>A parsed tree with its root, held so that the root stays in memory for the next version's parse.</summary>
internal sealed record ParsedVersion(SyntaxTree Tree, CompilationUnitSyntax Root);
