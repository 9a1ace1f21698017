using System.IO;
using System.Linq;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Model;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

public sealed class CSharpModelTests
{
    private static Compilation Examples(string folder = "geneva-2022") => ExampleGoldenTests.Compile("examples/" + folder);

    /// <summary>The folder's model and those of the folders it uses, transitively: its model refers to their objects.</summary>
    private static string[] ModelsWithUsed(Compilation compilation, string name)
    {
        var sources = new System.Collections.Generic.List<string> { CSharpModelEmitter.Emit(compilation, name) };
        var seen = new System.Collections.Generic.HashSet<Compilation> { compilation };
        var queue = new System.Collections.Generic.Queue<Compilation>(compilation.UsedCompilations);
        while (queue.Count > 0)
        {
            var used = queue.Dequeue();
            if (!seen.Add(used)) continue;
            sources.Add(CSharpModelEmitter.Emit(used, Path.GetFileName(used.Folder!)));
            foreach (var next in used.UsedCompilations) queue.Enqueue(next);
        }

        return sources.ToArray();
    }

    [Theory]
    [MemberData(nameof(ExampleGoldenTests.Folders), MemberType = typeof(ExampleGoldenTests))]
    public void The_model_of_every_example_compiles_without_a_diagnostic(string folder)
    {
        var (diagnostics, assembly) = GeneratedCode.Compile(ModelsWithUsed(ExampleGoldenTests.Compile(folder), ExampleGoldenTests.Name(folder)));

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.NotNull(assembly);
    }

    [Theory]
    [MemberData(nameof(ExampleGoldenTests.Folders), MemberType = typeof(ExampleGoldenTests))]
    public void The_generated_code_of_every_example_matches_golden(string folder) =>
        GoldenFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "golden", "examples", ExampleGoldenTests.Name(folder) + ".g.cs"),
            CSharpModelEmitter.Emit(ExampleGoldenTests.Compile(folder), ExampleGoldenTests.Name(folder)));

    [Theory]
    [InlineData("new-start-2010")]
    [InlineData("black-sea-grain-2022")]
    [InlineData("camp-david-1978")]
    public void Every_agreement_of_the_generated_model_has_the_compiler_s_state_on_every_day_where_it_can_change(string folder)
    {
        var compilation = Examples(folder);
        var (_, assembly) = GeneratedCode.Compile(ModelsWithUsed(compilation, folder));
        var generated = ((System.Collections.Generic.IEnumerable<Agreement>)GeneratedCode.Field(assembly!, ClassName(folder) + ".Agreements.All")!).ToDictionary(agreement => agreement.Id);

        Assert.NotEmpty(compilation.Agreements);
        var compared = 0;
        foreach (var agreement in compilation.Agreements)
        {
            var model = generated[agreement.Name];
            var days = agreement.Events.SelectMany(item => item.Date is { } date ? new[] { date.Start, date.End } : [])
                .Concat(agreement.Events.Select(item => item.TermEnd).OfType<NodaTime.LocalDate>())
                .SelectMany(day => new[] { day.PlusDays(-1), day, day.PlusDays(1) })
                .Distinct();
            foreach (var day in days)
            {
                Assert.True(agreement.GetState(day) == model.GetState(new Date(day.Year, day.Month, day.Day)), $"{agreement.Name} on {day}");
                compared++;
            }
        }

        Assert.True(compared > 10, $"only {compared} days compared");
    }

    /// <summary>The generated class of a folder: <c>new-start-2010</c> is <c>NewStart2010</c>.</summary>
    private static string ClassName(string folder) =>
        string.Concat(folder.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));

    [Fact]
    public void The_written_response_and_the_Geneva_meeting_load_with_their_values()
    {
        var (_, assembly) = GeneratedCode.Compile(ModelsWithUsed(Examples(), "geneva-2022"));

        var commitment = (Commitment)GeneratedCode.Field(assembly!, "Geneva2022.Commitments.WrittenResponse")!;
        Assert.Equal(new Date(2022, 1, 30), commitment.Deadline!.Value.End);
        Assert.Equal(new Date(2022, 1, 24), commitment.Deadline!.Value.Start);
        Assert.Equal(DatePrecision.Week, commitment.Deadline!.Value.Precision);
        Assert.Equal("Blinken", commitment.Debtors.Single().Id);
        Assert.Equal("Russia", commitment.Creditors.Single().Id);
        Assert.Equal(CommitmentState.Fulfilled, commitment.GetState(new Date(2022, 1, 31)));
        Assert.Equal(CommitmentState.Due, commitment.GetState(new Date(2022, 1, 25)));

        var blinken = (Person)GeneratedCode.Field(assembly!, "Actors.Persons.Blinken")!;
        Assert.Same(blinken, commitment.Debtors.Single());
        Assert.Equal("Secretary of State", blinken.Office!.Title);
        Assert.Equal("Antony Blinken", blinken.Name);

        var meetings = (System.Collections.Generic.IReadOnlyList<Meeting>)GeneratedCode.Field(assembly!, "Geneva2022.Meetings.All")!;
        var geneva = meetings.Single(m => m.Id == "geneva");
        Assert.Equal("Hotel President Wilson, Geneva", geneva.Place);
        Assert.Equal(new Date(2022, 1, 21), geneva.Date!.Value.Start);
        Assert.Equal(new[] { "Blinken", "Lavrov" }, geneva.Participants.Select(p => p.Id));
        Assert.Equal(System.TimeSpan.FromHours(1.5), geneva.Duration);
        Assert.Equal(meetings.OrderBy(m => m.Date?.Start ?? new Date(9999, 1, 1)).Select(m => m.Id), meetings.Select(m => m.Id));
    }

    [Fact]
    public void Generated_code_maps_back_to_the_neg_lines_and_documents_the_source()
    {
        var source = CSharpModelEmitter.Emit(Examples(), "geneva-2022");

        Assert.Contains("#nullable enable", source, System.StringComparison.Ordinal);
        // Relative to the archive's root (examples/), whatever the trees' paths are relative to.
        Assert.Matches("#line [0-9]+ \"geneva-2022/geneva-2022.neg\"", source);
        Assert.Contains("#line default", source, System.StringComparison.Ordinal);
        Assert.Contains("/// <summary>written_response: Blinken commits", source, System.StringComparison.Ordinal);
    }
}
