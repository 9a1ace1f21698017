using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Formatting;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Document formatting with the same <see cref="Formatter"/> as <c>negc format</c> (the editor's tab
/// options are ignored: there is one style). Returns one edit covering what changed, and nothing for a
/// file with syntax errors.
/// </summary>
internal sealed class FormattingHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.DocumentFormattingProvider = true;

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public TextEdit[] Format(DocumentFormattingParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null || !Formatter.CanFormat(snapshot.Tree)) return [];
        var before = snapshot.Text.Text;
        var after = Formatter.Format(snapshot.Tree);
        if (before == after) return [];

        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix]) prefix++;
        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix]) suffix++;
        var replaced = TextSpan.FromBounds(prefix, before.Length - suffix);
        return [new TextEdit(snapshot.RangeOf(replaced), after.Substring(prefix, after.Length - suffix - prefix))];
    }
}
