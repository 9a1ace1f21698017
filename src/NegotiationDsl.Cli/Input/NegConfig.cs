using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Cli.Input;

/// <summary>
/// Reads <c>negconfig.json</c> files: for each record, every negconfig.json from its folder up to the
/// file system root (or up to one with <c>"root": true</c>) applies, the nearest winning per code:
/// <code>{ "root": true, "diagnostics": { "NEG2009": "none", "NEG2007": "error" } }</code>
/// Severities: error, warning, info, hidden, none. Syntax errors (NEG1xxx) cannot be changed.
/// </summary>
internal static class NegConfig
{
    public const string FileName = "negconfig.json";

    /// <summary>The options for these trees; problems with configuration files are added to <paramref name="errors"/>.</summary>
    public static CompilationOptions LoadOptions(IReadOnlyList<SyntaxTree> trees, List<ToolError> errors)
    {
        var options = CompilationOptions.Default;
        var cache = new Dictionary<string, ConfigFile?>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var severities = new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal);
            var chain = new List<ConfigFile>();
            for (var directory = Path.GetDirectoryName(Path.GetFullPath(tree.FilePath)); directory is not null; directory = Path.GetDirectoryName(directory))
            {
                if (!cache.TryGetValue(directory, out var config)) cache[directory] = config = Read(Path.Combine(directory, FileName), errors);
                if (config is null) continue;
                chain.Add(config);
                if (config.IsRoot) break;
            }

            for (var i = chain.Count - 1; i >= 0; i--)
            {
                foreach (var pair in chain[i].Severities) severities[pair.Key] = pair.Value;
            }

            if (severities.Count > 0) options = options.WithSeverities(tree.FilePath, severities);
        }

        return options;
    }

    private static ConfigFile? Read(string path, List<ToolError> errors) => File.Exists(path) ? ReadExisting(path, errors) : null;

    // Kept out of Read so that System.Text.Json is only loaded when a configuration file exists (most runs have none).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ConfigFile? ReadExisting(string path, List<ToolError> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var config = new ConfigFile(root.TryGetProperty("root", out var isRoot) && isRoot.ValueKind == JsonValueKind.True);
            if (root.TryGetProperty("diagnostics", out var diagnostics) && diagnostics.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in diagnostics.EnumerateObject())
                {
                    var severity = Parse(property.Value.GetString());
                    if (severity is null)
                        errors.Add(new ToolError(DiagnosticCatalog.InvalidConfigDescriptor, path, path, $"'{property.Value}' for {property.Name} is not one of error, warning, info, hidden, none"));
                    else
                        config.Severities[property.Name] = severity.Value;
                }
            }

            return config;
        }
        catch (JsonException exception)
        {
            errors.Add(new ToolError(DiagnosticCatalog.InvalidConfigDescriptor, path, path, exception.Message));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            errors.Add(new ToolError(DiagnosticCatalog.InvalidConfigDescriptor, path, path, exception.Message));
            return null;
        }
    }

    private static ReportDiagnostic? Parse(string? value) => value switch
    {
        "error" => ReportDiagnostic.Error,
        "warning" => ReportDiagnostic.Warning,
        "info" => ReportDiagnostic.Info,
        "hidden" => ReportDiagnostic.Hidden,
        "none" => ReportDiagnostic.Suppress,
        _ => null,
    };

    private sealed class ConfigFile(bool isRoot)
    {
        public bool IsRoot { get; } = isRoot;
        public Dictionary<string, ReportDiagnostic> Severities { get; } = new(StringComparer.Ordinal);
    }
}
