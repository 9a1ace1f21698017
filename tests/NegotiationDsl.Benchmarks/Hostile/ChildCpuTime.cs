using System;
using System.Globalization;
using System.IO;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// The CPU time (user and system) of this process's finished children, as Linux's <c>/proc/self/stat</c> counts it
/// (cutime and cstime, in clock ticks of 1/100 s). The difference around one child's run is that child's CPU time:
/// what it did, however busy the machine's other processes keep the cores, which wall time is not.
/// </summary>
internal static class ChildCpuTime
{
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of CPU used so far by the children this process has waited for (in user mode only, with <paramref name="userOnly"/>).</summary>
    public static double Seconds(bool userOnly = false)
    {
        var stat = File.ReadAllText("/proc/self/stat");
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
        // Fields 16 and 17 of the line are cutime and cstime; after the name, field 3 is at index 0.
        var ticks = long.Parse(fields[16 - 3], CultureInfo.InvariantCulture) + (userOnly ? 0 : long.Parse(fields[17 - 3], CultureInfo.InvariantCulture));
        return ticks / TicksPerSecond;
    }

    public static bool IsAvailable => OperatingSystem.IsLinux() && File.Exists("/proc/self/stat");
}
