using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Fuzz.Campaign;
using NegotiationDsl.Hosting.Input;

namespace NegotiationDsl.Fuzz.Oracle;

/// <summary>
/// Runs an archive through what negc does with one: its files are written to a folder of their own, read and bound by
/// the host as negc check, status, build and report read them (<see cref="CompilationSet"/>: the archive root, every
/// folder below it, the input layer's rules), and then every file and every folder gets the checks of
/// <see cref="PipelineOracle"/>. So whatever the files hold, nothing throws, every diagnostic lies in a file of the
/// folder it is reported for, and a generated archive (every file as the generator made it) gives no tool error.
/// </summary>
internal static class ArchiveOracle
{
    public static OracleOutcome Check(IReadOnlyList<ArchiveFile> files, bool mustParseCleanly, bool emitDespiteErrors)
    {
        var root = Directory.CreateTempSubdirectory("negc-fuzz-archive-").FullName;
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(root, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            return CheckFolder(root, mustParseCleanly, emitDespiteErrors);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The checks on an archive already on disk (a regression folder): <paramref name="root"/> holds its negarchive.json.</summary>
    public static OracleOutcome CheckFolder(string root, bool mustParseCleanly, bool emitDespiteErrors)
    {
        var violations = new List<string>();
        var set = CompilationSet.Load([root]);
        foreach (var error in set.Errors)
        {
            if (mustParseCleanly) violations.Add($"a generated archive gives a tool error: {error.Code} {error.Message}");
            if (!DiagnosticCatalog.All.Contains(error.Descriptor)) violations.Add($"tool error {error.Code} is not in the catalogue");
        }

        if (set.Compilations.IsEmpty && set.Errors.Count == 0) violations.Add("an archive with records gave neither a compilation nor an error");
        foreach (var tree in set.SyntaxTrees) violations.AddRange(PipelineOracle.TreeViolations(tree, mustParseCleanly));
        var errorFree = set.Errors.Count == 0;
        foreach (var compilation in set.Compilations)
        {
            violations.AddRange(PipelineOracle.CompilationViolations(compilation, compilation.SyntaxTrees, emitDespiteErrors, out var folderErrorFree));
            errorFree &= folderErrorFree;
        }

        violations.AddRange(PipelineOracle.PrintingViolations(set.GetDiagnostics(), set.Errors.ToList()));
        return new OracleOutcome(violations, set.SyntaxTrees.All(tree => tree.Diagnostics.IsEmpty), errorFree);
    }
}
