using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// An actor is reported unused (NEG2009) exactly when no name refers to it: the check stops looking through a folder's
/// names once it has found every actor, and asks the folders that use it only about the actors left, so it is compared
/// here with the plain definition, find references, on records and archives where actors are named early, late, only
/// by another folder or not at all.
/// </summary>
public sealed class UnusedActorTests
{
    [Fact]
    public void A_record_reports_unused_exactly_the_actors_nothing_refers_to()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var text = RandomRecord(random, actors: random.Next(1, 12), statements: random.Next(0, 30));
            var compilation = Compilation.Create([SyntaxTree.ParseText(text, "/r/r.neg")]);
            Assert.True(UnusedByDefinition(compilation).SequenceEqual(Reported(compilation)), $"seed {seed}:\n{text}");
        }
    }

    [Fact]
    public void A_register_reports_unused_only_the_actors_no_folder_that_uses_it_names()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var register = RandomRecord(random, actors: random.Next(1, 10), statements: random.Next(0, 4));
            var trees = new List<SyntaxTree> { SyntaxTree.ParseText(register, "/a/register/r.neg") };
            for (var track = 0; track < 3; track++)
            {
                var says = string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(i => $"A{random.Next(10)} says \"{track} {i}\";\n"));
                trees.Add(SyntaxTree.ParseText($"use \"../register\";\nrecord \"Track {track}\" published 2022-01-10;\n{says}", $"/a/track{track}/t.neg"));
            }

            var archive = Archive.Create("/a", trees);
            var compilation = archive.GetCompilation("/a/register")!;
            Assert.True(UnusedByDefinition(compilation).SequenceEqual(Reported(compilation)), $"seed {seed}:\n{register}");
            var edited = archive.WithSyntaxTree(SyntaxTree.ParseText($"use \"../register\";\nA0 says \"edited\";\n", "/a/track0/t.neg")).GetCompilation("/a/register")!;
            Assert.True(UnusedByDefinition(edited).SequenceEqual(Reported(edited)), $"seed {seed}, edited:\n{register}");
        }
    }

    [Fact]
    public void A_folder_of_several_files_reports_unused_only_the_actors_none_of_its_files_names()
    {
        var namedOnlyInASibling = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var random = new Random(seed);
            var actors = random.Next(1, 12);
            var files = Enumerable.Range(0, random.Next(2, 5)).Select(file => new StringBuilder($"record \"R{file}\" published 2022-01-10;\n")).ToList();
            var declaredIn = new int[actors];
            for (var i = 0; i < actors; i++)
            {
                declaredIn[i] = random.Next(files.Count);
                files[declaredIn[i]].Append(i == 0 || random.Next(2) == 0 ? $"party A{i} state;\n" : $"person A{i} of A{random.Next(i)};\n");
            }

            for (var i = random.Next(0, 12); i > 0; i--) files[random.Next(files.Count)].Append(CultureInfo.InvariantCulture, $"A{random.Next(actors)} says \"{i}\" on 2022-01-1{i % 10};\n");
            var compilation = Compilation.Create([.. files.Select((text, file) => SyntaxTree.ParseText(text.ToString(), $"/r/f{file}.neg"))]);
            Assert.True(UnusedByDefinition(compilation).SequenceEqual(Reported(compilation)), $"seed {seed}:\n{string.Join("\n", files)}");
            if (compilation.Actors.Any(actor => compilation.FindReferencesWithTrees(actor) is var references && references.Any() &&
                    references.All(reference => reference.Tree.FilePath != actor.Location.FilePath)))
            {
                namedOnlyInASibling++;
            }
        }

        // The case the check's walk over every file of the folder is for must come up, or this test proves nothing of it.
        Assert.True(namedOnlyInASibling >= 10, $"{namedOnlyInASibling} folders had an actor named only in a sibling file");
    }

    /// <summary>Parties and persons with distinct names (A0, A1, ...), each person of an earlier party, and statements by random actors.</summary>
    private static string RandomRecord(Random random, int actors, int statements)
    {
        var text = new StringBuilder("record \"R\" published 2022-01-10;\nparty A0 state;\n");
        for (var i = 1; i < actors; i++)
        {
            text.Append(random.Next(2) == 0 ? string.Create(CultureInfo.InvariantCulture, $"party A{i} state;\n") : string.Create(CultureInfo.InvariantCulture, $"person A{i} of A{random.Next(i)};\n"));
        }

        for (var i = 0; i < statements; i++) text.Append(CultureInfo.InvariantCulture, $"A{random.Next(actors)} says \"{i}\" on 2022-01-1{i % 10};\n");
        return text.ToString();
    }

    private static IEnumerable<(string File, int Start)> UnusedByDefinition(Compilation compilation) =>
        compilation.Actors.Where(actor => !compilation.FindReferences(actor).Any()).Select(actor => (actor.Location.FilePath, actor.Location.Span.Start)).Order();

    private static IEnumerable<(string File, int Start)> Reported(Compilation compilation) =>
        compilation.GetDiagnostics().Where(diagnostic => diagnostic.Code == "NEG2009").Select(diagnostic => (diagnostic.Location.FilePath, diagnostic.Location.Span.Start)).Order();
}
