using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax;

/// <summary>
/// The parsed form of one source file: an immutable full-fidelity tree and the syntax diagnostics.
/// Parsing never throws on any text; problems become diagnostics and the tree is always complete.
/// </summary>
/// <remarks>
/// A tree is recoverable, as Roslyn's are in a workspace: once a compilation has bound it, the tree keeps
/// only its text and a weak reference to its root, and <see cref="Root"/> parses the text again if the
/// collector took the old root (its text, kept as UTF-8, is decoded again too). Parsing is deterministic, so the new root has the same nodes at the same
/// positions; binding results are keyed by position, never by node identity. A finished compilation thus
/// holds its text and its symbols, not about twelve bytes of nodes per character. Hosts that
/// walk the same tree again and again (the language server's open documents) keep the root themselves.
/// </remarks>
public sealed class SyntaxTree
{
    private readonly object _gate = new();
    private readonly WeakReference<CompilationUnitSyntax> _weakRoot;
    private CompilationUnitSyntax? _root;

    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        _root = root;
        _weakRoot = new WeakReference<CompilationUnitSyntax>(root);
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }
    public string FilePath => Text.FilePath;

    /// <summary>The root; parsed again from the text when it was released and collected.</summary>
    public CompilationUnitSyntax Root
    {
        get
        {
            if (TryGetRoot(out var root)) return root;
            lock (_gate)
            {
                if (_weakRoot.TryGetTarget(out root)) return root;
                root = SyntaxParser.Parse(Text).Root;
                _weakRoot.SetTarget(root);
                return root;
            }
        }
    }

    /// <summary>The root if it is in memory, without parsing again (finding which tree a node belongs to).</summary>
    public bool TryGetRoot([NotNullWhen(true)] out CompilationUnitSyntax? root)
    {
        root = _root;
        return root is not null || _weakRoot.TryGetTarget(out root);
    }

    /// <summary>From now on the root lives only as long as someone else holds a node of it, and the text is kept compact.</summary>
    internal void ReleaseRoot()
    {
        _root = null;
        Text.KeepCompact();
    }

    public static SyntaxTree Parse(SourceText text)
    {
        var (root, diagnostics) = SyntaxParser.Parse(text);
        return new SyntaxTree(text, root, diagnostics);
    }

    /// <summary>
    /// The tree of <paramref name="text"/>, an edited version of this tree's text: when the edit lies inside one declaration
    /// or statement and this tree's root is in memory, only that member is parsed again and the rest of the tree is
    /// copied (<see cref="IncrementalParser"/>); otherwise the whole text is parsed. Either way the tree is the one
    /// <see cref="Parse"/> gives.
    /// </summary>
    public SyntaxTree WithChangedText(SourceText text)
    {
        if (Diagnostics.IsEmpty && text.InvalidUtf8Position is null && TryGetRoot(out var root) &&
            IncrementalParser.TryReparse(root, text, TextChange.Between(Text.Text, text.Text)) is { } reparsed)
            return new SyntaxTree(text, reparsed, ImmutableArray<Diagnostic>.Empty);
        return Parse(text);
    }

    /// <summary>
    /// The tree of a file that was not read because it is larger than the host's limit: empty, with one
    /// NEG1010 error at its start, so the file shows up in every diagnostic list and the build fails
    /// without the compiler ever holding the file (a parsed tree costs many bytes per character).
    /// </summary>
    public static SyntaxTree TooLarge(string filePath, long length, long limit)
    {
        var text = SourceText.From("", filePath);
        var diagnostic = DiagnosticCatalog.FileTooLarge(new Location(text, new TextSpan(0, 0)), length, limit);
        return new SyntaxTree(text, SyntaxParser.Parse(text).Root, ImmutableArray.Create(diagnostic));
    }

    public static SyntaxTree ParseText(string text, string filePath = "") => Parse(SourceText.From(text, filePath));

    /// <summary>Lexes without parsing: every token with its trivia, ending with the end-of-file token.</summary>
    public static ImmutableArray<SyntaxToken> ParseTokens(string text) => SyntaxParser.Tokenize(SourceText.From(text));

    public override string ToString() => Root.ToFullString();
}
