using System;
using System.Globalization;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// R6: a cold <c>negc check examples/geneva-2022/geneva-2022.neg</c> (which reads and binds the whole archive of
/// the examples), the whole process from start to exit, against a stock hello-world console app. Both are
/// published the way a user publishes them (Release, with the settings in their project files) and started the
/// same way, through their native launchers.
/// </summary>
internal static class ColdStartRatio
{
    private const string CheckArguments = "check examples/geneva-2022/geneva-2022.neg";

    public static RatioResult Measure(RatioContext context)
    {
        var root = context.RepositoryRoot;
        var folder = Path.Combine(context.WorkDirectory, "coldstart");
        var negc = PublishedNegc.Get(context);
        var hello = Path.Combine(ChildProcess.Publish(context, Path.Combine(root, "tests", "NegotiationDsl.Benchmarks", "ColdStart", "HelloWorld"), Path.Combine(folder, "hello")), "HelloWorld");

        // Each start is short and noisy, so there are more of them than of the in-process ratios.
        var runs = Math.Max(20, 3 * context.Runs);
        var pairs = Interleaved.Measure(() => RunChecked(negc, CheckArguments, root), () => RunChecked(hello, "", root), runs);
        var (check, baseline) = pairs;
        return new RatioResult("R6", check / baseline, 2.5, string.Create(CultureInfo.InvariantCulture,
            $"cold negc {CheckArguments} {check:F0} ms; hello world {baseline:F0} ms (medians of {runs} starts each, apphost, published Release)"), pairs.Spread);
    }

    private static void RunChecked(string program, string arguments, string workingDirectory)
    {
        var (exitCode, output) = ChildProcess.Run(program, arguments, workingDirectory);
        if (exitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(program)} {arguments} exited {exitCode}:\n{output}");
    }
}
