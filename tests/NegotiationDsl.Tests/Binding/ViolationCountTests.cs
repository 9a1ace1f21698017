using System.Linq;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// A violation dated outside a lasting obligation's period (NEG5026) does not count against it, so the count beside the
/// state leaves it out too: "in force (1 violation ...)" would contradict itself (docs/language.md, section 17.2).
/// </summary>
public sealed class ViolationCountTests
{
    private const string Record =
        "record \"r\" published 2015-02-12;\nparty Ukraine;\nparty DPR;\n" +
        "ceasefire: Ukraine, DPR commit to keep \"a ceasefire\" from 2015-02-15 until 2015-03-31;\n" +
        "DPR violates ceasefire on 2015-02-14;\n";

    private static Compilation Compile(string text) => Compilation.Create([SyntaxTree.ParseText(text, "violations.neg")]);

    [Fact]
    public void A_violation_before_the_period_is_not_counted_beside_the_state()
    {
        var compilation = Compile(Record);

        var row = Assert.Single(CommitmentReport.Rows([compilation], new LocalDate(2015, 2, 20)));
        var report = Assert.Single(ReportModel.Build(compilation, "violations", new LocalDate(2015, 2, 20)).Commitments);

        Assert.Equal("in force", row.State);
        Assert.Equal("in force", report.StateText);
    }

    [Fact]
    public void Only_the_violations_within_the_period_are_counted()
    {
        var compilation = Compile(Record + "DPR violates ceasefire on 2015-02-16;\nDPR violates ceasefire on 2015-04-02;\n");

        Assert.Equal("violated (1 violation, the last on 2015-02-16)", Assert.Single(CommitmentReport.Rows([compilation], new LocalDate(2015, 3, 1))).State);
        Assert.Equal("ended (1 violation, the last on 2015-02-16)", Assert.Single(CommitmentReport.Rows([compilation], new LocalDate(2015, 5, 1))).State);
        Assert.Equal(1, Assert.Single(CommitmentReport.Rows([compilation], new LocalDate(2015, 5, 1))).Violations);
        Assert.Equal(3, compilation.Commitments.Single().Violations.Length);
    }
}
