using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Rename a party, person or label: the declaration and every reference in every file of the folder.
/// Refuses a new name that is not an identifier, is a keyword, or is already declared.
/// </summary>
internal sealed class RenameHandler(Workspace workspace) : ILanguageFeature
{
    /// <summary>LSP's RequestFailed: the request was valid but cannot be carried out.</summary>
    private const int RequestFailed = -32803;

    public void Advertise(ServerCapabilities capabilities) => capabilities.RenameProvider = new RenameOptions(PrepareProvider: true);

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public PrepareRenameResult? PrepareRename(TextDocumentPositionParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null || SymbolReferences.SymbolAt(snapshot, snapshot.OffsetOf(request.Position)) is not { } found) return null;
        return found.Symbol.Identifier is null ? null : new PrepareRenameResult(snapshot.RangeOf(found.Span), found.Symbol.Name);
    }

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit? Rename(RenameParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null || SymbolReferences.SymbolAt(snapshot, snapshot.OffsetOf(request.Position)) is not { } found || found.Symbol.Identifier is null) return null;
        if (Refusal(snapshot.Compilation, found.Symbol, request.NewName) is { } reason) throw new LocalRpcException(reason) { ErrorCode = RequestFailed };

        var changes = SymbolReferences.Find(snapshot, found.Symbol, includeDeclaration: true)
            .GroupBy(occurrence => workspace.UriOf(occurrence.Tree.FilePath))
            .ToDictionary(
                group => group.Key,
                group => group.Select(occurrence => new TextEdit(DocumentSnapshot.RangeOf(occurrence.Tree.Text, occurrence.Span), request.NewName)).ToArray());
        return new WorkspaceEdit(changes);
    }

    /// <summary>Why <paramref name="newName"/> cannot replace the symbol's name, or null when it can.</summary>
    internal static string? Refusal(Compilation compilation, Symbol symbol, string newName)
    {
        var tokens = SyntaxTree.ParseTokens(newName);
        var first = tokens[0];
        if (tokens.Length != 2 || first.Text != newName || first.LeadingTrivia.Length + first.TrailingTrivia.Length > 0)
            return $"'{newName}' is not a name: a name is a letter or '_' followed by letters, digits and '_'.";
        if (SyntaxFacts.IsKeyword(first.Kind)) return $"'{newName}' is a keyword and cannot be a name.";
        if (first.Kind != SyntaxKind.IdentifierToken) return $"'{newName}' is not a name.";
        var clash = compilation.Symbols.FirstOrDefault(other => other != symbol && other.Identifier is not null && other.Name == newName);
        return clash is null ? null : $"'{newName}' is already declared ({clash.Kind.ToString().ToLowerInvariant()} at {clash.Location}).";
    }
}
