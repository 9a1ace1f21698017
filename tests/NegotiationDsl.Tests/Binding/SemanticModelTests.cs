using System.Linq;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>What an editor asks: the symbol at a position, its declaration, and every reference to it.</summary>
public sealed class SemanticModelTests
{
    private const string Actors = "party USA state \"United States\";\nperson Blinken \"Antony Blinken\" office \"Secretary of State\" of USA;\n";
    private const string Record = "meeting Geneva 2022-01-21 with Blinken <\n  written_response: Blinken commits \"response\" by next_week;\n>\nUSA fulfils written_response on 2022-01-26;\n";

    [Fact]
    public void The_symbol_at_a_reference_is_the_declared_actor_from_another_file()
    {
        var compilation = BindingHelper.Compile(Actors, Record);
        var tree = compilation.SyntaxTrees[1];
        var model = compilation.GetSemanticModel(tree);

        var symbol = model.GetSymbolAt(Record.IndexOf("Blinken commits", System.StringComparison.Ordinal) + 2);

        var person = Assert.IsType<PersonSymbol>(symbol);
        Assert.Equal("Antony Blinken", person.FullName);
        Assert.Equal("Secretary of State", Assert.Single(person.Offices).Title);
        Assert.Same(compilation.SyntaxTrees[0], person.SyntaxTree);
    }

    [Fact]
    public void The_symbol_at_a_declaration_and_at_the_end_of_a_name_is_found()
    {
        var compilation = BindingHelper.Compile(Actors + Record);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
        var text = Actors + Record;

        Assert.Equal("USA", model.GetSymbolAt(text.IndexOf("USA", System.StringComparison.Ordinal))!.Name);
        var label = text.IndexOf("written_response:", System.StringComparison.Ordinal);
        Assert.IsType<CommitmentSymbol>(model.GetSymbolAt(label + "written_response".Length));
        Assert.Null(model.GetSymbolAt(text.IndexOf("meeting", System.StringComparison.Ordinal) + 2));
    }

    [Fact]
    public void Every_reference_to_a_symbol_is_found_across_files()
    {
        var compilation = BindingHelper.Compile(Actors, Record);
        var blinken = compilation.Actors.Single(actor => actor.Name == "Blinken");

        var references = compilation.FindReferences(blinken).ToList();

        Assert.Equal(2, references.Count);
        Assert.All(references, name => Assert.Equal("Blinken", name.Identifier.Text));
        var usa = compilation.Actors.Single(actor => actor.Name == "USA");
        Assert.Equal(2, compilation.FindReferences(usa).Count());
    }

    [Fact]
    public void The_declared_symbol_of_each_declaration_node()
    {
        var compilation = BindingHelper.Compile(Actors + Record);
        var tree = compilation.SyntaxTrees[0];
        var model = compilation.GetSemanticModel(tree);

        var meeting = tree.Root.Members.OfType<MeetingDeclarationSyntax>().Single();
        var meetingSymbol = Assert.IsType<MeetingSymbol>(model.GetDeclaredSymbol(meeting));
        Assert.Equal("Geneva", meetingSymbol.Place);
        Assert.Equal("2022-01-21", meetingSymbol.Date.ToString());
        Assert.Equal("Blinken", Assert.Single(meetingSymbol.Participants).Name);
        var commitment = Assert.IsType<CommitmentSymbol>(model.GetDeclaredSymbol(meeting.Body.Members[0]));
        Assert.Same(meetingSymbol, commitment.Meeting);
        Assert.Equal(CommitmentState.Fulfilled, commitment.GetState(new NodaTime.LocalDate(2022, 1, 31)));
    }

    [Fact]
    public void Meetings_are_listed_in_date_order()
    {
        var compilation = BindingHelper.Compile("meeting B 2022-02-01 < >\nmeeting A 2022-01-01 < >\nmeeting C < >");

        Assert.Equal(new[] { "meeting A", "meeting B", "meeting C" }, compilation.Meetings.Select(m => m.Name));
    }

    [Fact]
    public void A_compilation_is_immutable_and_replacing_a_tree_gives_a_new_one()
    {
        var compilation = BindingHelper.Compile(Actors, "meeting Geneva < Blinkin says \"x\"; >");
        var fixedTree = SyntaxTree.ParseText("meeting Geneva < Blinken says \"x\"; >", "file1.neg");

        var updated = compilation.WithSyntaxTree(fixedTree);

        Assert.Contains(compilation.GetDiagnostics(), d => d.Code == "NEG2001");
        Assert.DoesNotContain(updated.GetDiagnostics(), d => d.Code == "NEG2001");
        Assert.Equal(2, updated.SyntaxTrees.Length);
    }
}
