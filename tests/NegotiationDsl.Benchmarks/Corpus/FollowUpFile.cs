using System;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// The record of a follow-up folder of an archive, written weeks after the track it follows up: it uses the register
/// by its names and the track through an alias, settles a commitment left open there, and hears the track's envoys
/// again at a meeting with the observers. Outside the archive the same record names the commitment without the alias.
/// </summary>
internal static class FollowUpFile
{
    public const string Name = "followup.neg";
    public const string Alias = "track";

    /// <summary>The commitment the follow-up of <paramref name="track"/> settles.</summary>
    public static OpenCommitment Settled(Track track, string trackFolder) =>
        track.OpenCommitments.Count > 0 ? track.OpenCommitments[^1] : throw new InvalidOperationException($"track {trackFolder} leaves no commitment open to follow up");

    /// <param name="inArchive">With the uses and the alias; without them for a folder that checks on its own.</param>
    public static string Write(string trackFolder, Track track, bool inArchive)
    {
        var commitment = Settled(track, trackFolder);
        var day = commitment.RecordDate.AddDays(42);
        var cast = track.Cast;

        var text = new StringBuilder();
        text.Append("/*\n * Follow-up to ").Append(trackFolder).Append(": a commitment made there is kept, and its envoys are heard again.\n */\n\n");
        if (inArchive)
        {
            text.Append("use \"../").Append(RegisterFile.Folder).Append("\";\n");
            text.Append("use \"../").Append(trackFolder).Append("\" as ").Append(Alias).Append(";\n\n");
        }

        text.Append("record \"Follow-up: a promise of the earlier round is kept\" source \"Northern Wire\" published ").Append(Day(day)).Append(";\n\n");
        text.Append(commitment.Debtor).Append(" fulfils ").Append(inArchive ? Alias + "." : "").Append(commitment.Label).Append(" on ").Append(Day(day))
            .Append("\n    source \"Ministry statement\";\n");
        text.Append(cast.Persons[0].Id).Append(" says \"the promise of the earlier round was kept\" on ").Append(Day(day)).Append(";\n\n");
        text.Append("meeting Geneva ").Append(Day(day.AddDays(1))).Append(" 1h with ").Append(cast.States[0]).Append(", ").Append(cast.States[1])
            .Append(", ").Append(RegisterFile.Party).Append(" format \"follow-up\" <\n");
        text.Append("  ").Append(RegisterFile.Party).Append(" says \"both sides honoured the earlier round\" via ").Append(RegisterFile.Person).Append(";\n");
        text.Append("  ").Append(cast.States[1]).Append(" confirms \"the delivery\" to ").Append(cast.States[0]).Append(";\n");
        text.Append(">\n");
        return text.ToString();
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
