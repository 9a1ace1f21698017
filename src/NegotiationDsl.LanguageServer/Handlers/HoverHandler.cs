using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Hover: a name shows its card (a person's full name, offices and affiliation; a party's; a
/// commitment's deadline and state); a date expression shows the dates it resolved to and its anchor;
/// the verb of a commitment shows the commitment's card; a source's grade (<c>B2</c>) shows what its letter and digit mean; a quantity shows its value, unit and bound.
/// </summary>
internal sealed class HoverHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.HoverProvider = true;

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null) return null;
        var offset = snapshot.OffsetOf(request.Position);
        if (SymbolReferences.SymbolAt(snapshot, offset) is { } found)
            return new Hover(MarkupContent.Markdown(Cards.Describe(found.Symbol, snapshot.Compilation)), snapshot.RangeOf(found.Span));

        var token = snapshot.TokenAt(offset);
        if (token is null) return null;
        if ((token.Parent as QuantitySyntax ?? token.Parent?.Parent as QuantitySyntax) is { } written &&
            Binding.QuantityReader.Read(snapshot.Tree, written, (written.Parent as AmountClauseSyntax)?.Subject, report: null) is { } quantity)
            return new Hover(MarkupContent.Markdown(Cards.Quantity(quantity)), snapshot.RangeOf(written.Span));
        if (token.Parent is GradeLiteralSyntax grade)
            return new Hover(MarkupContent.Markdown(Cards.Grade(grade.Token.Text)), snapshot.RangeOf(token.Span));
        if (snapshot.Model.GetResolvedDateAt(token.Span.Start) is { } resolved)
            return new Hover(MarkupContent.Markdown(Cards.Date(resolved, snapshot.Text.ToString(resolved.Span))), snapshot.RangeOf(resolved.Span));
        if (token.Parent is PredicateSyntax { Verb.Commitment: CommitmentEffect.Makes } predicate && predicate.VerbKeyword == token && predicate.Parent is ActorStatementSyntax statement &&
            snapshot.Model.GetDeclaredSymbol(statement) is CommitmentSymbol commitment)
            return new Hover(MarkupContent.Markdown(Cards.Describe(commitment, snapshot.Compilation)), snapshot.RangeOf(token.Span));
        return null;
    }
}
