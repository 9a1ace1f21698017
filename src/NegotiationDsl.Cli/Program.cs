using System;

namespace NegotiationDsl.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        StartupWarmUp.Start(args);
        var console = new CliConsole(Console.Out, Console.Error, isTerminal: !Console.IsOutputRedirected)
        {
            OpenInput = Console.OpenStandardInput,
            ShowsProgress = !Console.IsErrorRedirected,
        };
        return CliApp.Run(args, console);
    }
}
