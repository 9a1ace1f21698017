using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Handlers;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// A feature registers itself (CONTRIBUTING.md, "Add a language-server feature"): a handler the server does not
/// serve, a feature that advertises nothing or what another one advertises, and a capability that no feature
/// advertises each fail here.
/// </summary>
public sealed class FeatureRegistrationTests
{
    private const int MethodNotFound = -32601;

    private static readonly PropertyInfo[] Capabilities = typeof(ServerCapabilities).GetProperties();

    [Fact]
    public void Every_json_rpc_method_of_the_server_is_answered_by_a_registered_handler()
    {
        using var server = new LanguageServerConnection(new MemoryStream(), new MemoryStream(), TextWriter.Null);
        var registered = server.Features.Select(feature => feature.GetType()).Append(typeof(LifecycleHandler)).ToList();

        var attributed = typeof(LanguageServerConnection).Assembly.GetTypes().Where(type => LanguageFeatures.MethodsOf(type).Any());
        var unregistered = attributed.Except(registered).Select(type => type.Name);
        Assert.True(!unregistered.Any(), $"[JsonRpcMethod]s in classes that do not implement ILanguageFeature: {string.Join(", ", unregistered)}");
        Assert.Equal(LanguageFeatures.Types, server.Features.Select(feature => feature.GetType()));
        var methods = registered.SelectMany(LanguageFeatures.MethodsOf).ToList();
        Assert.Equal(methods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), methods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_server_answers_every_method_of_every_feature()
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        var id = 0;
        foreach (var method in LanguageFeatures.Types.SelectMany(LanguageFeatures.MethodsOf))
        {
            await server.SendAsync(new { jsonrpc = "2.0", id = ++id, method, @params = new { } });
            var answer = await server.ReceiveAsync();
            Assert.False(answer.TryGetProperty("error", out var error) && error.GetProperty("code").GetInt32() == MethodNotFound, $"{method} is not served");
        }
    }

    [Fact]
    public void Every_feature_advertises_capabilities_of_its_own_and_every_capability_has_a_feature()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        using var server = new LanguageServerConnection(new MemoryStream(), new MemoryStream(), TextWriter.Null);
        foreach (var feature in server.Features)
        {
            var name = feature.GetType().Name;
            var advertised = Advertised(feature);
            Assert.True(advertised.Count > 0, $"{name} advertises nothing: its Advertise sets no member of ServerCapabilities.");
            foreach (var capability in advertised)
                Assert.True(owners.TryAdd(capability, name), $"{capability} is advertised by both {owners.GetValueOrDefault(capability)} and {name}.");
        }

        var unowned = Capabilities.Select(property => property.Name).Except(owners.Keys);
        Assert.True(!unowned.Any(), $"no feature advertises {string.Join(", ", unowned)}");
    }

    [Fact]
    public void Every_method_of_a_feature_is_sent_by_a_test_of_its_own()
    {
        var tests = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "NegotiationDsl.Tests", "LanguageServer"), "*.cs")
            .Where(path => Path.GetFileName(path) != nameof(FeatureRegistrationTests) + ".cs")
            .Select(File.ReadAllText)
            .ToList();

        var untested = LanguageFeatures.Types.SelectMany(LanguageFeatures.MethodsOf).Where(method => !tests.Any(test => test.Contains($"\"{method}\"", StringComparison.Ordinal)));
        Assert.True(!untested.Any(), $"no test in tests/NegotiationDsl.Tests/LanguageServer/ sends {string.Join(", ", untested)}");
    }

    [Fact]
    public async Task Initialize_sends_every_capability_the_features_advertise()
    {
        await using var client = await LspTestClient.StartAsync();

        var sent = client.Capabilities.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal);
        Assert.Equal(Capabilities.Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name)).Order(StringComparer.Ordinal), sent);
    }

    private static List<string> Advertised(ILanguageFeature feature)
    {
        var capabilities = new ServerCapabilities();
        feature.Advertise(capabilities);
        return Capabilities.Where(property => property.GetValue(capabilities) is not null).Select(property => property.Name).ToList();
    }
}
