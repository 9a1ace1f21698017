using System.Reflection;

namespace NegotiationDsl.Emit.Json;

/// <summary>The version of the emitter as <c>generator.version</c> shows it: the informational version without build metadata.</summary>
internal static class GeneratorVersion
{
    public static string Current { get; } = WithoutBuildMetadata(
        typeof(GeneratorVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(GeneratorVersion).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0");

    /// <summary><c>0.1.0+5f3c2a1</c> (SemVer build metadata, the commit the SDK appends) becomes <c>0.1.0</c>.</summary>
    internal static string WithoutBuildMetadata(string version)
    {
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
