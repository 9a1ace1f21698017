using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// The folders a SARIF log's results are relative to, as SARIF intends (3.4.4, 3.14.14): each result names its file
/// relative to its compilation's root folder (an archive's root, else the folder itself) and that root by a
/// <c>uriBaseId</c> (<c>ROOT</c>, <c>ROOT2</c>, ...); the run's <c>originalUriBaseIds</c> say where each root was on this
/// machine. So the results are the same wherever the records lie, and a viewer that knows the checkout resolves them.
/// </summary>
internal sealed class SarifRoots
{
    public static readonly SarifRoots None = new([]);

    private readonly Dictionary<string, (Compilation Compilation, string BaseId)> _byFile = new(System.StringComparer.Ordinal);
    private readonly List<(string BaseId, string Folder)> _roots = new();

    private SarifRoots(IEnumerable<Compilation> compilations)
    {
        var baseIds = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var compilation in compilations)
        {
            var folder = Path.GetFullPath(compilation.RootFolder);
            if (!baseIds.TryGetValue(folder, out var baseId))
            {
                baseIds[folder] = baseId = _roots.Count == 0 ? "ROOT" : "ROOT" + (_roots.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _roots.Add((baseId, folder));
            }

            foreach (var record in compilation.Records) _byFile.TryAdd(record.FilePath, (compilation, baseId));
        }
    }

    public static SarifRoots Of(IEnumerable<Compilation> compilations) => new(compilations);

    /// <summary><c>originalUriBaseIds</c>: each root as an absolute <c>file</c> URI ending in '/', as a base URI must.</summary>
    public void WriteBaseIds(Utf8JsonWriter json)
    {
        if (_roots.Count == 0) return;
        json.WriteStartObject("originalUriBaseIds");
        foreach (var (baseId, folder) in _roots)
        {
            json.WriteStartObject(baseId);
            var uri = SarifArtifactUri.For(folder);
            json.WriteString("uri", uri.EndsWith('/') ? uri : uri + "/");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary><c>artifactLocation</c>'s <c>uri</c> (and <c>uriBaseId</c> for a record of a compilation; a tool error's file keeps its path as given).</summary>
    public void WriteArtifactLocation(Utf8JsonWriter json, string filePath)
    {
        json.WriteStartObject("artifactLocation");
        if (_byFile.TryGetValue(filePath, out var root))
        {
            json.WriteString("uri", SarifArtifactUri.For(root.Compilation.GetOutputPath(filePath)));
            json.WriteString("uriBaseId", root.BaseId);
        }
        else json.WriteString("uri", SarifArtifactUri.For(filePath));

        json.WriteEndObject();
    }
}
