using System;
using System.IO;
using NegotiationDsl.Cli;

namespace NegotiationDsl.Tests.Cli;

/// <summary>Runs negc in-process with captured output, and gives each test class a temporary folder.</summary>
public abstract class CliTestBase : IDisposable
{
    protected CliTestBase() => Folder = Directory.CreateTempSubdirectory("negc-tests-").FullName;

    protected string Folder { get; }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static (int ExitCode, string Output, string Error) Run(params string[] args) => RunOn(isTerminal: false, args);

    protected static (int ExitCode, string Output, string Error) RunOn(bool isTerminal, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new CliConsole(output, error, isTerminal, useColor: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    protected string Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
