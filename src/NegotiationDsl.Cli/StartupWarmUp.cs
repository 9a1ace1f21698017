using System.Threading;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Cli;

/// <summary>
/// A cold <c>negc check</c> spends most of its time preparing code, not compiling records: ANTLR
/// builds its tables and the runtime compiles the parser and binder on first use. A background
/// thread compiles a tiny record while the main thread parses the command line and reads the files,
/// so on a machine with two or more cores that preparation overlaps work that had to be done anyway.
/// </summary>
internal static class StartupWarmUp
{
    private const string Record = """
        record "warm-up" published 2022-01-21;
        party P state "P"; person Q "Q" office "Envoy" of P from 2020-01-01;
        m: meeting Geneva 2022-01-21 1.5h with Q < c: Q commits "x" to P by next_week; >
        P fulfils c on 2022-01-25;
        """;

    public static void Start(string[] args)
    {
        // Only where records are compiled, and only where a second core can do it.
        if (args.Length == 0 || args[0] is not ("check" or "status" or "build" or "report") || System.Environment.ProcessorCount < 2) return;
        var thread = new Thread(Run) { IsBackground = true, Name = "negc warm-up" };
        thread.Start();
    }

    private static void Run()
    {
        var tree = SyntaxTree.ParseText(Record, "warm-up.neg");
        Compilation.Create(new[] { tree }).GetDiagnostics();
    }
}
