using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.Cli.LanguageServer;
using NegotiationDsl.Cli.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>What the server does with input no well-behaved client sends (tests/lsp-e2e/robustness.test.mjs drives the same over real stdio).</summary>
public sealed class HostileInputTests
{
    [Fact]
    public async Task A_body_that_is_not_json_gets_a_parse_error_with_a_null_id_and_the_next_request_is_served()
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendBodyAsync("{ this is not json");
        await server.SendAsync(new { jsonrpc = "2.0", id = 7, method = "workspace/symbol", @params = new { query = "" } });

        var error = await server.ReceiveAsync();
        Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal(7, (await server.ReceiveAsync()).GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":3}""", "3")]
    [InlineData("""{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":42}""", "4")]
    [InlineData("""{"jsonrpc":"2.0","id":5,"method":42}""", "5")]
    [InlineData("""{"jsonrpc":"2.0","id":{"odd":true},"method":"workspace/symbol","params":{}}""", "null")]
    [InlineData("""{"jsonrpc":"2.0","id":5.5,"method":"workspace/symbol","params":{}}""", "null")]
    [InlineData("""[{"jsonrpc":"2.0","id":6,"method":"shutdown"}]""", "null")]
    public async Task Json_that_is_not_a_json_rpc_message_is_an_invalid_request(string body, string id)
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendBodyAsync(body);

        var error = await server.ReceiveAsync();
        Assert.Equal(-32600, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(id, error.GetProperty("id").GetRawText());
    }

    [Fact]
    public async Task Parameters_of_the_wrong_type_are_invalid_params_without_the_servers_stack_trace()
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendAsync(new { jsonrpc = "2.0", id = 1, method = "textDocument/hover", @params = new { textDocument = 42 } });

        var error = (await server.ReceiveAsync()).GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.False(error.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_and_after_shutdown_only_exit_is_accepted()
    {
        await using var server = RawLspConnection.Start();

        await server.SendAsync(new { jsonrpc = "2.0", id = 1, method = "textDocument/hover", @params = new { } });
        Assert.Equal(-32002, (await server.ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());
        Assert.True((await server.InitializeAsync()).TryGetProperty("result", out _));
        await server.SendAsync(new { jsonrpc = "2.0", id = 2, method = "initialize", @params = new { capabilities = new { } } });
        Assert.Equal(-32600, (await server.ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());

        await server.SendAsync(new { jsonrpc = "2.0", id = 3, method = "shutdown" });
        await server.SendAsync(new { jsonrpc = "2.0", id = 4, method = "workspace/symbol", @params = new { query = "" } });
        var answers = new[] { await server.ReceiveAsync(), await server.ReceiveAsync() }.ToDictionary(answer => answer.GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, answers[3].GetProperty("result").ValueKind);
        Assert.Equal(-32600, answers[4].GetProperty("error").GetProperty("code").GetInt32());
        await server.SendAsync(new { jsonrpc = "2.0", method = "exit" });

        Assert.Equal(0, await server.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData("Content-Length: banana\r\n\r\n{}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}")]
    [InlineData("Content-Length: 99999999999\r\n\r\n")]
    [InlineData("Content-Type: application/vscode-jsonrpc\r\n\r\n{}")]
    public async Task A_broken_header_ends_the_server_with_exit_code_one(string input)
    {
        await using var server = RawLspConnection.Start();

        await server.SendBytesAsync(Encoding.ASCII.GetBytes(input));

        Assert.Equal(1, await server.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task The_server_stops_when_the_client_process_named_at_initialize_is_gone()
    {
        await using var server = RawLspConnection.Start();

        // Far above any real process id (Linux allows at most 2^22).
        await server.InitializeAsync(processId: 2_000_000_000);

        Assert.Equal(1, await server.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_document_becomes_a_replacement_character_in_the_same_place()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "untitled:lone";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "neg", version = 1, text = "person A\ud800;\n" } });

        var published = await client.WaitForDiagnosticsAsync(uri);

        Assert.Equal(1, published.Version);
        Assert.Contains(published.Diagnostics, diagnostic => diagnostic.Range.Start == new LspPosition(0, 8));
    }

    [Theory]
    [InlineData("\"A\\ud800;\"", "A\uFFFD;")]
    [InlineData("\"\\udc00\\n\\u00e9\\ud83d\\ude00\\\"é\"", "\uFFFD\né😀\"é")]
    public void Strings_with_lone_surrogates_are_read_with_replacement_characters(string json, string expected)
    {
        var options = LanguageServerConnection.CreateFormatter().JsonSerializerOptions;

        Assert.Equal(expected, JsonSerializer.Deserialize<string>(json, options));
    }

    [Fact]
    public async Task Edits_and_closes_of_files_the_editor_never_opened_are_ignored()
    {
        using var workspace = new Workspace(ServerLog.Null);
        await workspace.Initialize(RepoPaths.Examples);
        var followup = LspTestClient.Uri(LspTestClient.FollowupPath);
        var before = workspace.GetDocument(followup)!.Text.ToString();

        Assert.Null(workspace.Change(followup, 9, [new TextDocumentContentChangeEvent(null, "garbage")]));
        Assert.Null(workspace.Close(followup));
        Assert.Equal(before, workspace.GetDocument(followup)!.Text.ToString());
    }

    [Fact]
    public void A_file_uri_with_a_nul_names_no_file_and_is_kept_as_it_is()
    {
        Assert.Equal("file:///tmp/a%00b.neg", DocumentUris.ToKey("file:///tmp/a%00b.neg"));
    }
}
