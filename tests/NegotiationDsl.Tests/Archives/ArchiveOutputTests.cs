using System.Linq;
using NegotiationDsl.Emit;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Archives;

/// <summary>What a folder's outputs say about a symbol another folder of the archive declares: that folder's object and id.</summary>
public sealed class ArchiveOutputTests
{
    private static Archive Archive() => NegotiationDsl.Archive.Create("/a",
    [
        SyntaxTree.ParseText("party US state;\nparty Russia state;\nperson Blinken of US;\nperson Lavrov of Russia;\n", "/a/actors/actors.neg"),
        SyntaxTree.ParseText("use \"../actors\";\nrecord \"Geneva\" published 2022-01-21;\nmeeting Geneva 2022-01-21 with Blinken, Lavrov <\n  written_response: Blinken commits \"a written response\" to Lavrov by next_week;\n>\n", "/a/geneva/geneva.neg"),
        SyntaxTree.ParseText("use \"../actors\";\nuse \"../geneva\" as geneva;\nrecord \"Follow-up\" published 2022-01-26;\nBlinken fulfils geneva.written_response on 2022-01-26;\n", "/a/follow/follow.neg"),
    ]);

    [Fact]
    public void A_used_symbol_is_the_object_of_its_own_folders_model()
    {
        var archive = Archive();
        var names = CompilationNames.Assign(["actors", "follow", "geneva"]);
        var classes = archive.Compilations.Zip(names).ToDictionary(pair => pair.First, pair => pair.Second.ClassName);
        var follow = CSharpModelEmitter.Emit(archive.GetCompilation("/a/follow")!, names[1], classNameOf: used => classes[used]);
        Assert.Contains("global::NegotiationRecords.Actors.Persons.Blinken", follow);
        Assert.Contains("global::NegotiationRecords.Geneva.Commitments.WrittenResponse", follow);
        Assert.DoesNotContain("new global::NegotiationDsl.Model.Person(", follow);
    }

    [Fact]
    public void A_folder_emitted_by_name_alone_names_the_models_of_the_folders_it_uses_after_their_folders()
    {
        // Found by the fuzzing campaign (tests/fuzz/regressions/archives/): without a class name for each used folder
        // the emitter threw InvalidOperationException at the first symbol of another folder.
        var follow = CSharpModelEmitter.Emit(Archive().GetCompilation("/a/follow")!, "follow");

        Assert.Contains("public static partial class Follow", follow);
        Assert.Contains("global::NegotiationRecords.Actors.Persons.Blinken", follow);
        Assert.Contains("global::NegotiationRecords.Geneva.Commitments.WrittenResponse", follow);
    }

    [Fact]
    public void A_used_symbol_has_a_folder_qualified_id_in_json()
    {
        var json = RecordJsonWriter.Write(Archive().GetCompilation("/a/follow")!, "follow");
        Assert.Contains("\"actors/Blinken\"", json);
        Assert.Contains("\"geneva/written_response\"", json);
        NegotiationDsl.Tests.Emit.RecordSchema.AssertValid(json);
    }
}
