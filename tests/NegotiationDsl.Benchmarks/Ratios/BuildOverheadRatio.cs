using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// R9: a no-change <c>dotnet build</c> of examples/consumer, which uses the NegotiationDsl.Build package, against the
/// same project without the package compiling the same C#: the models the generator made, written into a copy as
/// ordinary source files, with NegotiationDsl.Model referenced directly. Both are whole processes timed from outside
/// (<see cref="ShellHarness"/>), both built before, so what is timed is what the package adds to a build in which
/// nothing changed.
/// </summary>
internal static class BuildOverheadRatio
{
    public static RatioResult Measure(RatioContext context)
    {
        var consumer = Path.Combine(context.RepositoryRoot, "examples", "consumer");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(consumer, ".packages"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };

        // The package of this clone's code, restored into the consumer's private cache, and the consumer built with it.
        context.Log.WriteLine("R9: packing NegotiationDsl.Build and building examples/consumer (examples/consumer/run.sh)");
        Run(consumer, "bash", ["run.sh"], environment);

        var generated = Path.Combine(context.WorkDirectory, "r9-generated");
        if (Directory.Exists(generated)) Directory.Delete(generated, recursive: true);
        Run(consumer, "dotnet", ["build", "--no-incremental", "-nologo", "-v:q", "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generated], environment);
        var records = Directory.GetFiles(Path.GetDirectoryName(consumer)!, "*.neg", SearchOption.AllDirectories).Where(path => !path.StartsWith(consumer, StringComparison.Ordinal)).ToList();
        var baseline = WriteBaseline(context, consumer, Directory.GetFiles(generated, "*.g.cs", SearchOption.AllDirectories), records);

        // Each side built once more before timing: the build after the one that wrote the models out may compile again.
        Run(consumer, "dotnet", ["build", "-nologo", "-v:q"], environment);
        Run(baseline, "dotnet", ["build", "-nologo", "-v:q"], environment);
        var outputsBefore = Outputs(consumer);

        var runs = Math.Max(11, context.Runs);
        var pairs = ShellHarness.Measure(context, ["dotnet", "build", "Consumer.csproj", "-nologo", "-v:q"], ["dotnet", "build", Path.Combine(baseline, "Consumer.csproj"), "-nologo", "-v:q"],
            runs, warmups: 2, consumer, environment);
        if (Outputs(consumer) != outputsBefore)
            throw new InvalidOperationException("R9: a no-change build of examples/consumer wrote its assembly or a report again");

        var (withPackage, without) = pairs;
        var models = Directory.GetFiles(Path.Combine(context.WorkDirectory, "r9-models"), "*.g.cs");
        return new RatioResult("R9", withPackage / without, 1.2, string.Create(CultureInfo.InvariantCulture,
            $"no-change dotnet build of examples/consumer with the package ({records.Count} records, {Bytes(records) / 1024.0:F1} KB of .neg) {withPackage:F0} ms; " +
            $"without it, the same models as source ({models.Length} files, {Bytes(models) / 1024.0:F1} KB of C#) {without:F0} ms; " +
            $"medians of {runs} interleaved whole processes after 2 warm-ups each, default build servers (MSBuild node reuse, the compiler server) on both sides"), pairs.Spread);
    }

    /// <summary>The consumer without the package: same project properties, the models as source, the model library as a plain reference.</summary>
    private static string WriteBaseline(RatioContext context, string consumer, string[] models, List<string> records)
    {
        // The project inside the consumer's folder (hidden, so the consumer's own globs skip it): the same
        // Directory.Build.props, nuget.config and repository as the consumer, whose lookups are part of every build.
        var baseline = Path.Combine(consumer, ".r9-baseline");
        if (Directory.Exists(baseline)) Directory.Delete(baseline, recursive: true);
        Directory.CreateDirectory(baseline);
        File.Copy(Path.Combine(consumer, "Program.cs"), Path.Combine(baseline, "Program.cs"));

        // The models outside the repository: their #line directives name the records relative to the archive's root,
        // and the compiler opens those files (CS1504 when one is missing), so copies of the records sit beside them,
        // where the tests, which walk every folder of records under examples/, never see them.
        var sources = Path.Combine(context.WorkDirectory, "r9-models");
        if (Directory.Exists(sources)) Directory.Delete(sources, recursive: true);
        Directory.CreateDirectory(sources);
        foreach (var model in models) File.Copy(model, Path.Combine(sources, Path.GetFileName(model)));
        foreach (var record in records)
        {
            var copy = Path.Combine(sources, Path.GetRelativePath(Path.GetDirectoryName(consumer)!, record));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(record, copy);
        }

        var project = XDocument.Load(Path.Combine(consumer, "Consumer.csproj"));
        var package = project.Descendants("PackageReference").Single(element => (string?)element.Attribute("Include") == "NegotiationDsl.Build");
        var items = package.Parent!;
        package.Remove();
        foreach (var record in project.Descendants("NegFile").ToList()) record.Remove();
        var modelLibrary = Directory.GetFiles(Path.Combine(consumer, ".packages", "negotiationdsl.build"), "NegotiationDsl.Model.dll", SearchOption.AllDirectories)
            .Single(path => path.Contains(Path.Combine("lib", "net8.0"), StringComparison.Ordinal));
        items.Add(new XElement("Reference", new XAttribute("Include", "NegotiationDsl.Model"), new XAttribute("HintPath", modelLibrary)));
        items.Add(new XElement("Compile", new XAttribute("Include", Path.Combine(sources, "*.g.cs"))));
        project.Descendants().Where(element => element.Name == "ItemGroup" && !element.HasElements).Remove();
        project.Save(Path.Combine(baseline, "Consumer.csproj"));
        return baseline;
    }

    /// <summary>The consumer's assembly and reports with their write times: a no-change build leaves them alone.</summary>
    private static string Outputs(string consumer)
    {
        var output = Path.Combine(consumer, "bin", "Debug", "net10.0");
        var files = Directory.GetFiles(Path.Combine(output, "reports")).Append(Path.Combine(output, "Consumer.dll")).Order(StringComparer.Ordinal);
        return string.Join("\n", files.Select(file => $"{file} {File.GetLastWriteTimeUtc(file).Ticks}"));
    }

    private static long Bytes(IEnumerable<string> files) => files.Sum(file => new FileInfo(file).Length);

    private static void Run(string directory, string program, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { WorkingDirectory = directory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var (exitCode, output, error) = ChildProcess.Run(start);
        if (exitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} in {directory} exited with {exitCode}:\n{output}\n{error}");
    }
}
