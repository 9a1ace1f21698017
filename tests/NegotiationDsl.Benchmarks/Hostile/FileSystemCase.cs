using System;
using System.Collections.Generic;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// One hostile file-system case: <see cref="Setup"/> builds a folder (files, links, FIFOs, permissions), the
/// published negc runs in it with <see cref="Arguments"/> (paths relative to that folder), and afterwards negc must
/// have exited with <see cref="ExpectedExit"/>, printed every code of <see cref="ExpectedCodes"/> and no stack trace,
/// left everything outside its output folder (the value of <c>-o</c>) and <see cref="MayChange"/> as it was, and
/// ended within the bounds of time and peak memory; a run over the time is killed and fails as a hang. Cases of the
/// output folder add what negc must leave in it, how many run at once, and a lock another process holds.
/// </summary>
public sealed record FileSystemCase(string Name, string Description, Action<CaseFolder> Setup, string[] Arguments, int ExpectedExit)
{
    /// <summary>Codes negc must print (<c>NEG9007</c>).</summary>
    public string[] ExpectedCodes { get; init; } = [];

    /// <summary>Text negc must print, on either stream (<c>in 2 files.</c>).</summary>
    public string[] MustPrint { get; init; } = [];

    /// <summary>Text negc must not print on either stream: a secret in a file or in its environment, a file name's raw control characters.</summary>
    public string[] MustNotPrint { get; init; } = [];

    /// <summary>Extra environment for negc.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Run negc as the unprivileged user nobody (65534), so permissions bind even when the suite runs as root.</summary>
    public bool Unprivileged { get; init; }

    /// <summary>Run negc on a terminal (a pseudo-terminal from <c>script</c>), where diagnostics show excerpts of the text; its peak memory is then not measured.</summary>
    public bool OnTerminal { get; init; }

    /// <summary>Folders bind-mounted (source onto target, relative paths) for negc alone, in a mount namespace of its own.</summary>
    public (string Source, string Target)[] BindMounts { get; init; } = [];

    /// <summary>Relative paths negc may change besides its output folder (a file <c>negc format</c> rewrites).</summary>
    public string[] MayChange { get; init; } = [];

    /// <summary>Whether the output folder must end up with files (true), empty or absent (false), or either (null).</summary>
    public bool? WritesOutput { get; init; }

    /// <summary>The output folder must end as it began, but for negc's lock file: nothing written, replaced or removed in it.</summary>
    public bool KeepsOutput { get; init; }

    /// <summary>How many negc run at once with these arguments (builds into one folder); each must meet the expectations. The time is that of all, the peak memory the largest of one.</summary>
    public int Processes { get; init; } = 1;

    /// <summary>The output folder must end holding exactly what one negc run alone writes (checked by such a run afterwards).</summary>
    public bool SameOutputAsAlone { get; init; }

    /// <summary>A file (relative path) the suite holds an exclusive lock on (<c>flock</c>, as a running negc holds <c>.negc.lock</c>) while negc runs.</summary>
    public string? HeldLock { get; init; }

    /// <summary>A last look at the folder after negc ran: what is wrong, or null (a file <c>negc format</c> must have rewritten, with its mode).</summary>
    public Func<CaseFolder, string?>? Verify { get; init; }

    public double MaxSeconds { get; init; } = 10;
    public int MaxMegabytes { get; init; } = 200;

    public override string ToString() => Name;
}

/// <summary>Thrown by a setup that cannot build its case here (no root to change an owner, no mount namespaces): the case is skipped with the message.</summary>
public sealed class CaseSkippedException(string reason) : Exception(reason);
