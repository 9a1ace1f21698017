using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Binding;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Archives;

/// <summary>
/// An edit binds again only the folders it may change; the others' results, symbols and states are shared with the
/// snapshot before, which itself never changes. What an edit and a name cost does not grow with the archive.
/// </summary>
public sealed class IncrementalArchiveTests
{
    private const string Register = "party A state;\nparty B state;\nperson P of A;\nperson Q of B;\n";

    private static string Track(int i) =>
        $"use \"../register\";\nrecord \"Track {i}\" published 2022-01-{10 + i % 10};\nmeeting Geneva 2022-01-{10 + i % 10} with P, Q <\n  pledge{i}: P commits \"answer {i}\" to Q by next_week;\n>\n";

    private static string FollowUp(int i, bool fulfils) =>
        $"use \"../register\";\nuse \"../track{i}\" as t;\nrecord \"Follow-up {i}\" published 2022-01-{20 + i % 10};\n" +
        (fulfils ? $"P fulfils t.pledge{i} on 2022-01-{20 + i % 10};\n" : $"P says \"not yet\" on 2022-01-{20 + i % 10};\nQ says \"{i}\" about t.pledge{i};\n");

    private static SyntaxTree Tree(string path, string text) => SyntaxTree.ParseText(text, "/a/" + path);

    /// <summary>A register, <paramref name="tracks"/> tracks and a follow-up folder per track: 2 × <paramref name="tracks"/> + 1 folders.</summary>
    private static Archive Create(int tracks = 5) => Archive.Create("/a", Trees(tracks));

    private static List<SyntaxTree> Trees(int tracks) =>
        Enumerable.Range(1, tracks).SelectMany(i => new[] { Tree($"track{i}/t.neg", Track(i)), Tree($"followup{i}/f.neg", FollowUp(i, fulfils: true)) })
            .Prepend(Tree("register/r.neg", Register)).ToList();

    [Fact]
    public void An_edit_to_a_follow_up_binds_it_and_the_track_it_settles_and_nothing_else()
    {
        var before = Create();
        Assert.Empty(before.GetDiagnostics().Where(d => d.Severity == NegotiationDsl.Diagnostics.DiagnosticSeverity.Error));
        Assert.Equal(11, before.ReboundFolders);
        var register = before.GetCompilation("/a/register")!.Actors.ToList();
        var track1 = before.GetCompilation("/a/track1")!.Commitments.Single();

        var after = before.WithSyntaxTree(Tree("followup3/f.neg", FollowUp(3, fulfils: true) + "// an edit\n"));
        Assert.Empty(after.GetDiagnostics().Where(d => d.Severity == NegotiationDsl.Diagnostics.DiagnosticSeverity.Error));
        Assert.Equal(2, after.ReboundFolders);
        Assert.Equal(register, after.GetCompilation("/a/register")!.Actors.ToList());
        Assert.Same(track1, after.GetCompilation("/a/track1")!.Commitments.Single());
    }

    [Fact]
    public void A_settlement_removed_by_an_edit_is_gone_from_the_new_snapshot_only()
    {
        var before = Create();
        var made = before.GetCompilation("/a/track2")!.Commitments.Single();
        Assert.Single(made.Events);

        var after = before.WithSyntaxTree(Tree("followup2/f.neg", FollowUp(2, fulfils: false)));
        var remade = after.GetCompilation("/a/track2")!.Commitments.Single();
        Assert.Empty(remade.Events);
        Assert.Single(made.Events);
        Assert.NotSame(made, remade);
    }

    [Fact]
    public void An_edit_to_the_register_binds_every_folder_that_uses_it()
    {
        var before = Create();
        _ = before.GetDiagnostics();
        var after = before.WithSyntaxTree(Tree("register/r.neg", Register + "person R of A;\n"));
        _ = after.GetDiagnostics();
        Assert.Equal(11, after.ReboundFolders);
        Assert.Contains(after.GetCompilation("/a/register")!.GetDiagnostics(), d => d.Code == "NEG2009" && d.Message.Contains("'R'"));
    }

    [Fact]
    public void After_edits_that_keep_the_uses_every_folder_is_as_an_archive_bound_afresh_has_it()
    {
        var archive = Create();
        _ = archive.GetDiagnostics();
        archive = archive.WithSyntaxTree(Tree("followup3/f.neg", "// an edit\n" + FollowUp(3, fulfils: true)));
        archive = archive.WithSyntaxTree(Tree("track2/t.neg", Track(2).Replace("<\n", "<\n  unknown_actor says \"no\";\n", System.StringComparison.Ordinal)));
        archive = archive.WithSyntaxTree(Tree("followup2/f.neg", FollowUp(2, fulfils: false)));
        archive = archive.WithSyntaxTree(Tree("followup2/f.neg", FollowUp(2, fulfils: true)));
        _ = archive.GetDiagnostics();

        var fresh = Archive.Create("/a", archive.SyntaxTrees);
        Assert.Equal(Describe(fresh), Describe(archive));
        Assert.Contains(archive.GetDiagnostics(), d => d.Code == "NEG2001");
    }

