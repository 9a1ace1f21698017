using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// A party's or person's page: who they are, then every meeting and round they took part in and every statement
/// and commitment of theirs across the archive, in date order, each with its folder linked to that folder's report.
/// </summary>
internal static class ActorPageLayout
{
    private static readonly string[] Headers = { "Name in the records", "Full name", "What", "Code", "Also called", "Declared in" };

    public static string Write(ArchivePage page, ReportDocument document)
    {
        var actor = page.Actor!;
        ArchiveLayout.Head(page, document, (actor.Actor.IsPerson ? "Person: " : "Party: ") + actor.Actor.DisplayName);
        document.Contents(new List<ContentsEntry> { new(2, "who", "Who"), new(2, "in-the-records", "In the records") });

        document.Heading(2, "who", new RunList().Plain("Who"));
        document.Table(Headers, new[]
        {
            (IReadOnlyList<ImmutableArray<TextRun>>)new ImmutableArray<TextRun>[]
            {
                new RunList().Label(actor.Actor.Name),
                new RunList().Actor(actor.Actor.DisplayName),
                new RunList().Plain(ReportLayout.What(actor.Actor)),
                new RunList().Plain(actor.Actor.Code ?? ReportLayout.None),
                new RunList().Plain(actor.Actor.Aliases.IsEmpty ? ReportLayout.None : string.Join(", ", actor.Actor.Aliases)),
                ArchiveLayout.Where(new RunList(), page, actor.Declared),
            },
        });

        document.Heading(2, "in-the-records", new RunList().Plain($"In the records ({ReportLayout.Number(actor.Entries.Length)})"));
        if (actor.Entries.IsEmpty)
        {
            document.Paragraph(new RunList().Plain("The archive records nothing of ").Actor(actor.Actor.DisplayName).Plain(" but the declaration."));
        }
        else
        {
            document.Paragraph(new RunList().Plain("Every meeting and round of talks ").Actor(actor.Actor.DisplayName)
                .Plain(" took part in, and every statement and commitment of theirs (made, owed to them, or reported), in date order (undated last). Commitments show their state on ")
                .Strong(ReportLayout.AsOfDay(page.Archive.AsOf)).Plain("."));
            document.List(actor.Entries.Select(entry => Entry(page, entry)).ToList());
        }

        return document.Finish(ArchiveLayout.Footer(page));
    }

    private static ListEntry Entry(ArchivePage page, ActorEntry entry)
    {
        var note = new RunList();
        switch (entry)
        {
            case ActorGathering gathering:
                if (gathering.Label is { } label) note.Label(label).Plain(" · ");
                ArchiveLayout.Where(note, page, gathering.Source);
                var date = gathering.Date is { } known ? new RunList().Date(ReportText.Date(known)) : new RunList().Plain("undated");
                return new ListEntry(date.Plain(": ").AddRange(GatheringText(gathering).ToImmutable()), null, note, ImmutableArray<ListEntry>.Empty);
            case ActorStatement statement:
                if (statement.Statement.Label is { } statementLabel) note.Label(statementLabel).Plain(" · ");
                ArchiveLayout.Where(note, page, statement.Source);
                if (statement.Statement.Source is { } source) note.Plain(" · source: ").Plain(source);
                var lead = statement.State is { } state ? new RunList().State(ReportText.State(state)).Plain(" — ") : new RunList();
                return new ListEntry(ReportLayout.StatementText(statement.Statement, lead), statement.Statement.Quote, note, ImmutableArray<ListEntry>.Empty);
            default:
                throw new System.ArgumentOutOfRangeException(nameof(entry));
        }
    }

    /// <summary>"Meeting at Geneva with Antony Blinken and Sergei Lavrov", "Round of talks “Strategic Stability Dialogue” with …".</summary>
    public static RunList GatheringText(ActorGathering gathering)
    {
        var text = gathering.IsTalks ? new RunList().Plain("Round of talks ").Quoted(gathering.Name) : new RunList().Plain("Meeting at ").Plain(gathering.Name);
        return gathering.Participants.IsEmpty ? text : text.Plain(" with ").Actors(gathering.Participants);
    }
}
