using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// The records of a generated archive, made once and written two ways with the same facts: as an archive (a register,
/// tracks whose records use it, and beside each track a follow-up folder that uses the register and the track and
/// settles a commitment left open there), or as the independent folders one keeps without archives, each with copies
/// of what it names elsewhere: the register's declarations of its actors and, for a follow-up, the track's record
/// that makes the commitment it settles.
/// </summary>
internal sealed class ArchiveCorpus
{
    private const string UseRegister = "use \"../" + RegisterFile.Folder + "\";\n\n";

    private readonly List<TrackFolder> _tracks = [];

    public ArchiveCorpus(int tracks, int records)
    {
        for (var index = 0; index < tracks; index++)
        {
            var folder = CorpusGenerator.FolderName(index);
            var track = new Track(index, records, fromRegister: true);
            var files = track.Records().Select(file => new RecordFile(file.Name, file.Text)).ToList();
            var settled = FollowUpFile.Settled(track, folder);
            _tracks.Add(new TrackFolder(folder, files, files[settled.Record],
                new RecordFile(FollowUpFile.Name, FollowUpFile.Write(folder, track, inArchive: true)),
                new RecordFile(FollowUpFile.Name, FollowUpFile.Write(folder, track, inArchive: false))));
        }
    }

    /// <summary>The folder beside a track that holds its follow-up.</summary>
    public static string FollowUpFolder(string trackFolder) => trackFolder + "-followup";

    /// <summary>The archive's files as (path from its root, text), the register first (without the root file).</summary>
    public IEnumerable<(string Path, string Text)> Archive()
    {
        var named = _tracks.SelectMany(track => track.Records.Append(track.FollowUp)).SelectMany(file => file.Names);
        yield return (RegisterFile.Folder + "/actors.neg", RegisterFile.Write(named));
        foreach (var track in _tracks)
        {
            foreach (var record in track.Records) yield return (track.Folder + "/" + record.Name, UseRegister + record.Text);
            yield return (FollowUpFolder(track.Folder) + "/" + track.FollowUp.Name, track.FollowUp.Text);
        }
    }

    /// <summary>The same records as folders that each check on their own, with copied declarations.</summary>
    public IEnumerable<(string Path, string Text)> Copies()
    {
        foreach (var track in _tracks)
        {
            yield return (track.Folder + "/actors.neg", RegisterFile.WriteCopy(track.Records.SelectMany(record => record.Names)));
            foreach (var record in track.Records) yield return (track.Folder + "/" + record.Name, record.Text);

            var followUp = FollowUpFolder(track.Folder);
            RecordFile[] files = [track.Settling, track.FollowUpCopy];
            yield return (followUp + "/actors.neg", RegisterFile.WriteCopy(files.SelectMany(file => file.Names)));
            foreach (var file in files) yield return (followUp + "/" + file.Name, file.Text);
        }
    }

    /// <param name="Settling">The record whose commitment the follow-up settles.</param>
    private sealed record TrackFolder(string Folder, List<RecordFile> Records, RecordFile Settling, RecordFile FollowUp, RecordFile FollowUpCopy);

    /// <summary>A generated record and the names it refers to by their own names (an actor, a label).</summary>
    private sealed class RecordFile(string name, string text)
    {
        private HashSet<string>? _names;

        public string Name { get; } = name;

        public string Text { get; } = text;

        public IReadOnlySet<string> Names => _names ??= ReferencedNames(Text);

        private static HashSet<string> ReferencedNames(string text) =>
            SyntaxTree.ParseText(text).Root.DescendantNodesAndSelf().OfType<NameSyntax>()
                .Where(name => name.Qualifier is null && name.Parent is not MeetingDeclarationSyntax && name.Parent?.Kind != SyntaxKind.FormatClause)
                .Select(name => name.Identifier.Text)
                .ToHashSet(StringComparer.Ordinal);
    }
}
