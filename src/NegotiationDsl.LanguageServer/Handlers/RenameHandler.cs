using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Rename a party, person or label: the declaration and every reference in every file of the folder and, in an
/// archive, of every folder that refers to it (in <c>geneva.written_response</c>, only the part after the dot).
/// Refuses a new name that is not an identifier, is a keyword, or is already declared where the name is declared or
/// written without an alias.
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
        if (snapshot is null || NameAt(snapshot, snapshot.OffsetOf(request.Position)) is not { } found) return null;
        return new PrepareRenameResult(snapshot.RangeOf(found.Span), found.Symbol.Name);
    }

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit? Rename(RenameParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null || NameAt(snapshot, snapshot.OffsetOf(request.Position)) is not { } found) return null;
        var occurrences = SymbolReferences.Find(snapshot, found.Symbol, includeDeclaration: true).ToList();
        if (Refusal(snapshot.Compilation, found.Symbol, request.NewName, occurrences) is { } reason) throw new LocalRpcException(reason) { ErrorCode = RequestFailed };

        var changes = occurrences
            .GroupBy(occurrence => workspace.UriOf(occurrence.Tree.FilePath))
            .ToDictionary(
                group => group.Key,
                group => group.Select(occurrence => new TextEdit(DocumentSnapshot.RangeOf(occurrence.Tree.Text, occurrence.Span), request.NewName)).ToArray());
        return new WorkspaceEdit(changes);
    }

    /// <summary>A declared symbol whose name is under the caret (not the alias before the dot of a qualified name, which is not its name).</summary>
    private static (Symbol Symbol, Text.TextSpan Span)? NameAt(DocumentSnapshot snapshot, int offset) =>
        SymbolReferences.SymbolAt(snapshot, offset) is { } found && found.Symbol.Identifier is not null && found.Span.Touches(offset) ? found : null;

    /// <summary>Why <paramref name="newName"/> cannot replace the symbol's name, or null when it can.</summary>
    internal static string? Refusal(Compilation compilation, Symbol symbol, string newName, IEnumerable<SymbolReferences.Occurrence> occurrences)
    {
        var tokens = SyntaxTree.ParseTokens(newName);
        var first = tokens[0];
        if (tokens.Length != 2 || first.Text != newName || first.LeadingTrivia.Length + first.TrailingTrivia.Length > 0 || QualifiedName.QualifierOf(newName) is not null)
            return $"'{newName}' is not a name: a name is a letter or '_' followed by letters, digits and '_'.";
        if (SyntaxFacts.IsKeyword(first.Kind)) return $"'{newName}' is a keyword and cannot be a name.";
        if (first.Kind != SyntaxKind.IdentifierToken) return $"'{newName}' is not a name.";
        var clash = Scopes(compilation, symbol, occurrences).SelectMany(scope => scope.Symbols)
            .FirstOrDefault(other => other != symbol && other.Identifier is not null && other.Name == newName);
        return clash is null ? null : $"'{newName}' is already declared ({clash.Kind.ToString().ToLowerInvariant()} at {clash.Location}).";
    }

    /// <summary>
    /// Where the new name would meet another: the folder that declares the symbol, and each folder that writes it
    /// without an alias, with the folders that one uses (its own name would win there; a used one would be ambiguous).
    /// </summary>
    private static IEnumerable<Compilation> Scopes(Compilation compilation, Symbol symbol, IEnumerable<SymbolReferences.Occurrence> occurrences)
    {
        if (compilation.Archive is not { } archive) return [compilation];
        var scopes = new List<Compilation?> { archive.GetCompilation(symbol) };
        foreach (var folder in occurrences.Where(occurrence => !occurrence.IsQualified).Select(occurrence => archive.GetCompilation(occurrence.Tree)).Distinct())
        {
            scopes.Add(folder);
            if (folder is not null) scopes.AddRange(folder.UsedCompilations);
        }

        return scopes.OfType<Compilation>().Distinct();
    }
}
