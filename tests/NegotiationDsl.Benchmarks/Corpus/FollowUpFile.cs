using System;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// The record a track of an archive adds about the track before it, written weeks later: it uses the register
/// by its names and the earlier folder through an alias, settles a commitment left open there and hears that
/// folder's actors again, at a meeting with actors of its own.
/// </summary>
internal static class FollowUpFile
{
    public const string Name = "followup.neg";
    public const string Alias = "previous";

    public static string Write(string previousFolder, Track previous, Cast cast)
    {
        if (previous.OpenCommitments.Count == 0) throw new InvalidOperationException($"track {previousFolder} leaves no commitment open to follow up");
        var commitment = previous.OpenCommitments[^1];
        var day = commitment.RecordDate.AddDays(42);
        var party = Qualified(previous.Cast.States[1]);

        var text = new StringBuilder();
        text.Append("/*\n * Follow-up to ").Append(previousFolder).Append(": a commitment made there is kept, and its envoys are heard again.\n */\n\n");
        text.Append("use \"../").Append(RegisterFile.Folder).Append("\";\n");
        text.Append("use \"../").Append(previousFolder).Append("\" as ").Append(Alias).Append(";\n\n");
        text.Append("record \"Follow-up: a promise of the earlier round is kept\" source \"Northern Wire\" published ").Append(Day(day)).Append(";\n\n");
        text.Append(Qualified(commitment.Debtor)).Append(" fulfils ").Append(Qualified(commitment.Label)).Append(" on ").Append(Day(day))
            .Append("\n    source \"Ministry statement\";\n");
        text.Append(Qualified(previous.Cast.Persons[0].Id)).Append(" says \"the promise of the earlier round was kept\" on ").Append(Day(day)).Append(";\n\n");
        text.Append("meeting Geneva ").Append(Day(day.AddDays(1))).Append(" 1h with ").Append(cast.States[0]).Append(", ").Append(party)
            .Append(", ").Append(RegisterFile.Party).Append(" format \"follow-up\" <\n");
        text.Append("  ").Append(RegisterFile.Party).Append(" says \"both sides honoured the earlier round\" via ").Append(RegisterFile.Person).Append(";\n");
        text.Append("  ").Append(party).Append(" confirms \"the delivery\" to ").Append(cast.States[0]).Append(";\n");
        text.Append(">\n");
        return text.ToString();
    }

    private static string Qualified(string name) => Alias + "." + name;

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