    [Fact]
    public void A_file_used_by_its_path_is_the_edited_tree_once_it_is_edited()
    {
        const string Made = "use \"../register\";\nrecord \"Made\" published 2022-01-10;\nmeeting Geneva 2022-01-10 with P, Q <\n  pledge: P commits \"{0}\" to Q by next_week;\n>\n";
        var before = Archive.Create("/a", [
            Tree("register/r.neg", Register),
            Tree("made/m.neg", string.Format(System.Globalization.CultureInfo.InvariantCulture, Made, "an answer")),
            Tree("kept/k.neg", "use \"../register\";\nuse \"../made/m.neg\" as m;\nrecord \"Kept\" published 2022-01-20;\nP fulfils m.pledge on 2022-01-20;\n"),
        ]);
        Assert.Empty(before.GetDiagnostics());

        var edited = Tree("made/m.neg", string.Format(System.Globalization.CultureInfo.InvariantCulture, Made, "a written answer"));
        var after = before.WithSyntaxTree(edited);

        Assert.Empty(after.GetDiagnostics());
        var pledge = after.GetCompilation("/a/made")!.Commitments.Single();
        Assert.Same(edited, pledge.SyntaxTree);
        Assert.Equal("a written answer", pledge.Deliverable);
        Assert.Single(pledge.Events);
    }

    [Fact]
    public void An_edit_that_adds_or_drops_a_use_resolves_the_uses_again()
    {
        var before = Create();
        _ = before.GetDiagnostics();

        var added = before.WithSyntaxTree(Tree("followup3/f.neg", "use \"../trak3\";\n" + FollowUp(3, fulfils: true)));
        var notFound = Assert.Single(added.GetDiagnostics(), d => d.Code == "NEG2014");
        Assert.Contains("did you mean \"../track3\"", notFound.Message, System.StringComparison.Ordinal);
        var typedBelow = added.WithSyntaxTree(Tree("followup3/f.neg", "use \"../trak3\";\n" + FollowUp(3, fulfils: true) + "// below\n"));
        Assert.Equal(added.GetDiagnostics().Single(d => d.Code == "NEG2014").Location.Span, typedBelow.GetDiagnostics().Single(d => d.Code == "NEG2014").Location.Span);
        var dropped = typedBelow.WithSyntaxTree(Tree("followup3/f.neg", FollowUp(3, fulfils: true)));
        Assert.Empty(dropped.GetDiagnostics());
    }

    [Fact]
    public void An_edit_to_a_follow_up_or_a_track_rebinds_as_many_folders_in_an_archive_of_1000_as_in_one_of_10()
    {
        Assert.Equal((2, 2), ReboundAfterEdits(tracks: 5));
        Assert.Equal((2, 2), ReboundAfterEdits(tracks: 500));
    }

    [Fact]
    public void Resolving_a_name_looks_in_as_many_tables_in_an_archive_of_1000_folders_as_in_one_of_10()
    {
        // The follow-up's own folder, the register and the track: a name is looked up in each by its key.
        Assert.Equal(3, TablesLookedIn(tracks: 5));
        Assert.Equal(3, TablesLookedIn(tracks: 500));
    }

    /// <summary>Folders bound again after typing into a follow-up, then into the track it settles.</summary>
    private static (int FollowUp, int Track) ReboundAfterEdits(int tracks)
    {
        var archive = Create(tracks);
        Assert.DoesNotContain(archive.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
        var middle = tracks / 2;

        var followUp = archive.WithSyntaxTree(Tree($"followup{middle}/f.neg", FollowUp(middle, fulfils: true) + "// typed\n"));
        Assert.Empty(followUp.GetCompilation($"/a/followup{middle}")!.GetDiagnostics());
        var track = followUp.WithSyntaxTree(Tree($"track{middle}/t.neg", Track(middle).Replace("answer", "reply", System.StringComparison.Ordinal)));
        Assert.Empty(track.GetCompilation($"/a/track{middle}")!.GetDiagnostics());
        Assert.Single(track.GetCompilation($"/a/track{middle}")!.Commitments.Single().Events);
        return (followUp.ReboundFolders, track.ReboundFolders);
    }

    /// <summary>The tables the binder looks a follow-up's names up in, after checking that each of its names is found there.</summary>
    private static int TablesLookedIn(int tracks)
    {
        var trees = Trees(tracks);
        var layout = ArchiveLayout.Create([.. trees], "/a");
        var binding = ArchiveBinding.Bind(layout, previous: null);
        var followUp = trees.Single(tree => tree.FilePath == $"/a/followup{tracks / 2}/f.neg");
        var folder = layout.FolderOf(followUp);
        var scope = Binder.ScopeOf(binding.For(folder).Declarations, layout.UsesOf(followUp), layout.Graph.Used(folder).ToDictionary(used => used, binding.For));

        Assert.True(scope.TryGet("P", NameKind.Actor, out _));
        Assert.True(scope.TryGet($"t.pledge{tracks / 2}", NameKind.Commitment, out var pledge));
        Assert.Equal($"/a/track{tracks / 2}/t.neg", pledge.SyntaxTree.FilePath);
        return 1 + scope.Imports.Length;
    }

    /// <summary>Each folder's diagnostics and its commitments' events, as text to compare.</summary>
    private static string[] Describe(Archive archive) =>
        archive.Compilations.SelectMany(compilation => compilation.GetDiagnostics().Select(d => $"{d.Location.FilePath} {d.Location.Span.Start} {d.Code} {d.Message}")
            .Concat(compilation.Commitments.Select(c => $"{c.Name}: {string.Join(", ", c.Events.Select(e => $"{e.Kind} {e.Date} {e.Statement.Location.FilePath}@{e.Statement.Location.Span.Start}"))}")))
            .ToArray();
}
