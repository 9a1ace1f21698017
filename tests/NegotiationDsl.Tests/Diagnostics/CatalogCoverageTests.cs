using System.IO;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Diagnostics;

/// <summary>Fails when a diagnostic code has no test that names it (as minsk fails for an untested token kind).</summary>
public sealed class CatalogCoverageTests
{
    [Fact]
    public void Every_compiler_diagnostic_code_is_named_by_a_test()
    {
        var testSources = string.Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "NegotiationDsl.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("CatalogCoverageTests", System.StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var samples = string.Concat(Directory.GetFiles(RepoPaths.Samples, "main.diagnostics.txt", SearchOption.AllDirectories).Select(File.ReadAllText));

        var untested = DiagnosticCatalog.All
            .Select(descriptor => descriptor.Code)
            .Where(code => code != "NEG9002" && code != "NEG9999") // an unreadable file and an internal error cannot be provoked portably
            .Where(code => !testSources.Contains(code, System.StringComparison.Ordinal) && !samples.Contains(code, System.StringComparison.Ordinal))
            .ToList();

        Assert.Empty(untested);
    }
}
