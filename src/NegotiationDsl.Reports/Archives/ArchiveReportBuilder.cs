using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NegotiationDsl.Symbols;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// Builds an <see cref="ArchiveReportModel"/>: each folder is read by the builder of its own report (so a statement,
/// a commitment's row and a track anchor are the same on both), on the archive's "as of" day; a symbol's place is
/// looked up in the folder that declares it, since a commitment's events and a statement's actors may be another
/// folder's symbols.
/// </summary>
internal sealed class ArchiveReportBuilder
{
    private readonly Archive _archive;
    private readonly LocalDate? _asOf;
    private readonly AsOfRule _asOfRule;
    private readonly List<Folder> _folders;
    private readonly Dictionary<Compilation, Folder> _byCompilation;

    public ArchiveReportBuilder(Archive archive, Func<Compilation, string> reportOf, LocalDate? asOf)
    {
        _archive = archive;
        (_asOf, _asOfRule) = ReportModelBuilder.ResolveAsOf(asOf, archive.Compilations.Select(compilation => compilation.GetLatestDate()).Max());
        _folders = archive.Compilations.Select(compilation =>
        {
            var path = RelativeFolder(compilation);
            var builder = new ReportModelBuilder(compilation, path, _asOf);
            return new Folder(compilation, path, ReportFormats.Kind(ReportKind.Folder).PathOf(reportOf(compilation)), builder, builder.BuildFolderPart());
        }).ToList();
        _byCompilation = _folders.ToDictionary(folder => folder.Compilation);
    }

    public ArchiveReportModel Build(string name, Func<IReadOnlyList<string>, IReadOnlyList<string>> pageNames) =>
        new(name, _asOf, _asOfRule, Folders(), Commitments(), Actors(pageNames), Agreements(), Milestones(), Proposals());

    // ---- Tracks --------------------------------------------------------------------------------

