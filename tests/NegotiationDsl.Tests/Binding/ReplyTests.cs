using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
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
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Replies to offers and proposals (docs/language.md, section 19): accepted, rejected, answered without a decision, no answer yet.</summary>
public sealed class ReplyTests
{
    private const string Record =
        "record \"r\" published 2022-01-20;\nparty NATO;\nparty Russia;\nparty USA;\n" +
        "arms: NATO offers \"talks on arms control\" to Russia on 2022-01-12;\n" +
        "limits: USA proposes \"reciprocal limits on exercises\" on 2022-01-12;\n" +
        "Russia answers arms on 2022-01-20 quote \"we will study the proposals\";\n" +
        "NATO says Russia rejects limits on 2022-01-21;\n" +
        "Russia accepts arms on 2022-02-01;\n";

    private static Compilation CompileRecord() => Compilation.Create([SyntaxTree.ParseText(Record, "replies.neg")]);

    [Theory]
    [InlineData("arms", 2022, 1, 11, ReplyState.NotMadeYet)]
    [InlineData("arms", 2022, 1, 15, ReplyState.NoAnswerYet)]
    [InlineData("arms", 2022, 1, 20, ReplyState.AnsweredWithoutDecision)]
    [InlineData("arms", 2022, 2, 1, ReplyState.Accepted)]
    [InlineData("limits", 2022, 1, 20, ReplyState.NoAnswerYet)]
    [InlineData("limits", 2022, 1, 21, ReplyState.Rejected)]
    public void The_reply_state_on_a_day(string label, int year, int month, int day, ReplyState expected)
    {
        var target = CompileRecord().ReplyTargets.Single(statement => statement.Name == label);

        Assert.Equal(expected, target.GetReplyState(new LocalDate(year, month, day)));
    }

    [Fact]
    public void A_later_decision_replaces_an_earlier_one()
    {
        var compilation = Compile("party A;\nparty B;\no: A offers \"x\" on 2022-01-01;\nB rejects o on 2022-01-02;\nB accepts o on 2022-01-05;");
        var offer = Assert.Single(compilation.ReplyTargets);

        Assert.Equal(ReplyState.Rejected, offer.GetReplyState(new LocalDate(2022, 1, 3)));
        Assert.Equal(ReplyState.Accepted, offer.GetReplyState(new LocalDate(2022, 1, 5)));
    }

    [Fact]
    public void A_reported_reply_is_by_the_reported_actors_on_the_reports_date()
    {
        var reply = Assert.Single(CompileRecord().ReplyTargets.Single(statement => statement.Name == "limits").Replies);

        Assert.Equal(StatementKind.Rejection, reply.Kind);
        Assert.Equal("2022-01-21", reply.Date.ToString());
        Assert.Equal("Russia", Assert.Single(reply.Statement.Actors).Name);
        Assert.Equal("NATO", Assert.Single(reply.ReportedBy).Name);
    }

    [Fact]
    public void A_reply_before_the_offer_was_made() =>
        AssertDiagnostics("party A;\nparty B;\no: A offers \"x\" on 2022-01-05;\nB accepts [o] on 2022-01-02;", "NEG5028");

    [Fact]
    public void Only_a_demand_proposal_or_offer_is_accepted() =>
        Assert.Contains("only a demand, proposal or offer can be accepted", Single("party A;\nc: A commits \"x\";\nA accepts c;", "NEG2011").Message, System.StringComparison.Ordinal);

    [Fact]
    public void A_reply_in_a_folder_that_uses_the_offer_counts_in_the_offers_folder()
    {
        var archive = Archive.Create("/a", [
            SyntaxTree.ParseText("party NATO;\nparty Russia;\nrecord \"Offer\" published 2022-01-12;\narms: NATO offers \"talks\" to Russia;\n", "/a/offer/offer.neg"),
            SyntaxTree.ParseText("use \"../offer\" as nato;\nrecord \"Reply\" published 2022-02-01;\nnato.Russia accepts nato.arms;\n", "/a/reply/reply.neg")]);

        var arms = Assert.Single(archive.GetCompilation("/a/offer")!.ReplyTargets);
        Assert.Equal(ReplyState.Accepted, arms.GetReplyState(new LocalDate(2022, 2, 1)));
    }

    [Fact]
    public void Json_status_report_and_hover_give_the_replies()
    {
        var compilation = CompileRecord();
        using var json = JsonDocument.Parse(RecordJsonWriter.Write(compilation, "replies"));
        var proposals = json.RootElement.GetProperty("proposals");
        var rows = ReplyReport.Rows([compilation], new LocalDate(2022, 1, 22));
        var markdown = ReportFormats.All.Single(format => format.Extension == ".md").Write(ReportModel.Build(compilation, "replies", new LocalDate(2022, 1, 22)));
        var card = Cards.Describe(compilation.ReplyTargets.First(), compilation);

        Assert.Equal(["arms", "limits"], proposals.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(["answer", "acceptance"], proposals[0].GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal("NATO", proposals[1].GetProperty("replies")[0].GetProperty("reportedBy")[0].GetString());
        Assert.Equal(["answered without a decision", "rejected"], rows.Select(row => row.State));
        Assert.Contains("Replies to offers and proposals", markdown, System.StringComparison.Ordinal);
        Assert.Contains("**answered without a decision**", markdown, System.StringComparison.Ordinal);
        Assert.Contains("- reply on 2022-02-01 (the latest date in the records): **accepted**", card, System.StringComparison.Ordinal);
        Assert.Contains("- answered on 2022-01-20 by Russia", card, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_model_has_the_replies_and_the_shared_rules()
    {
        var (diagnostics, assembly) = GeneratedCode.Compile(CSharpModelEmitter.Emit(CompileRecord(), "replies"));
        Assert.True(assembly is not null, string.Join("\n", diagnostics));

        var statements = (System.Collections.Generic.IReadOnlyList<Statement>)GeneratedCode.Field(assembly!, "Replies.Statements.All")!;
        var replies = statements.OfType<Reply>().ToList();
        Assert.Equal([StatementKind.Answer, StatementKind.Acceptance], replies.Select(reply => reply.Kind));
        Assert.Equal("arms", Assert.Single(replies[1].RepliedTo).Id);
        Assert.Equal(ReplyState.Accepted, ReplyStateRules.Evaluate((0, 0), [(StatementKind.Acceptance, (1, 1))], 1));
    }
}
