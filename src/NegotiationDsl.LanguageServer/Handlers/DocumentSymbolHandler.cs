using System;
using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>Document symbols: the outline of a file, with meetings and talks holding their statements.</summary>
internal sealed class DocumentSymbolHandler(Workspace workspace) : ILanguageFeature
{
    private const int DetailLength = 60;

    public void Advertise(ServerCapabilities capabilities) => capabilities.DocumentSymbolProvider = true;

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbols(DocumentSymbolParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        return snapshot is null ? [] : Outline(snapshot, snapshot.Tree.Root.Members);
    }

    private static DocumentSymbol[] Outline(DocumentSnapshot snapshot, SyntaxList<MemberSyntax> members) =>
        members.Select(member => Describe(snapshot, member)).OfType<DocumentSymbol>().ToArray();

    private static DocumentSymbol? Describe(DocumentSnapshot snapshot, MemberSyntax member)
    {
        // Names and details are plain text an editor shows on one line: hidden characters by code (PrintableText).
        DocumentSymbol Make(string name, string? detail, int kind, SyntaxElement selection, DocumentSymbol[]? children = null) =>
            new(name.Length == 0 ? "?" : PrintableText.Escape(name), detail is null ? null : PrintableText.Escape(detail), kind,
                snapshot.RangeOf(member.Span), snapshot.RangeOf(Within(member.Span, selection.Span)), children);

        return member switch
        {
            RecordHeaderSyntax header => Make("record", Shorten(header.Title?.Value), LspSymbolKind.Module, header.RecordKeyword),
            PartyDeclarationSyntax party => Make(party.Identifier.Text, party.DisplayName?.Value, LspSymbolKind.Class, party.Identifier),
            PersonDeclarationSyntax person => Make(person.Identifier.Text, person.FullName?.Value, LspSymbolKind.Object, person.Identifier),
            PolicyDeclarationSyntax policy => Make("policy " + policy.FuzzyKeyword.Text, snapshot.Text.ToString(policy.Value.Span), LspSymbolKind.Constant, policy.FuzzyKeyword),
            MeetingDeclarationSyntax meeting => Make(
                meeting.Label?.Identifier.Text ?? "meeting " + snapshot.Text.ToString(meeting.Place.Span),
                string.Join(" ", meeting.Clauses.Select(clause => snapshot.Text.ToString(clause.Span))),
                LspSymbolKind.Event, (SyntaxElement?)meeting.Label ?? meeting.MeetingKeyword, Outline(snapshot, meeting.Body.Members)),
            TalksDeclarationSyntax talks => Make(talks.Label?.Identifier.Text ?? "talks", talks.Title?.Value, LspSymbolKind.Package,
                (SyntaxElement?)talks.Label ?? talks.TalksKeyword, Outline(snapshot, talks.Body.Members)),
            ActorStatementSyntax statement => Make(
                statement.Label?.Identifier.Text ?? snapshot.Text.ToString(statement.Actors.Span) + " " + statement.Predicate.VerbKeyword.Text,
                Shorten((statement.Predicate.Content as StringLiteralSyntax)?.Value), LspSymbolKind.Function, (SyntaxElement?)statement.Label ?? statement.Actors),
            AgreementDeclarationSyntax agreement => Make(agreement.Label?.Identifier.Text ?? "agreement", Shorten(agreement.Title?.Value), LspSymbolKind.Struct,
                (SyntaxElement?)agreement.Label ?? agreement.AgreementKeyword),
            MilestoneStatementSyntax milestone => Make(milestone.Label?.Identifier.Text ?? "milestone", Shorten(milestone.Title.Value), LspSymbolKind.Event,
                (SyntaxElement?)milestone.Label ?? milestone.MilestoneKeyword),
            OutcomeStatementSyntax outcome => Make(outcome.Label?.Identifier.Text ?? "outcome", Shorten(outcome.Description.Value), LspSymbolKind.Function,
                (SyntaxElement?)outcome.Label ?? outcome.OutcomeKeyword),
            _ => null,
        };
    }

    /// <summary>LSP requires the selection inside the range; missing tokens may sit just outside.</summary>
    private static TextSpan Within(TextSpan range, TextSpan selection) =>
        range.Contains(selection) ? selection : new TextSpan(range.Start, 0);

    private static string? Shorten(string? text) =>
        text is null || text.Length <= DetailLength ? text : string.Concat(text.AsSpan(0, DetailLength - 1), "…");
}
