using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>
/// The back-ends read symbols, never syntax: what they need from a record is bound first (docs/performance.md
/// explains why: a bound compilation keeps no syntax node, and a back-end walking syntax would parse every file again).
/// </summary>
public sealed class BackEndsReadSymbolsTests
{
    [Fact]
    public void The_emitters_and_the_reports_use_no_syntax_type()
    {
        foreach (var assembly in new[] { typeof(RecordJsonWriter).Assembly, typeof(ReportModel).Assembly })
            Assert.Empty(SyntaxTypesUsedBy(assembly));
    }

    [Fact]
    public void The_cli_commands_and_outputs_use_no_syntax_but_format_and_lsp()
    {
        // Reading files into trees (Input/) is the front end; format rewrites syntax; lsp starts the language server.
        var cli = Path.Combine(RepoPaths.Root, "src", "NegotiationDsl.Cli");
        var files = Directory.GetFiles(Path.Combine(cli, "Commands"), "*.cs").Concat(Directory.GetFiles(Path.Combine(cli, "Output"), "*.cs", SearchOption.AllDirectories))
            .Where(path => Path.GetFileName(path) is not ("FormatCommand.cs" or "LspCommand.cs"));

        Assert.Empty(files.Where(path => File.ReadAllText(path) is var text && (text.Contains("NegotiationDsl.Syntax", System.StringComparison.Ordinal) || text.Contains("SyntaxTree", System.StringComparison.Ordinal)))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path)));
    }

    private static string[] SyntaxTypesUsedBy(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences.Select(handle => metadata.GetTypeReference(handle))
            .Where(type => metadata.GetString(type.Namespace) == "NegotiationDsl.Syntax")
            .Select(type => $"{assembly.GetName().Name}: {metadata.GetString(type.Name)}")
            .ToArray();
    }
}
