using System;
using System.Collections.Generic;

namespace NegotiationDsl.Hosting.Files;

/// <summary>
/// Linux file systems whose "regular files" are views of the kernel and of processes, not records: a
/// /proc/self/environ holds the environment (CI secrets), and their sizes say 0 whatever they hold. negc
/// reads none of them. Keyed by statfs's f_type (linux/magic.h).
/// </summary>
internal static class PseudoFileSystems
{
    private static readonly Dictionary<uint, string> s_names = new()
    {
        [0x9fa0] = "proc",
        [0x62656572] = "sysfs",
        [0x64626720] = "debugfs",
        [0x74726163] = "tracefs",
        [0x73636673] = "securityfs",
        [0x27e0eb] = "cgroup",
        [0x63677270] = "cgroup2",
        [0x62656570] = "configfs",
        [0xde5e81e4] = "efivarfs",
        [0xcafe4a11] = "bpf",
        [0x6165676c] = "pstore",
        [0xf97cff8c] = "selinuxfs",
        [0x42494e4d] = "binfmt_misc",
        [0x65735543] = "fusectl",
    };

    /// <summary>The name of the pseudo file system with this f_type, or null for a file system that holds files.</summary>
    public static string? NameOf(uint fileSystemType) =>
        OperatingSystem.IsLinux() && s_names.TryGetValue(fileSystemType, out var name) ? name : null;
}
