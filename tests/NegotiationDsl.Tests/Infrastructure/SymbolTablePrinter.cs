using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NegotiationDsl.Binding;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>The symbol table and every resolved date of a compilation, as text for golden files.</summary>
internal static class SymbolTablePrinter
{
    public static string Print(Compilation compilation)
    {
        var builder = new StringBuilder();
        builder.Append("# Symbols\n");
        foreach (var symbol in compilation.Symbols)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{symbol.Location} {symbol.Kind} {symbol.Name}");
            foreach (var (key, value) in Properties(symbol).Where(p => !string.IsNullOrEmpty(p.Value)))
                builder.Append(CultureInfo.InvariantCulture, $" {key}={value}");
            builder.Append('\n');
        }

        builder.Append("\n# Resolved dates\n");
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var date in tree.Root.DescendantNodesAndSelf().OfType<DateSyntax>())
            {
                if (model.GetResolvedDate(date) is not { } resolved) continue;
                var position = tree.Text.GetLinePosition(date.Span.Start);
                builder.Append(CultureInfo.InvariantCulture,
                    $"{tree.FilePath}({position}) {date.ToString().Trim()} => {resolved.Interval?.ToString() ?? "unresolved"} {resolved.Interval?.Precision.ToString().ToLowerInvariant()} from {resolved.Anchor?.Description ?? "no anchor"}\n");
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<(string Key, string? Value)> Properties(Symbol symbol)
    {
        switch (symbol)
        {
            case PartySymbol party:
                yield return ("kind", party.PartyKind.ToString());
                yield return ("display", Quote(party.DeclaredName));
                yield return ("code", party.Code);
                yield return ("members", Names(party.Members));
                yield return ("of", party.Parent?.Name);
                yield return ("aka", string.Join("|", party.Aliases));
                break;
            case PersonSymbol person:
                yield return ("full", Quote(person.FullName));
                yield return ("of", person.Affiliation?.Name);
                yield return ("offices", string.Join("; ", person.Offices.Select(o => $"{o.Title}@{o.Party?.Name}[from {o.From?.ToString() ?? "?"} until {o.Until?.ToString() ?? "?"}]")));
                break;
            case MeetingSymbol meeting:
                yield return ("place", Quote(meeting.Place));
                yield return ("date", meeting.Date?.ToString());
                yield return ("time", meeting.LocalTime?.ToString("HH:mm", CultureInfo.InvariantCulture));
                yield return ("duration", meeting.Duration?.TotalMinutes.ToString(CultureInfo.InvariantCulture) + (meeting.Duration is null ? "" : "min"));
                yield return ("with", Names(meeting.Participants));
                yield return ("delegations", Delegations(meeting));
                yield return ("talks", meeting.Talks?.Name);
                yield return ("statements", meeting.Statements.Length.ToString(CultureInfo.InvariantCulture));
                break;
            case TalksSymbol talks:
                yield return ("date", talks.Date?.ToString());
                yield return ("with", Names(talks.Participants));
                yield return ("delegations", Delegations(talks));
                yield return ("meetings", Names(talks.Meetings));
                break;
            case AgreementSymbol agreement:
                var dates = agreement.Dates;
                yield return ("title", Quote(agreement.Title));
                yield return ("kind", agreement.DocumentKind?.Name);
                yield return ("stage", agreement.Stage?.Name);
                yield return ("term", agreement.Term?.ToString());
                yield return ("events", string.Join(", ", agreement.Events.Select(e => $"{e.Kind}@{e.Date}" + (e.TermEnd is { } end ? "->" + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""))));
                yield return ("provisions", Names(agreement.Provisions));
                yield return ("signed", dates.Signed?.ToString());
                yield return ("inForce", dates.InForce?.ToString());
                yield return ("termEnd", dates.TermEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                yield return ("terminated", dates.Terminated?.ToString());
                break;
            case StatementSymbol statement:
                yield return ("kind", statement.StatementKind.ToString());
                yield return ("by", Names(statement.Actors));
                yield return ("date", statement.Date?.ToString());
                yield return ("deadline", statement.Deadline?.ToString());
                yield return ("obligation", statement is CommitmentSymbol { Lasts: true } lasting ? lasting.Obligation.ToString() : null);
                yield return ("from", statement.From?.ToString());
                yield return ("until", statement.Until?.ToString());
                yield return ("to", Names(statement.Recipients));
                yield return ("of", Names(statement.Addressees));
                yield return ("refs", Names(statement.References));
                yield return ("after", statement.AfterSymbol?.Name);
                yield return ("target", statement.TargetSymbol?.Name);
                yield return ("via", statement.Via?.Name);
                yield return ("negated", statement.IsNegated ? "yes" : null);
                yield return ("reported", statement.Reported is { } reported ? $"{reported.StatementKind}({Names(reported.Actors)})" : null);
                yield return ("agreement", statement.Agreement?.Name);
                yield return ("under", statement.Under?.Name);
                yield return ("for", Names(statement.For));
                yield return ("length", statement.Length?.ToString());
                yield return ("until", statement.Until?.ToString());
                if (statement is CommitmentSymbol commitment)
                    yield return ("events", string.Join(", ", commitment.Events.Select(e => $"{e.Kind}@{e.Date}")));
                break;
        }
    }

    private static string Names(IEnumerable<Symbol> symbols) => string.Join(",", symbols.Select(s => s.Name));

    /// <summary><c>USA(Sherman led:Sherman,Karpovich);Russia(Ryabkov)</c>: each delegation's party, lead and members.</summary>
    private static string Delegations(GatheringSymbol gathering) => string.Join(";", gathering.Delegations.Select(delegation =>
        $"{delegation.Party.Name}({(delegation.Lead is { } lead ? lead.Name + " led:" : "")}{Names(delegation.Members)})"));

    private static string? Quote(string? text) => text is null ? null : SyntaxTreePrinter.Quote(text);
}
