using System.Linq;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Archives;

/// <summary>
/// An edit binds again only the folders it may change; the others' results, symbols and states are shared with the
/// snapshot before, which itself never changes.
/// </summary>
public sealed class IncrementalArchiveTests
{
    private const string Register = "party A state;\nparty B state;\nperson P of A;\nperson Q of B;\n";

    private static string Track(int i) =>
        $"use \"../register\";\nrecord \"Track {i}\" published 2022-01-{10 + i};\nmeeting Geneva 2022-01-{10 + i} with P, Q <\n  pledge{i}: P commits \"answer {i}\" to Q by next_week;\n>\n";

    private static string FollowUp(int i, bool fulfils) =>
        $"use \"../register\";\nuse \"../track{i}\" as t;\nrecord \"Follow-up {i}\" published 2022-01-{20 + i};\n" +
        (fulfils ? $"P fulfils t.pledge{i} on 2022-01-{20 + i};\n" : $"P says \"not yet\" on 2022-01-{20 + i};\nQ says \"{i}\" about t.pledge{i};\n");

    private static SyntaxTree Tree(string path, string text) => SyntaxTree.ParseText(text, "/a/" + path);

    private static Archive Create()
    {
        var trees = Enumerable.Range(1, 5).SelectMany(i => new[] { Tree($"track{i}/t.neg", Track(i)), Tree($"followup{i}/f.neg", FollowUp(i, fulfils: true)) })
            .Prepend(Tree("register/r.neg", Register));
        return Archive.Create("/a", trees);
    }

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
}
