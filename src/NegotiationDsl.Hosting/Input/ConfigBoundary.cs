using System;
using System.Collections.Generic;
using System.IO;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// Where the search for <c>negconfig.json</c> stops, and which of those files are trusted. A configuration can
/// silence errors, so it must come from whoever owns the records: the search ends at the nearest folder that
/// holds <c>.git</c> (the repository's top) or is the user's home folder, and never reads above it; shared
/// folders such as /tmp and /home are above every repository and home. Within that, a file that every user can
/// write, or that lies in a folder where every user can create files and belongs to someone else, is refused.
/// </summary>
internal sealed class ConfigBoundary
{
    private const string RepositoryMarker = ".git";

    private readonly IInputFileSystem _files;
    private readonly string? _home;
    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

    public ConfigBoundary(IInputFileSystem files)
        : this(files, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile))
    {
    }

    /// <param name="home">The home folder (empty when there is none).</param>
    public ConfigBoundary(IInputFileSystem files, string home)
    {
        _files = files;
        _home = string.IsNullOrEmpty(home) ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(home));
    }

    /// <summary>Whether the search stops at <paramref name="directory"/> (after using its own negconfig.json).</summary>
    public bool IsBoundary(string directory)
    {
        if (_known.TryGetValue(directory, out var known)) return known;
        var isBoundary = (_home is not null && InputRoot.SamePath(Path.TrimEndingDirectorySeparator(directory), _home))
            || _files.GetStatus(Path.Join(directory, RepositoryMarker), followLinks: false, out _) is not null;
        return _known[directory] = isBoundary;
    }

    /// <summary>
    /// Why someone other than the user and root could have written this configuration, or null when nobody
    /// could. <paramref name="entry"/> is the folder entry (perhaps a link), <paramref name="target"/> the file.
    /// Group permissions are not judged: a group is a deliberate share.
    /// </summary>
    public static string? WhyOthersCouldChange(IInputFileSystem files, string directory, FileStatus entry, FileStatus target)
    {
        if (files.CurrentUserId is not { } user) return null;
        if (target.IsWritableByOthers) return "every user may write to it (remove the write permission of others to use it)";
        if (files.GetStatus(directory, followLinks: true, out _) is not { IsWritableByOthers: true } folder) return null;
        if (!folder.IsSticky) return $"every user may replace files in '{directory}'";
        return entry.OwnerId == user || entry.OwnerId == 0 ? null : $"it belongs to another user, in '{directory}', where every user may create files";
    }
}
