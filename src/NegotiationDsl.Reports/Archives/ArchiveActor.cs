using System.Collections.Immutable;
using NegotiationDsl.Dates;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// A party or person of an archive and everything the archive records of it, in date order (undated last, then in
/// folder and record order): the meetings and rounds it took part in, the statements it made (reported speech
/// included, when it is the speaker or the one reported), and the commitments it made or was made. <see cref="Page"/>
/// is the path of its page, <see cref="Declared"/> where it is declared.
/// </summary>
public sealed record ArchiveActor(ReportActor Actor, string Page, ArchiveSource Declared, ImmutableArray<ActorEntry> Entries);

/// <summary>One thing an actor did, or was part of, with where it stands.</summary>
public abstract record ActorEntry(DateInterval? Date, ArchiveSource Source);

/// <summary>A meeting or a round of talks the actor took part in; <see cref="Name"/> is a meeting's place, a round's title.</summary>
public sealed record ActorGathering(DateInterval? Date, ArchiveSource Source, bool IsTalks, string? Label, string Name, ImmutableArray<string> Participants)
    : ActorEntry(Date, Source);

/// <summary>A statement of the actor's, or a commitment it made or was made (with its state on the "as of" day).</summary>
public sealed record ActorStatement(DateInterval? Date, ArchiveSource Source, ReportStatement Statement, CommitmentState? State)
    : ActorEntry(Date, Source);
