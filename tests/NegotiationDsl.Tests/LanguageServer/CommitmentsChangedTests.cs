using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Handlers;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// <c>negotiationdsl/commitmentsChanged</c> (<see cref="CommitmentsWatch"/>): a client that asked for commitments is told
/// when a compilation of a folder changes what the commitments request answers, or a state on some day; not when an
/// edit leaves them as they were, and never when it did not ask.
/// </summary>
public sealed class CommitmentsChangedTests
{
    private const string Folder = "/r/talks";

    private const string Record =
        "party A;\nparty B;\nc: A commits \"x\" to B on 2022-01-01 by 2022-01-10;\nA says \"hello\" on 2022-01-02;\nA fulfils c on 2022-01-05;\n";

    private readonly List<string> _told = new();
    private readonly CommitmentsWatch _watch;

    public CommitmentsChangedTests() => _watch = new CommitmentsWatch(changed =>
    {
        _told.Add(changed.FolderUri);
        return Task.CompletedTask;
    });

    [Fact]
    public void The_record_has_one_commitment_and_no_errors()
    {
        var compilation = Compile(Record, Folder);

        Assert.Single(compilation.Commitments);
        Assert.DoesNotContain(compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == NegotiationDsl.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task A_client_that_never_asked_is_not_told()
    {
        await CompiledAsync(Record);
        await CompiledAsync(Record.Replace("\"x\"", "\"y\"", System.StringComparison.Ordinal));

        Assert.Empty(_told);
    }

    [Fact]
    public async Task After_a_request_the_first_compilation_of_a_folder_is_told_and_edits_that_keep_its_commitments_are_not()
    {
        _watch.Asked();
        await CompiledAsync(Record);
        Assert.Equal([CommitmentsHandler.FolderUri(Folder)], _told);

        await CompiledAsync(Record);
        await CompiledAsync(Record.Replace("\"hello\"", "\"hi\"", System.StringComparison.Ordinal));
        await CompiledAsync(Record + "// a note at the end\n");

        Assert.Single(_told);
    }

    [Theory]
    [InlineData("\"x\"", "\"y\"")]
    [InlineData("c: A commits", "d: A commits")]
    [InlineData("to B", "to A")]
    [InlineData("by 2022-01-10", "by 2022-01-04")]
    [InlineData("fulfils c on 2022-01-05", "fulfils c on 2022-01-06")]
    [InlineData("A fulfils c on 2022-01-05;\n", "")]
    [InlineData("party A;\n", "party A;\n\n")]
    [InlineData("party A;\nparty B;", "party A; party B;")]
    public async Task A_change_to_a_commitment_or_to_what_its_states_follow_from_is_told(string before, string after)
    {
        _watch.Asked();
        await CompiledAsync(Record);
        await CompiledAsync(Record.Replace(before, after, System.StringComparison.Ordinal));

        Assert.Equal([CommitmentsHandler.FolderUri(Folder), CommitmentsHandler.FolderUri(Folder)], _told);
    }

    [Fact]
    public async Task Each_folder_is_told_of_its_own_changes()
    {
        _watch.Asked();
        await CompiledAsync(Record, "/r/a");
        await CompiledAsync(Record, "/r/b");
        await CompiledAsync(Record.Replace("\"x\"", "\"y\"", System.StringComparison.Ordinal), "/r/b");
        await CompiledAsync(Record, "/r/a");

        Assert.Equal([CommitmentsHandler.FolderUri("/r/a"), CommitmentsHandler.FolderUri("/r/b"), CommitmentsHandler.FolderUri("/r/b")], _told);
    }

    [Fact]
    public async Task A_folder_that_is_gone_is_told_once()
    {
        _watch.Asked();
        await CompiledAsync(Record);
        await _watch.FolderCompiledAsync(Folder, null, CancellationToken.None);
        await _watch.FolderCompiledAsync(Folder, null, CancellationToken.None);

        Assert.Equal([CommitmentsHandler.FolderUri(Folder), CommitmentsHandler.FolderUri(Folder)], _told);
    }

    [Fact]
    public async Task A_folder_that_comes_back_after_it_was_gone_is_told_again()
    {
        _watch.Asked();
        await CompiledAsync(Record);
        await _watch.FolderCompiledAsync(Folder, null, CancellationToken.None);
        await CompiledAsync(Record);

        Assert.Equal(3, _told.Count);
    }

    [Fact]
    public async Task A_folder_never_told_of_is_not_told_when_it_is_gone()
    {
        _watch.Asked();
        await _watch.FolderCompiledAsync(Folder, null, CancellationToken.None);

        Assert.Empty(_told);
    }

    [Fact]
    public async Task In_an_archive_a_track_a_follow_up_settles_is_told_and_the_folders_the_edit_did_not_change_are_not()
    {
        var archive = Archive.Create("/r", [ArchiveTree("register", Register), ArchiveTree("track", Track), ArchiveTree("followup", FollowUp(fulfils: true)), ArchiveTree("other", Other)]);
        Assert.DoesNotContain(archive.GetDiagnostics(), diagnostic => diagnostic.Severity == NegotiationDsl.Diagnostics.DiagnosticSeverity.Error);
        _watch.Asked();
        await EveryFolderCompiledAsync(archive);
        _told.Clear();

        // The follow-up no longer fulfils the track's pledge, on the same day: it and the track it settles are bound again.
        var edited = archive.WithSyntaxTree(ArchiveTree("followup", FollowUp(fulfils: false)));
        await EveryFolderCompiledAsync(edited);

        Assert.Equal(2, edited.ReboundFolders);
        Assert.Equal([CommitmentsHandler.FolderUri("/r/track")], _told);
    }

    [Fact]
    public async Task In_an_archive_a_folder_whose_latest_date_a_user_moved_is_told()
    {
        var archive = Archive.Create("/r", [ArchiveTree("register", Register), ArchiveTree("track", Track), ArchiveTree("followup", FollowUp(fulfils: true)), ArchiveTree("other", Other)]);
        _watch.Asked();
        await EveryFolderCompiledAsync(archive);
        _told.Clear();

        // The register is not bound again, but its latest date (that of its users' records) is now the follow-up's later day.
        var edited = archive.WithSyntaxTree(ArchiveTree("followup", FollowUp(fulfils: true).Replace("2022-01-20", "2022-02-20", System.StringComparison.Ordinal)));
        await EveryFolderCompiledAsync(edited);

        Assert.Equal(new[] { "/r/followup", "/r/register", "/r/track" }.Select(CommitmentsHandler.FolderUri), _told.Order(System.StringComparer.Ordinal));
    }

    private const string Register = "party A state;\nparty B state;\nperson P of A;\nperson Q of B;\n";

    private const string Track = "use \"../register\";\nrecord \"Track\" published 2022-01-10;\nmeeting Geneva 2022-01-10 with P, Q <\n  pledge: P commits \"answer\" to Q by next_week;\n>\n";

    private const string Other = "use \"../register\";\nrecord \"Other\" published 2022-01-12;\nP says \"nothing\" on 2022-01-12;\n";

    private static string FollowUp(bool fulfils) =>
        "use \"../register\";\nuse \"../track\" as t;\nrecord \"Follow-up\" published 2022-01-20;\n" +
        (fulfils ? "P fulfils t.pledge on 2022-01-20;\n" : "P says \"not yet\" on 2022-01-20;\nQ says \"when?\" about t.pledge;\n");

    private static SyntaxTree ArchiveTree(string folder, string text) => SyntaxTree.ParseText(text, $"/r/{folder}/{folder}.neg");

    /// <summary>As the publisher calls it after an edit: every folder of the snapshot, in path order.</summary>
    private async Task EveryFolderCompiledAsync(Archive archive)
    {
        foreach (var compilation in archive.Compilations) await _watch.FolderCompiledAsync(compilation.Folder!, compilation, CancellationToken.None);
    }

    private Task CompiledAsync(string text, string folder = Folder) => _watch.FolderCompiledAsync(folder, Compile(text, folder), CancellationToken.None);

    private static Compilation Compile(string text, string folder) => Compilation.Create([SyntaxTree.ParseText(text, folder + "/a.neg")]);
}
