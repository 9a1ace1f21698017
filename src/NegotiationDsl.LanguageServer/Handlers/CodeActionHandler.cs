using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Quick fixes for the diagnostics on the requested lines: apply the "did you mean" of an unknown name
/// (NEG2001, NEG4001) or of a used path (NEG2014, in quotes), declare an unknown actor as a person or a party at the top of the file, and
/// silence a semantic diagnostic on its line with <c>// neg-disable-next-line CODE</c>.
/// </summary>
internal sealed class CodeActionHandler(Workspace workspace) : ILanguageFeature
{
    private const string QuickFix = "quickfix";

    public void Advertise(ServerCapabilities capabilities) => capabilities.CodeActionProvider = new CodeActionOptions([QuickFix]);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public CodeAction[] CodeActions(CodeActionParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null) return [];
        var firstLine = request.Range.Start.Line;
        var lastLine = request.Range.End.Line;
        var actions = new List<CodeAction>();
        foreach (var diagnostic in snapshot.Model.GetDiagnostics())
        {
            if (DiagnosticConverter.ToLsp(diagnostic) is not { } lsp || lsp.Range.End.Line < firstLine || lsp.Range.Start.Line > lastLine) continue;
            actions.AddRange(Fixes(snapshot.Tree, snapshot.Document.Uri, lsp, diagnostic.Location));
        }

        return [.. actions];
    }

    /// <summary>
    /// The fixes of one diagnostic, read from what the editor is given (its code and its <c>data</c>), never from
    /// its message, whose wording may change; <paramref name="location"/> is where it is in <paramref name="tree"/>.
    /// </summary>
    internal static IEnumerable<CodeAction> Fixes(SyntaxTree tree, string uri, LspDiagnostic diagnostic, Location location)
    {
        var data = diagnostic.Data ?? ImmutableDictionary<string, string>.Empty;
        if (data.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion))
            yield return Action(uri, $"Change to '{suggestion}'", diagnostic, new TextEdit(diagnostic.Range, IsString(tree, location) ? SyntaxTreePrinter.Quote(suggestion) : suggestion), preferred: true);
        if (diagnostic.Code == DiagnosticCatalog.UnknownNameDescriptor.Code && data.TryGetValue(DiagnosticProperties.Name, out var name) && IsActorPosition(tree, location))
        {
            var at = DeclarationPoint(tree);
            yield return Action(uri, $"Declare person '{name}'", diagnostic, new TextEdit(at, $"person {name} \"{name}\";\n"), preferred: false);
            yield return Action(uri, $"Declare party '{name}'", diagnostic, new TextEdit(at, $"party {name} \"{name}\";\n"), preferred: false);
        }

        if (!diagnostic.Code.StartsWith("NEG1", System.StringComparison.Ordinal))
            yield return Action(uri, $"Suppress {diagnostic.Code} on this line", diagnostic, Suppression(tree.Text, location.LineSpan.Start.Line, diagnostic.Code), preferred: false);
    }

    /// <summary>Whether the diagnostic is on a string (a use's path, whose suggestion is a path to write in quotes).</summary>
    private static bool IsString(SyntaxTree tree, Location location) => tree.Root.FindToken(location.Span.Start).Kind == SyntaxKind.StringLiteralToken;

    /// <summary>Whether the name stands where an actor belongs (a subject, <c>to</c>, <c>of</c>, <c>with</c>, <c>via</c>, <c>members</c>).</summary>
    private static bool IsActorPosition(SyntaxTree tree, Location location)
    {
        var token = tree.Root.FindToken(location.Span.Start);
        if (token.Kind != SyntaxKind.IdentifierToken || token.Parent is not NameSyntax name) return false;
        return name.Parent is NameListSyntax || name.Parent is KeywordClauseSyntax { Kind: SyntaxKind.ViaClause or SyntaxKind.OfClause };
    }

    /// <summary>Where a new declaration goes: before the file's first party or person, else after its record header, else at the top.</summary>
    private static LspRange DeclarationPoint(SyntaxTree tree)
    {
        var members = tree.Root.Members;
        var firstActor = members.FirstOrDefault(member => member is PartyDeclarationSyntax or PersonDeclarationSyntax);
        int offset;
        if (firstActor is not null) offset = tree.Text.GetLineStart(tree.Text.GetLineIndex(firstActor.Span.Start));
        else if (members.OfType<RecordHeaderSyntax>().FirstOrDefault() is { } header)
        {
            var line = tree.Text.GetLineIndex(header.Span.End) + 1;
            offset = line < tree.Text.LineCount ? tree.Text.GetLineStart(line) : tree.Text.Length;
        }
        else offset = members.Count > 0 ? tree.Text.GetLineStart(tree.Text.GetLineIndex(members[0].Span.Start)) : 0;
        var position = DocumentSnapshot.RangeOf(tree.Text, new TextSpan(offset, 0));
        return position;
    }

    /// <summary>The comment goes before the line as the language counts lines, which is the line it silences.</summary>
    private static TextEdit Suppression(SourceText text, int line, string code)
    {
        var lineSpan = text.GetLineSpan(line);
        var lineText = text.ToString(lineSpan);
        var indentation = lineText.Substring(0, lineText.Length - lineText.TrimStart().Length);
        return new TextEdit(DocumentSnapshot.RangeOf(text, new TextSpan(lineSpan.Start, 0)), $"{indentation}// neg-disable-next-line {code}\n");
    }

    private static CodeAction Action(string uri, string title, LspDiagnostic diagnostic, TextEdit edit, bool preferred) =>
        new(title, QuickFix, [diagnostic], new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = [edit] }), preferred ? true : null);
}
