using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>A program R6 starts: the command that starts it, and what it is (package, launcher, size) for the log.</summary>
internal sealed record StartedProgram(IReadOnlyList<string> Command, string Description);

/// <summary>
/// negc and the hello-world baseline as users get them, made from this clone into the work folder: packed as the
/// release packs them (<c>dotnet pack</c>), then installed as the README installs the tool (<c>dotnet tool install
/// --tool-path</c> from a local feed, with a private package cache so no older package of the same version stands
/// in), or unpacked from NegotiationDsl.Build as NuGet unpacks it, and started as its targets start negc.
/// </summary>
internal static partial class ShippedPrograms
{
    private const string HelloToolId = "negotiationdsl-bench-hello";

    /// <summary>
    /// The negc tool as the release packs it (<c>build/pack-tool.sh</c>: the pointer package negc, the native negc.RID of
    /// this machine and the framework-dependent negc.any; those of a release or an earlier run when they were made from
    /// the same sources, <see cref="ToolPackages"/>) and a stock hello-world tool, which stays framework-dependent IL
    /// as a tool is by default; both installed from a local feed into one tool path.
    /// </summary>
    public static (StartedProgram Negc, StartedProgram Hello) InstalledTools(RatioContext context, string negcArguments)
    {
        var folder = Fresh(Path.Combine(context.WorkDirectory, "coldstart-tool"));
        var feed = Path.Combine(folder, "feed");
        var tools = Path.Combine(folder, "tools");
        ToolPackages.Into(context, feed, Version(context), RuntimeInformation.RuntimeIdentifier);
        // A stock console app made a tool on the command line, so its project stays what `dotnet new console` makes.
        Pack(context, HelloWorldProject, feed, "-p:PackAsTool=true", "-p:ToolCommandName=hello", $"-p:PackageId={HelloToolId}", $"-p:Version={Version(context)}");
        Install(context, "negc", feed, tools, Path.Combine(folder, "cache"));
        Install(context, HelloToolId, feed, tools, Path.Combine(folder, "cache"));
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "negc.exe" : "negc");
        var package = InstalledTool.Package(tools, "negc", Version(context), command);
        var installed = package is null ? "a launcher outside the tool's store"
            : $"{package} ({Describe(feed, package + ".")}, "
              + (package == InstalledTool.NativePackage("negc", RuntimeInformation.RuntimeIdentifier) ? "the native negc)" : "framework-dependent)");
        var negc = new StartedProgram([command, .. negcArguments.Split(' ')],
            $"the negc tool (pointer package {Describe(feed, "negc.")}) installed with dotnet tool install, which took {installed}, started as {command}");
        var hello = new StartedProgram([Path.Combine(tools, "hello")],
            $"a stock hello-world tool ({Describe(feed, HelloToolId + ".")}, framework-dependent IL as a tool is by default) installed the same way, started through its launcher");
        return (negc, hello);
    }

    /// <summary>
    /// The negc inside NegotiationDsl.Build as the release packs it (with the native negc of this machine's RID, taken from
    /// the tool's package negc.RID, <see cref="ToolPackages"/>: the same binary <c>build/release.sh</c> takes from the folder
    /// <c>build/pack-tool.sh</c> published it to), started
    /// as its targets start it: <c>tools/negc/RID/negc</c> where the package has it, else <c>dotnet tools/negc/negc.dll</c>;
    /// and <c>dotnet hello.dll</c>, a stock console app as a build starts a framework-dependent tool.
    /// </summary>
    public static (StartedProgram Negc, StartedProgram Hello) PackageNegc(RatioContext context, string negcArguments)
    {
        var folder = Fresh(Path.Combine(context.WorkDirectory, "coldstart-package"));
        var feed = Path.Combine(folder, "feed");
        var nativeNegc = Path.Combine(folder, "native", OperatingSystem.IsWindows() ? "negc.exe" : "negc");
        context.Log.WriteLine($"taking the native negc for {RuntimeInformation.RuntimeIdentifier} from the tool's package (the binary build/release.sh takes from the publish folder) to {nativeNegc}");
        ToolPackages.NativeNegcInto(context, Version(context), RuntimeInformation.RuntimeIdentifier, nativeNegc);
        Pack(context, Path.Combine("src", "NegotiationDsl.Build", "NegotiationDsl.Build.csproj"), feed, $"-p:NegNativeNegc={nativeNegc}");
        var package = Directory.GetFiles(feed, "NegotiationDsl.Build.*.nupkg").Single();
        var unpacked = Path.Combine(folder, "package");
        ZipFile.ExtractToDirectory(package, unpacked);
        var tools = Path.Combine(unpacked, "tools", "negc");
        if (!File.Exists(Path.Combine(tools, "negc.dll"))) throw new InvalidOperationException($"{package} has no tools/negc/negc.dll");
        var native = Path.Combine(tools, RuntimeInformation.RuntimeIdentifier, OperatingSystem.IsWindows() ? "negc.exe" : "negc");
        if (File.Exists(native) && !OperatingSystem.IsWindows()) File.SetUnixFileMode(native, File.GetUnixFileMode(native) | UnixFileMode.UserExecute);
        IReadOnlyList<string> command = File.Exists(native) ? [native] : ["dotnet", Path.Combine(tools, "negc.dll")];
        var hello = Path.Combine(ChildProcess.Publish(context, HelloWorldProject, Path.Combine(folder, "hello")), "HelloWorld.dll");
        var files = new DirectoryInfo(tools).GetFiles("*", SearchOption.AllDirectories);
        return (new StartedProgram([.. command, .. negcArguments.Split(' ')],
                $"tools/negc of {Path.GetFileName(package)} ({Megabytes(new FileInfo(package).Length)} package, tools/negc {Megabytes(files.Sum(file => file.Length))} in {files.Length} files), "
                + (File.Exists(native) ? $"its native negc for {RuntimeInformation.RuntimeIdentifier} ({Megabytes(new FileInfo(native).Length)}) started directly" : "no native negc for this machine, started with dotnet negc.dll")),
            new StartedProgram(["dotnet", hello], "a stock hello-world console app published Release, started with dotnet HelloWorld.dll"));
    }

    private static string HelloWorldProject => Path.Combine("tests", "NegotiationDsl.Benchmarks", "ColdStart", "HelloWorld", "HelloWorld.csproj");

    private static string Fresh(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void Pack(RatioContext context, string project, string feed, params string[] properties)
    {
        context.Log.WriteLine($"packing {Path.GetFileName(project)} (Release) into {feed}");
        Dotnet(context, null, ["pack", project, "-c", "Release", "-o", feed, "--nologo", "-v", "quiet", .. properties]);
    }

    private static void Install(RatioContext context, string id, string feed, string tools, string cache)
    {
        context.Log.WriteLine($"installing the tool {id} into {tools}");
        Dotnet(context, cache, ["tool", "install", id, "--tool-path", tools, "--add-source", feed, "--version", Version(context)]);
    }

    private static void Dotnet(RatioContext context, string? packageCache, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = context.RepositoryRoot };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (packageCache is not null) start.Environment["NUGET_PACKAGES"] = packageCache;
        var (exitCode, output, error) = ChildProcess.Run(start);
        if (exitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed with exit code {exitCode}:\n{output}\n{error}");
    }

    /// <summary>The one version of every artifact, Directory.Build.props' &lt;Version&gt;.</summary>
    private static string Version(RatioContext context) =>
        VersionElement().Match(File.ReadAllText(Path.Combine(context.RepositoryRoot, "Directory.Build.props"))) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("no <Version> in Directory.Build.props");

    /// <summary>The package of <paramref name="prefix"/>VERSION in the feed, its name and size.</summary>
    private static string Describe(string feed, string prefix)
    {
        var package = new DirectoryInfo(feed).GetFiles(prefix + "*.nupkg").Where(file => VersionSuffix().IsMatch(file.Name[prefix.Length..])).Single();
        return $"{package.Name}, {Megabytes(package.Length)}";
    }

    private static string Megabytes(long bytes) => bytes < 100_000 ? FormattableString.Invariant($"{bytes / 1e3:0.0} KB") : FormattableString.Invariant($"{bytes / 1e6:0.0} MB");

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();

    /// <summary>"0.1.0.nupkg" after a package's id: tells negc.0.1.0.nupkg from negc.any.0.1.0.nupkg.</summary>
    [GeneratedRegex(@"^\d+\.\d+\.\d+[^.]*\.nupkg$")]
    private static partial Regex VersionSuffix();
}
