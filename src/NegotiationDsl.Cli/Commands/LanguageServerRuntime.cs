using System;
using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Cli.Commands;

/// <summary>
/// The runtime settings of <c>negc lsp</c> where they differ from negc's own. They are environment variables named by the
/// runtime option <c>NegotiationDsl.LanguageServer.Environment</c> of build/NegcRuntime.props (<c>NAME=VALUE</c>, several
/// separated by <c>;</c>), because the runtime reads settings such as the GC's only as it starts, from negc's one
/// runtimeconfig.json, before any command is known: whatever starts the language server sets them (the VS Code
/// extension, a native negc starting negc.dll). A variable that is set already, by the user, is kept as it is.
/// </summary>
internal static class LanguageServerRuntime
{
    public const string OptionName = "NegotiationDsl.LanguageServer.Environment";

    /// <summary>The variables of <see cref="OptionName"/> (empty when there is none).</summary>
    public static IReadOnlyList<(string Name, string Value)> Settings() => Parse(AppContext.GetData(OptionName) as string);

    /// <summary><c>NAME=VALUE;NAME=VALUE</c> as pairs.</summary>
    public static IReadOnlyList<(string Name, string Value)> Parse(string? option) =>
        (option ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(setting => setting.Split('=', 2) is [var name, var value] && name.Length > 0
                ? (name, value)
                : throw new FormatException($"{OptionName}: '{setting}' is not NAME=VALUE"))
            .ToArray();

    /// <summary>
    /// Those of <paramref name="settings"/> that <paramref name="environment"/> does not set: what a launcher must add. The
    /// runtime also reads a <c>DOTNET_</c> setting under its older <c>COMPlus_</c> name, which a user may have set instead.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> Missing(IEnumerable<(string Name, string Value)> settings, Func<string, string?> environment) =>
        settings.Where(setting => environment(setting.Name) is null && (OlderName(setting.Name) is not { } older || environment(older) is null)).ToArray();

    private static string? OlderName(string name) =>
        name.StartsWith("DOTNET_", StringComparison.Ordinal) ? "COMPlus_" + name["DOTNET_".Length..] : null;
}
