using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// Reads <c>negconfig.json</c> files: <code>{ "root": true, "diagnostics": { "NEG2009": "none", "NEG2007": "error" } }</code>
/// Severities: error, warning, info, hidden, none; syntax errors (NEG1xxx) cannot be changed. For a record,
/// the files from its folder upwards apply, the nearest winning per code. The search stops at a boundary
/// (<see cref="ConfigBoundary"/>): a configuration with <c>"root": true</c>, a folder holding <c>.git</c>,
/// the user's home folder or the top of a mounted file system, and never reads above it; nor does it read a
/// folder every user can write, or the root. Each file is read like a record (<see cref="JsonConfigFile"/>), and one
/// that every user could have written is refused (NEG9013).
/// </summary>
internal sealed class NegConfig
{
    public const string FileName = "negconfig.json";

    /// <summary>
    /// The keys of the file's object, and the severities a code may be given: docs/schema/negconfig.schema.json, which
    /// the editor validates with, describes the same (a test compares the two).
    /// </summary>
    public const string RootKey = "root";

    public const string DiagnosticsKey = "diagnostics";

    public static readonly IReadOnlyList<string> Keys = [RootKey, DiagnosticsKey];

    public static readonly IReadOnlyDictionary<string, ReportDiagnostic> Severities = new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal)
    {
        ["error"] = ReportDiagnostic.Error,
        ["warning"] = ReportDiagnostic.Warning,
        ["info"] = ReportDiagnostic.Info,
        ["hidden"] = ReportDiagnostic.Hidden,
        ["none"] = ReportDiagnostic.Suppress,
    };

    private readonly IInputFileSystem _files;
    private readonly ICollection<Diagnostic> _errors;
    private readonly ConfigBoundary _boundary;
    private readonly Dictionary<string, ConfigFile?> _configs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, ReportDiagnostic>> _severities = new(StringComparer.Ordinal);

    /// <param name="errors">Where problems with configuration files go.</param>
    /// <param name="boundary">Where the search stops (null: the usual <see cref="ConfigBoundary"/>).</param>
    public NegConfig(IInputFileSystem files, ICollection<Diagnostic> errors, ConfigBoundary? boundary = null)
    {
        _files = files;
        _errors = errors;
        _boundary = boundary ?? new ConfigBoundary(files);
    }

    /// <summary>The options for these trees; problems with configuration files are added to <paramref name="errors"/>.</summary>
    public static CompilationOptions LoadOptions(IReadOnlyList<SyntaxTree> trees, List<Diagnostic> errors, IInputFileSystem files)
    {
        var config = new NegConfig(files, errors);
        var options = CompilationOptions.Default;
        foreach (var tree in trees)
        {
            var severities = config.SeveritiesFor(Path.GetDirectoryName(Path.GetFullPath(tree.FilePath)) ?? "");
            if (severities.Count > 0) options = options.WithSeverities(tree.FilePath, severities);
        }

        return options;
    }

    /// <summary>The severities configured for the records of a folder (given as a full path).</summary>
    public IReadOnlyDictionary<string, ReportDiagnostic> SeveritiesFor(string folder)
    {
        if (_severities.TryGetValue(folder, out var known)) return known;
        var chain = new List<ConfigFile>();
        for (var directory = folder; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (_boundary.IsClosed(directory)) break;
            var config = Read(directory);
            if (config is not null) chain.Add(config);
            if (config is { IsRoot: true } || _boundary.IsBoundary(directory)) break;
        }

        var severities = new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var pair in chain[i].Severities) severities[pair.Key] = pair.Value;
        }

        return _severities[folder] = severities;
    }

    private ConfigFile? Read(string directory)
    {
        if (_configs.TryGetValue(directory, out var cached)) return cached;
        return _configs[directory] = ReadUncached(Path.Join(directory, FileName));
    }

    private ConfigFile? ReadUncached(string path)
    {
        if (JsonConfigFile.Read(_files, path, path, _errors, out var status) is not { } bytes) return null;
        if (ConfigBoundary.WhyOthersCouldChange(_files, status!.Value) is { } reason)
        {
            _errors.Add(DiagnosticCatalog.ConfigWritableByOthers(path, reason));
            return null;
        }

        return JsonConfigFile.Parse(path, bytes, _errors, root =>
        {
            var config = new ConfigFile(root.ValueKind == JsonValueKind.Object && root.TryGetProperty(RootKey, out var isRoot) && isRoot.ValueKind == JsonValueKind.True);
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(DiagnosticsKey, out var diagnostics) && diagnostics.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in diagnostics.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && Severities.TryGetValue(property.Value.GetString()!, out var severity))
                        config.Severities[property.Name] = severity;
                    else
                        _errors.Add(DiagnosticCatalog.InvalidConfig(path, $"'{property.Value}' for {property.Name} is not one of {string.Join(", ", Severities.Keys)}"));
                }
            }

            return config;
        });
    }

    private sealed class ConfigFile(bool isRoot)
    {
        public bool IsRoot { get; } = isRoot;
        public Dictionary<string, ReportDiagnostic> Severities { get; } = new(StringComparer.Ordinal);
    }
}
