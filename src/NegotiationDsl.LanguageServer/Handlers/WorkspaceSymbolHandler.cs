using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>Workspace symbols: parties, persons and labelled meetings, talks and statements of every folder (of archives too), matched by name.</summary>
internal sealed class WorkspaceSymbolHandler(Workspace workspace) : ILanguageFeature
{
    private const int MaximumResults = 500;

    public void Advertise(ServerCapabilities capabilities) => capabilities.WorkspaceSymbolProvider = true;

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public SymbolInformation[] Symbols(WorkspaceSymbolParams request)
    {
        var results = new List<SymbolInformation>();
        foreach (var folder in workspace.FolderKeys.Select(workspace.GetFolder))
        {
            if (folder.Compilation is not { } compilation) continue;
            foreach (var symbol in compilation.Symbols.Where(symbol => symbol.Identifier is not null && Matches(symbol.Name, request.Query ?? "")))
            {
                var location = new LspLocation(workspace.UriOf(symbol.SyntaxTree.FilePath), DocumentSnapshot.RangeOf(symbol.SyntaxTree.Text, symbol.Location.Span));
                results.Add(new SymbolInformation(PrintableText.Escape(symbol.Name), KindOf(symbol), location, PrintableText.Escape(ContainerOf(symbol, compilation))));
                if (results.Count >= MaximumResults) return [.. results];
            }
        }

        return [.. results];
    }

    /// <summary>The symbol's file; in an archive, where two folders may declare the same name, with its folder (<c>actors/actors.neg</c>).</summary>
    private static string ContainerOf(Symbol symbol, Compilation compilation)
    {
        var file = Path.GetFileName(symbol.SyntaxTree.FilePath);
        return compilation.Archive is { } archive ? archive.RelativeFolderOf(symbol) + "/" + file : file;
    }

    /// <summary>The query's characters appear in the name in order, ignoring case (as editors filter).</summary>
    private static bool Matches(string name, string query)
    {
        var index = 0;
        foreach (var c in name)
        {
            if (index < query.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(query[index])) index++;
        }

        return index == query.Length;
    }

    private static int KindOf(Symbol symbol) => symbol switch
    {
        PartySymbol => LspSymbolKind.Class,
        PersonSymbol => LspSymbolKind.Object,
        MeetingSymbol => LspSymbolKind.Event,
        TalksSymbol => LspSymbolKind.Package,
        _ => LspSymbolKind.Function,
    };
}
