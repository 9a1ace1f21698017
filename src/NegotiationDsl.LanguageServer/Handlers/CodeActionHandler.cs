using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Quick fixes for the diagnostics on the requested lines: apply the "did you mean" of an unknown name
/// (NEG2001, NEG4001), declare an unknown actor as a person or a party at the top of the file, and
/// silence a semantic diagnostic on its line with <c>// neg-disable-next-line CODE</c>.
/// </summary>
internal sealed partial class CodeActionHandler(Workspace workspace) : ILanguageFeature
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
            if (Suggestion(diagnostic) is { } suggestion)
                actions.Add(Action(snapshot, $"Change to '{suggestion}'", lsp, new TextEdit(lsp.Range, suggestion), preferred: true));
            if (diagnostic.Descriptor == DiagnosticCatalog.UnknownNameDescriptor && UnknownActor(snapshot, diagnostic) is { } name)
            {
                var at = DeclarationPoint(snapshot.Tree);
                actions.Add(Action(snapshot, $"Declare person '{name}'", lsp, new TextEdit(at, $"person {name} \"{name}\";\n"), preferred: false));
                actions.Add(Action(snapshot, $"Declare party '{name}'", lsp, new TextEdit(at, $"party {name} \"{name}\";\n"), preferred: false));
            }

            if (!diagnostic.Code.StartsWith("NEG1", System.StringComparison.Ordinal))
                actions.Add(Action(snapshot, $"Suppress {diagnostic.Code} on this line", lsp, Suppression(snapshot.Text, diagnostic.Location.LineSpan.Start.Line, diagnostic.Code), preferred: false));
        }

        return [.. actions];
    }

    [GeneratedRegex("did you mean '([^']+)'\\?")]
    private static partial Regex DidYouMean();

    /// <summary>The name a NEG2001 or NEG4001 message suggests.</summary>
    private static string? Suggestion(Diagnostic diagnostic) =>
        diagnostic.Code is "NEG2001" or "NEG4001" && DidYouMean().Match(diagnostic.Message) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The unknown name when it stands where an actor belongs (a subject, <c>to</c>, <c>of</c>, <c>with</c>, <c>via</c>, <c>members</c>).</summary>
    private static string? UnknownActor(DocumentSnapshot snapshot, Diagnostic diagnostic)
    {
        var token = snapshot.Tree.Root.FindToken(diagnostic.Location.Span.Start);
        if (token.Kind != SyntaxKind.IdentifierToken || token.Parent is not NameSyntax name) return null;
        return name.Parent is NameListSyntax || name.Parent is KeywordClauseSyntax { Kind: SyntaxKind.ViaClause or SyntaxKind.OfClause } ? token.Text : null;
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

    private static CodeAction Action(DocumentSnapshot snapshot, string title, LspDiagnostic diagnostic, TextEdit edit, bool preferred) =>
        new(title, QuickFix, [diagnostic], new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [snapshot.Document.Uri] = [edit] }), preferred ? true : null);
}
