using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.LanguageServer.Transport;
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
    [InlineData("method", "\"work\u00ffspace/symbol\"")]
    [InlineData("params", "{\"query\":\"\u00ff\"}")]
    [InlineData("params", "{\"qu\u00c3ery\":\"\"}")]
    public async Task Bytes_that_are_not_utf8_inside_a_string_get_a_parse_error_and_the_next_request_is_served(string member, string value)
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();
        // Latin-1, so that each \xNN stays the one byte it names.
        var body = Encoding.Latin1.GetBytes($$"""{"jsonrpc":"2.0","id":5,"method":"workspace/symbol","{{member}}":{{value}}}""");

        await server.SendBytesAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), body);
        await server.SendAsync(new { jsonrpc = "2.0", id = 6, method = "workspace/symbol", @params = new { query = "" } });

        var error = await server.ReceiveAsync();
        Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal(6, (await server.ReceiveAsync()).GetProperty("id").GetInt32());
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

    [Theory]
    [InlineData("textDocument/hover", """{}""")]
    [InlineData("textDocument/hover", """{"textDocument":{"uri":"untitled:x"}}""")]
    [InlineData("textDocument/hover", """{"textDocument":{"uri":null},"position":{"line":0,"character":0}}""")]
    [InlineData("textDocument/references", """{"textDocument":{"uri":"untitled:x"},"position":{"line":0}}""")]
    [InlineData("textDocument/rename", """{"textDocument":{"uri":"untitled:x"},"position":{"line":0,"character":0}}""")]
    [InlineData("workspace/symbol", """{"query":null}""")]
    [InlineData("textDocument/inlayHint", """{"textDocument":{"uri":"untitled:x"}}""")]
    public async Task Parameters_without_what_the_protocol_requires_are_invalid_params_not_an_internal_error(string method, string parameters)
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendBodyAsync($$"""{"jsonrpc":"2.0","id":1,"method":"{{method}}","params":{{parameters}}}""");

        Assert.Equal(-32602, (await server.ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_didOpen_without_its_text_is_dropped_without_a_failure()
    {
        var log = new StringWriter();
        await using var server = RawLspConnection.Start(log: TextWriter.Synchronized(log));
        await server.InitializeAsync();

        await server.SendBodyAsync("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:x","languageId":"neg","version":1}}}""");
        await server.SendAsync(new { jsonrpc = "2.0", id = 2, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = "untitled:x" } } });

        Assert.Equal(0, (await server.ReceiveAsync()).GetProperty("result").GetArrayLength());
        await server.SendAsync(new { jsonrpc = "2.0", method = "exit" });
        await server.Run.WaitAsync(HangGuard.Time);
        Assert.DoesNotContain("failed", log.ToString(), StringComparison.Ordinal);
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

        Assert.Equal(0, await server.Run.WaitAsync(HangGuard.Time));
    }

    [Fact]
    public async Task Requests_read_before_exit_are_answered_even_when_exit_follows_at_once()
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendAsync(new { jsonrpc = "2.0", id = 1, method = "workspace/symbol", @params = new { query = "" } });
        await server.SendAsync(new { jsonrpc = "2.0", id = 2, method = "shutdown" });
        await server.SendAsync(new { jsonrpc = "2.0", method = "exit" });

        Assert.Equal(0, await server.Run.WaitAsync(HangGuard.Time));
        Assert.Equal(1, (await server.ReceiveAsync()).GetProperty("id").GetInt32());
        Assert.Equal(2, (await server.ReceiveAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task The_answer_to_initialize_is_written_even_when_the_client_process_is_found_gone_while_it_runs()
    {
        // A workspace of many files makes initialize take a while; the client watch looks at once and stops the server.
        var folder = Directory.CreateTempSubdirectory("negc-lsp-initialize-").FullName;
        try
        {
            for (var i = 0; i < 300; i++) await File.WriteAllTextAsync(Path.Combine(folder, $"r{i}.neg"), $"party P{i} state;\n");
            await using var server = RawLspConnection.Start();

            await server.SendAsync(new { jsonrpc = "2.0", id = 0, method = "initialize", @params = new { processId = 2_000_000_000, rootUri = LspTestClient.Uri(folder), capabilities = new { } } });

            Assert.Equal(1, await server.Run.WaitAsync(HangGuard.Time));
            Assert.True((await server.ReceiveAsync()).TryGetProperty("result", out _));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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

        Assert.Equal(1, await server.Run.WaitAsync(HangGuard.Time));
    }

    [Fact]
    public async Task The_server_stops_when_the_client_process_named_at_initialize_is_gone()
    {
        await using var server = RawLspConnection.Start();

        // Far above any real process id (Linux allows at most 2^22).
        await server.InitializeAsync(processId: 2_000_000_000);

        Assert.Equal(1, await server.Run.WaitAsync(HangGuard.Time));
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_document_becomes_a_replacement_character_in_the_same_place()
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendBodyAsync("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:lone","languageId":"neg","version":1,"text":"person A\ud800;\n"}}}""");

        var published = (await server.ReceiveNotificationAsync(message => message.GetProperty("params").GetProperty("uri").GetString() == "untitled:lone")).GetProperty("params");
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        Assert.Contains(published.GetProperty("diagnostics").EnumerateArray(), diagnostic => diagnostic.GetProperty("range").GetProperty("start").GetRawText() == """{"line":0,"character":8}""");
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":5,"method":"workspace/symbol\ud800","params":{"query":""}}""", -32601)]
    [InlineData("""{"jsonrpc":"\ud800","id":5,"method":"workspace/symbol","params":{"query":""}}""", null)]
    [InlineData("""{"jsonrpc":"2.0","id":5,"method":"workspace/symbol","params":{"query":"\udc00"}}""", null)]
    [InlineData("""{"jsonrpc":"2.0","id":5,"method":"workspace/symbol","params":{"qu\ud800ery":"","query":""}}""", null)]
    [InlineData("""{"jsonrpc":"2.0","id":5,"\ud800":[{"\udfff":"\ud800\ud800"}],"method":"workspace/symbol","params":{"query":"","x":{"y\udc00":["\ud800"]}}}""", null)]
    [InlineData("""{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:\ud800"},"position":{"line":0,"character":0}}}""", null)]
    public async Task A_lone_surrogate_anywhere_but_the_id_is_read_as_a_replacement_character_and_the_request_answered(string body, int? errorCode)
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendBodyAsync(body);
        await server.SendAsync(new { jsonrpc = "2.0", id = 6, method = "workspace/symbol", @params = new { query = "" } });

        var answer = await server.ReceiveAsync();
        Assert.Equal(5, answer.GetProperty("id").GetInt32());
        if (errorCode is { } code) Assert.Equal(code, answer.GetProperty("error").GetProperty("code").GetInt32());
        else Assert.True(answer.TryGetProperty("result", out _), answer.GetRawText());
        Assert.Equal(6, (await server.ReceiveAsync()).GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":"\ud800","method":"workspace/symbol","params":{"query":""}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"a\udc00\ud800b","method":"shutdown"}""")]
    public async Task An_id_with_a_lone_surrogate_cannot_be_echoed_and_is_an_invalid_request_with_a_null_id(string body)
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendBodyAsync(body);
        await server.SendAsync(new { jsonrpc = "2.0", id = 6, method = "workspace/symbol", @params = new { query = "" } });

        var error = await server.ReceiveAsync();
        Assert.Equal(-32600, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal(6, (await server.ReceiveAsync()).GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":5,"result":1}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"x","error":{"code":-32601,"message":"no"}}""")]
    public async Task A_response_the_server_never_asked_for_is_ignored(string body)
    {
        await using var server = RawLspConnection.Start();
        await server.InitializeAsync();

        await server.SendBodyAsync(body);
        await server.SendAsync(new { jsonrpc = "2.0", id = 6, method = "workspace/symbol", @params = new { query = "" } });

        Assert.Equal(6, (await server.ReceiveAsync()).GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("""{"a":"\ud800"}""", """{"a":"\ufffd"}""", new[] { 6 })]
    [InlineData("""{"a":"\uD83D\uDE00\uDE00"}""", """{"a":"\uD83D\uDE00\ufffd"}""", new[] { 18 })]
    [InlineData("""{"\udc00\ud800":"\\ud800"}""", """{"\ufffd\ufffd":"\\ud800"}""", new[] { 2, 8 })]
    [InlineData("""{"a":"\u00e9\ud8""", """{"a":"\u00e9\ud8""", new int[0])]
    [InlineData("""\udbff""", """\ufffd""", new[] { 0 })]
    public void Lone_surrogate_escapes_become_replacement_characters_of_the_same_length(string body, string expected, int[] replacedAt)
    {
        var replaced = LoneSurrogateEscapes.Replace(Encoding.UTF8.GetBytes(body), out var at);

        Assert.Equal(expected, Encoding.UTF8.GetString(replaced));
        Assert.Equal(replacedAt, at);
    }

    [Fact]
    public async Task Edits_and_closes_of_files_the_editor_never_opened_are_ignored()
    {
        using var workspace = new Workspace(ServerLog.Null);
        await workspace.Initialize(RepoPaths.Examples);
        var followup = LspTestClient.Uri(LspTestClient.FollowupPath);
        var before = workspace.GetDocument(followup)!.Text.ToString();

        Assert.Null(workspace.Change(followup, 9, [new TextDocumentContentChangeEvent("garbage")]));
        Assert.Null(workspace.Close(followup));
        Assert.Equal(before, workspace.GetDocument(followup)!.Text.ToString());
    }

    [Fact]
    public void A_file_uri_with_a_nul_names_no_file_and_is_kept_as_it_is()
    {
        Assert.Equal("file:///tmp/a%00b.neg", DocumentUris.ToKey("file:///tmp/a%00b.neg"));
    }
}
