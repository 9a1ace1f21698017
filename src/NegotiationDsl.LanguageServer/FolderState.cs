using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// One folder the workspace holds: its documents, the files of it the input layer refused, and, outside an
/// archive, its compilation. Changed only under the workspace's lock.
/// </summary>
internal sealed class FolderState(string key, bool inWorkspace)
{
    public static readonly ImmutableDictionary<string, Document> NoDocuments = ImmutableDictionary<string, Document>.Empty.WithComparers(StringComparer.Ordinal);
    public static readonly ImmutableDictionary<string, Diagnostic> NoToolErrors = ImmutableDictionary<string, Diagnostic>.Empty.WithComparers(StringComparer.Ordinal);
    public static readonly IReadOnlyDictionary<string, ReportDiagnostic> NoSeverities = new Dictionary<string, ReportDiagnostic>();

    private ImmutableDictionary<string, Document> _documents = NoDocuments;

    public string Key { get; } = key;

    public ImmutableDictionary<string, Document> Documents
    {
        get => _documents;
        set
        {
            _documents = value;
            Archive?.Changed();
        }
    }

    /// <summary>The files (and folders) of this folder that the input layer refused, by full path.</summary>
    public ImmutableDictionary<string, Diagnostic> ToolErrors { get; set; } = NoToolErrors;

    public bool InWorkspace { get; } = inWorkspace;
    public IReadOnlyDictionary<string, ReportDiagnostic> Severities { get; set; } = NoSeverities;
    public CompilationOptions Options { get; private set; } = CompilationOptions.Default;

    /// <summary>Outside an archive: the compilation last made of <see cref="Documents"/> (renewed from it on the next change).</summary>
    public Compilation? Compilation { get; set; }

    /// <summary>The archive this folder is one of, once its files were read (until then it stands alone).</summary>
    public ArchiveState? Archive { get; set; }

    /// <summary>Loads of this folder's files queued and not yet merged: its diagnostics wait for them.</summary>
    public int PendingLoads { get; set; }

    /// <summary>Files are still being read, of this folder or of its archive: diagnostics would miss names.</summary>
    public bool Loading => PendingLoads > 0 || Archive is { PendingLoads: > 0 };

    /// <summary>Every file of the folder takes the folder's severities (a file added later too, without the disk).</summary>
    public void RefreshOptions()
    {
        Options = WithSeverities(CompilationOptions.Default);
        Archive?.OptionsChanged();
    }

    /// <summary><paramref name="options"/> with this folder's severities for each of its files.</summary>
    public CompilationOptions WithSeverities(CompilationOptions options)
    {
        if (Severities.Count == 0) return options;
        foreach (var key in Documents.Keys)
        {
            if (DocumentUris.IsFilePath(key)) options = options.WithSeverities(key, Severities);
        }

        return options;
    }
}
