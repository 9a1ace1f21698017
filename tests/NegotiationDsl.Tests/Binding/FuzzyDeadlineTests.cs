using System.IO;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.Model;
using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Emit;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>A fuzzy deadline without a policy keeps its word in every output, and a fulfilment of it shows fulfilled (docs/language.md, section 11.5).</summary>
public sealed class FuzzyDeadlineTests
{
    private const string Record =
        "party USA;\nparty Russia;\n" +
        "allies: USA commits \"talks with partners and allies\" to Russia by soon on 2022-01-21;\n" +
        "USA fulfils allies on 2022-01-24;\n";

    private static Compilation Compile(string text = Record) => Compilation.Create([SyntaxTree.ParseText(text, "fuzzy.neg")]);

    [Fact]
    public void The_symbol_keeps_the_word_and_a_fulfilment_shows_fulfilled()
    {
        var commitment = Assert.Single(Compile().Commitments);

        Assert.Null(commitment.Deadline);
        Assert.True(commitment.HasUnresolvedDeadline);
        Assert.Equal("soon", commitment.DeadlineAsWritten);
        Assert.Equal(CommitmentState.Unknown, commitment.GetState(new LocalDate(2022, 1, 23)));
        Assert.Equal(CommitmentState.Fulfilled, commitment.GetState(new LocalDate(2022, 1, 24)));
    }

    [Fact]
    public void An_offset_without_an_anchor_is_kept_as_written_too() =>
        Assert.Equal("in 2 days", Assert.Single(Compile("party A;\nc: A commits \"x\" by in 2 days;").Commitments).DeadlineAsWritten);

    [Fact]
    public void A_resolved_deadline_has_no_text_as_written() =>
        Assert.Null(Assert.Single(Compile("policy soon within 14 days;\nparty A;\nc: A commits \"x\" by soon on 2022-01-21;").Commitments).DeadlineAsWritten);

    [Fact]
    public void Json_carries_the_word_beside_the_null_deadline()
    {
        using var json = JsonDocument.Parse(RecordJsonWriter.Write(Compile(), "fuzzy"));
        var commitment = json.RootElement.GetProperty("commitments")[0];

        Assert.Equal(JsonValueKind.Null, commitment.GetProperty("deadline").ValueKind);
        Assert.True(commitment.GetProperty("deadlineUnresolved").GetBoolean());
        Assert.Equal("soon", commitment.GetProperty("deadlineAsWritten").GetString());
    }

    [Fact]
    public void Reports_status_and_hover_show_the_word_and_the_state_fulfilled()
    {
        var compilation = Compile();
        var model = ReportModel.Build(compilation, "fuzzy");
        var markdown = ReportFormats.All.Single(format => format.Extension == ".md").Write(model);
        var row = Assert.Single(CommitmentReport.Rows([compilation], new LocalDate(2022, 1, 31)));
        var card = Cards.Describe(Assert.Single(compilation.Commitments), compilation);

        Assert.Contains("by soon (not resolved to a date)", markdown, System.StringComparison.Ordinal);
        Assert.DoesNotContain("could not be resolved", markdown, System.StringComparison.Ordinal);
        Assert.Equal("fulfilled", Assert.Single(model.Commitments).StateText);
        Assert.Equal("soon (unresolved)", row.Deadline);
        Assert.Equal("fulfilled", row.State);
        Assert.Contains("- deadline: `soon` (not resolved to a date)", card, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_model_keeps_the_word_and_computes_the_same_state()
    {
        var (diagnostics, assembly) = GeneratedCode.Compile(CSharpModelEmitter.Emit(Compile(), "fuzzy"));
        Assert.True(assembly is not null, string.Join("\n", diagnostics));

        var commitment = (Commitment)GeneratedCode.Field(assembly!, "Fuzzy.Commitments.Allies")!;
        Assert.Equal("soon", commitment.DeadlineAsWritten);
        Assert.Equal(CommitmentState.Fulfilled, commitment.GetState(new Date(2022, 1, 24)));
    }
}
