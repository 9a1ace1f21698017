using System;
using System.Collections.Generic;
using System.IO;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// Where the search for <c>negconfig.json</c> stops, and which of those files are trusted. A configuration can
/// silence errors, so it must come from whoever owns the records. The search ends after the nearest folder that
/// holds <c>.git</c> (the repository's top), is the user's home folder, or is the top of a mounted file system; and
/// it ends before (without reading) a folder that every user can write (such as /tmp) and the file system's root.
/// Within that, a file that every user can write is refused. Group permissions are not judged: a group is a
/// deliberate share (and with a private group per user, as Debian and Ubuntu make them, every folder is group-writable).
/// </summary>
internal sealed class ConfigBoundary
{
    private const string RepositoryMarker = ".git";

    private readonly IInputFileSystem _files;
    private readonly string? _home;
    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _closed = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Whether the search ends before <paramref name="directory"/>: neither its negconfig.json nor any above it is
    /// read. So it is for the file system's root, and for a folder where every user may create or replace files
    /// (sticky or not: another user's file there is as much theirs as a file in their own folder).
    /// </summary>
    public bool IsClosed(string directory)
    {
        if (_closed.TryGetValue(directory, out var known)) return known;
        var isClosed = Path.GetDirectoryName(directory) is null
            || _files.GetStatus(directory, followLinks: true, out _) is { IsWritableByOthers: true };
        return _closed[directory] = isClosed;
    }

    /// <summary>Whether the search stops at <paramref name="directory"/> (after using its own negconfig.json).</summary>
    public bool IsBoundary(string directory)
    {
        if (_known.TryGetValue(directory, out var known)) return known;
        var isBoundary = (_home is not null && InputRoot.SamePath(Path.TrimEndingDirectorySeparator(directory), _home))
            || _files.GetStatus(Path.Join(directory, RepositoryMarker), followLinks: false, out _) is not null
            || IsMountRoot(directory);
        return _known[directory] = isBoundary;
    }

    /// <summary>Why someone other than the user and root could have written this configuration file, or null when nobody could.</summary>
    public static string? WhyOthersCouldChange(IInputFileSystem files, FileStatus target) =>
        files.CurrentUserId is not null && target.IsWritableByOthers ? "every user may write to it (remove the write permission of others to use it)" : null;

    /// <summary>The folder's parent is on another device: above it is another file system, someone else's.</summary>
    private bool IsMountRoot(string directory)
    {
        var parent = Path.GetDirectoryName(directory);
        if (parent is null) return true;
        var own = _files.GetStatus(directory, followLinks: true, out _)?.Identity;
        var above = _files.GetStatus(parent, followLinks: true, out _)?.Identity;
        return own is { } ownIdentity && above is { } aboveIdentity && ownIdentity.Device != aboveIdentity.Device;
    }
}