    private ImmutableArray<ArchiveFolder> Folders() =>
        _folders.Select(folder => new ArchiveFolder(
                folder.Path,
                folder.Report,
                folder.Compilation.Records.Select(ReportModelBuilder.Record).ToImmutableArray(),
                Span(folder.Compilation),
                folder.Compilation.Meetings.Count(),
                folder.Builder.ListedStatements.Count,
                folder.Compilation.Commitments.Count(),
                folder.Compilation.UsedCompilations.Select(used => _byCompilation[used].Path).Order(StringComparer.Ordinal).ToImmutableArray()))
            .OrderBy(folder => folder.Dates is null ? 1 : 0)
            .ThenBy(folder => folder.Dates?.Start)
            .ThenBy(folder => folder.Path, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>From the first day anything in the folder is dated to the last; null when nothing is.</summary>
    private static DateInterval? Span(Compilation compilation) =>
        ReportModelBuilder.DaySpan(compilation.Symbols.Select(symbol => symbol switch
        {
            StatementSymbol statement => statement.Date,
            GatheringSymbol gathering => gathering.Date,
            _ => null,
        }));

    // ---- Commitments ---------------------------------------------------------------------------

    private ImmutableArray<ArchiveCommitment> Commitments() =>
        _folders.SelectMany(folder => folder.Part.Commitments.Select(commitment => new ArchiveCommitment(
                Qualified(folder.Path, commitment.Row.Id),
                commitment.Row,
                Source(commitment.Symbol),
                Located(commitment.Row.Events, commitment.Symbol.Events))))
            .OrderBy(commitment => commitment.Commitment.Deadline is null ? 1 : 0)
            .ThenBy(commitment => commitment.Commitment.Deadline?.End)
            .ToImmutableArray();

    // ---- Agreements, milestones and replies ---------------------------------------------------

    private ImmutableArray<ArchiveAgreement> Agreements() =>
        _folders.SelectMany(folder => folder.Part.Agreements.Select(agreement =>
                new ArchiveAgreement(Qualified(folder.Path, agreement.Row.Label), agreement.Row, Source(agreement.Symbol))))
            .ToImmutableArray();

    private ImmutableArray<ArchiveMilestone> Milestones() =>
        _folders.SelectMany(folder => folder.Part.Milestones.Select(milestone => new ArchiveMilestone(
                Qualified(folder.Path, milestone.Row.Label),
                milestone.Row,
                Source(milestone.Symbol),
                Located(milestone.Row.Events, milestone.Symbol.Records))))
            .ToImmutableArray();

    private ImmutableArray<ArchiveProposal> Proposals() =>
        _folders.SelectMany(folder => folder.Part.Proposals.Select(proposal => new ArchiveProposal(
                Qualified(folder.Path, proposal.Symbol.Name),
                proposal.Row,
                Source(proposal.Symbol),
                Located(proposal.Row.Events, proposal.Symbol.Replies))))
            .ToImmutableArray();

    /// <summary>Each later record as its folder's report shows it, with where its statement stands.</summary>
    private ImmutableArray<ArchiveEvent> Located(ImmutableArray<ReportEvent> rows, ImmutableArray<CommitmentEvent> events) =>
        rows.Zip(events, (row, symbol) => new ArchiveEvent(row, Source(symbol.Record))).ToImmutableArray();

    /// <summary>A name as JSON ids of other folders' symbols write it: <c>geneva-2022/written_response</c>.</summary>
    private static string Qualified(string folder, string name) => folder == "." ? name : folder + "/" + name;

    // ---- Actors --------------------------------------------------------------------------------

    private ImmutableArray<ArchiveActor> Actors(Func<IReadOnlyList<string>, IReadOnlyList<string>> pageNames)
    {
        var actors = _folders.SelectMany(folder => folder.Compilation.Actors).ToList();
        var entries = actors.ToDictionary(actor => actor, _ => new List<ActorEntry>());
        void Add(ActorSymbol actor, ActorEntry entry)
        {
            if (entries.TryGetValue(actor, out var list)) list.Add(entry);
        }

        foreach (var folder in _folders)
        {
            var listed = folder.Builder.ListedStatements.ToHashSet();
            foreach (var symbol in folder.Compilation.Symbols)
            {
                if (symbol is GatheringSymbol gathering)
                {
                    var entry = Gathering(folder, gathering);
                    // A delegation's members were there even when the participant list names only its head.
                    foreach (var actor in gathering.Participants.Concat(gathering.Delegations.SelectMany(delegation => delegation.Members)).Distinct()) Add(actor, entry);
                }
                else if (symbol is StatementSymbol statement && listed.Contains(statement))
                {
                    var entry = new ActorStatement(statement.Date, Source(statement), folder.Builder.Statement(statement), (statement as CommitmentSymbol)?.GetState(_asOf));
                    foreach (var actor in ActorsOf(statement)) Add(actor, entry);
                }
            }
        }

        var names = pageNames(actors.Select(actor => actor.Name).ToList());
        var page = ReportFormats.Kind(ReportKind.ArchiveActor);
        return actors.Select((actor, i) => new ArchiveActor(
                ReportModelBuilder.Actor(actor),
                page.PathOf(names[i]),
                Source(actor) with { Anchor = ReportLayout.WhoIsWhoId },
                entries[actor].OrderBy(entry => entry.Date is null ? 1 : 0).ThenBy(entry => entry.Date?.Start).ToImmutableArray()))
            .ToImmutableArray();
    }

    private ActorGathering Gathering(Folder folder, GatheringSymbol gathering) => gathering switch
    {
        TalksSymbol talks => new ActorGathering(talks.Date, Source(talks), IsTalks: true, talks.HasIdentifier ? talks.Name : null,
            folder.Part.TrackOf(talks)?.Title ?? talks.Name, talks.Participants.Select(actor => actor.DisplayName).ToImmutableArray()),
        MeetingSymbol meeting => new ActorGathering(meeting.Date, Source(meeting), IsTalks: false, meeting.HasIdentifier ? meeting.Name : null,
            meeting.Place, meeting.Participants.Select(actor => actor.DisplayName).ToImmutableArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(gathering)),
    };

    /// <summary>Whose a statement is: its speakers, those reported in reported speech, and a commitment's creditors.</summary>
    private static IEnumerable<ActorSymbol> ActorsOf(StatementSymbol statement)
    {
        var actors = statement.Actors.AsEnumerable();
        if (statement.Reported is { } reported) actors = actors.Concat(reported.Actors);
        if (statement is CommitmentSymbol commitment) actors = actors.Concat(commitment.Creditors);
        return actors.Distinct();
    }

    // ---- Sources -------------------------------------------------------------------------------

    /// <summary>Where <paramref name="symbol"/> stands: in the folder that declares it, which may not be the folder that refers to it.</summary>
    private ArchiveSource Source(Symbol symbol)
    {
        var folder = _byCompilation[_archive.GetCompilation(symbol)!];
        var file = Path.GetFileName(symbol.Location.FilePath);
        return new ArchiveSource(folder.Path, folder.Report, folder.Part.TrackOf(symbol)?.Id, Qualified(folder.Path, file), ReportModelBuilder.Line(symbol));
    }

    /// <summary>The folder relative to the archive's root, as uses and JSON ids write it (<c>geneva-2022</c>; <c>.</c> for the root).</summary>
    private string RelativeFolder(Compilation compilation)
    {
        var folder = compilation.Folder!;
        var root = _archive.Root;
        if (folder == root) return ".";
        if (root == ".") return folder;
        var prefix = root.EndsWith('/') ? root : root + "/";
        return folder.StartsWith(prefix, StringComparison.Ordinal) ? folder.Substring(prefix.Length) : folder;
    }

    private sealed record Folder(Compilation Compilation, string Path, string Report, ReportModelBuilder Builder, FolderPart Part);
}
