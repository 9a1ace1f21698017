using NegotiationDsl.Hosting.Files;
using Xunit;

namespace NegotiationDsl.Tests.Files;

/// <summary>The one rule for "inside a folder, as written" that diagnostics' paths and the output transaction share.</summary>
public sealed class RelativePathTests
{
    [Theory]
    [InlineData("/work/out", "/work/out/json/a.json", "json/a.json")]
    [InlineData("/work/out", "/work/out", ".")]
    [InlineData("/work/out", "/work/out/..x/a.json", "..x/a.json")]
    [InlineData("/work/out", "/work/out/json/../a.json", "a.json")]
    public void A_path_inside_is_given_relative_to_the_folder(string folder, string path, string relative) =>
        Assert.Equal(relative.Replace('/', System.IO.Path.DirectorySeparatorChar), RelativePath.Below(folder, path));

    [Theory]
    [InlineData("/work/out", "/work")]
    [InlineData("/work/out", "/work/other/a.json")]
    [InlineData("/work/out", "/work/out/../outside.json")]
    [InlineData("/work/out", "/work/outside/a.json")]
    public void A_path_outside_is_null(string folder, string path) => Assert.Null(RelativePath.Below(folder, path));
}
