using System;
using System.Globalization;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// R6: a cold <c>negc check examples/geneva-2022/geneva-2022.neg</c> (which reads and binds the whole archive of
/// the examples), the whole process from start to exit, against a stock hello-world console app shipped and started
/// the same way, so both sides pay the same launcher. Two configurations users run: R6a the negc dotnet tool as
/// <c>dotnet tool install</c> installs it, R6b the negc inside NegotiationDsl.Build as its targets start it. The
/// starts are timed from outside by a shell harness (<see cref="ShellHarness"/>).
/// </summary>
internal static class ColdStartRatio
{
    private const string CheckArguments = "check examples/geneva-2022/geneva-2022.neg";
    private const double Goal = 1.5;

    public static RatioResult InstalledTool(RatioContext context)
    {
        var (negc, hello) = ShippedPrograms.InstalledTools(context, CheckArguments);
        return Measure(context, "R6a", negc, hello);
    }

    public static RatioResult PackageNegc(RatioContext context)
    {
        var (negc, hello) = ShippedPrograms.PackageNegc(context, CheckArguments);
        return Measure(context, "R6b", negc, hello);
    }

    private static RatioResult Measure(RatioContext context, string id, StartedProgram negc, StartedProgram hello)
    {
        context.Log.WriteLine($"{id}: ours is {negc.Description}; the baseline is {hello.Description}");
        // Each start is short and noisy, so there are more of them than of the in-process ratios.
        var runs = Math.Max(21, 3 * context.Runs);
        var pairs = ShellHarness.Measure(context, negc.Command, hello.Command, runs, warmups: 2, context.RepositoryRoot);
        var (check, baseline) = pairs;
        return new RatioResult(id, check / baseline, Goal, string.Create(CultureInfo.InvariantCulture,
            $"cold negc {CheckArguments} {check:F0} ms; hello world {baseline:F0} ms (medians of {runs} interleaved starts each, timed by interleave.sh)"), pairs.Spread);
    }
}
