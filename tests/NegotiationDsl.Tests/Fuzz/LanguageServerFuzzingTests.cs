using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NegotiationDsl.Fuzz.Campaign;
using NegotiationDsl.Fuzz.LanguageServer;
using NegotiationDsl.Fuzz.Mutation;
using NegotiationDsl.LanguageServer.Handlers;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Fuzz;

/// <summary>
/// The language-server campaign's sequences are what docs/reliability.md says (every kind of message comes up),
/// and its client model follows the rules the server is held to.
/// </summary>
public sealed class LanguageServerFuzzingTests
{
    /// <summary>Every method a handler of the server answers, and the two the transport itself reads.</summary>
    private static readonly string[] EveryMethod = LanguageFeatures.Types.Append(typeof(LifecycleHandler)).SelectMany(LanguageFeatures.MethodsOf)
        .Concat(["$/cancelRequest", SequenceGenerator.PauseMethod]).ToArray();

    [Fact]
    public void Sequences_send_every_method_the_server_knows_and_junk_that_is_not_json()
    {
        var generator = new SequenceGenerator(7, new InputFactory(7, Seeds.Load(RepoPaths.Root)));
        var methods = new HashSet<string>(StringComparer.Ordinal);
        var notJson = 0;
        for (var index = 0; index < 200; index++)
        {
            foreach (var body in generator.Make(index))
            {
                if (ModelJson.Parse(body, out var isJson) is Dictionary<string, object?> message && message.GetValueOrDefault("method") is string method) methods.Add(method);
                if (!isJson) notJson++;
            }
        }

        Assert.Empty(EveryMethod.Except(methods));
        Assert.True(notJson > 20, $"{notJson} bodies that are not JSON");
    }

    [Fact]
    public void A_sequence_is_made_from_the_seed_and_its_index_alone()
    {
        var inputs = new InputFactory(3, Seeds.Load(RepoPaths.Root));

        Assert.Equal(new SequenceGenerator(3, inputs).Make(41), new SequenceGenerator(3, inputs).Make(41));
    }

    [Fact]
    public void The_model_edits_by_lsp_lines_and_reads_lone_surrogates_as_replacement_characters()
    {
        var model = new ClientModel();
        model.Interpret(Body("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"""));
        model.Interpret(Body("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"u","languageId":"neg","version":1,"text":"a\u2028b\r\nc"}}}"""));
        model.Interpret(Body("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"u","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":9},"end":{"line":0,"character":2}},"text":"\ud800"}]}}"""));
        // Wrong shapes drop the whole notification.
        model.Interpret(Body("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"u","version":"3"},"contentChanges":[{"text":"x"}]}}"""));

        Assert.Equal(new ClientModel.Document("a\u2028\uFFFD", 2, VersionIsNew: true), model.Open["u"]);
    }

    [Fact]
    public void The_model_expects_the_lifecycles_answers()
    {
        var model = new ClientModel();

        Assert.Equal(Expectation.Error("7", -32002), model.Interpret(Body("""{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{}}""")) with { Method = null });
        Assert.Equal(ExpectedAnswer.Result, model.Interpret(Body("""{"jsonrpc":"2.0","id":"wf-1","method":"initialize","params":{}}""")).Answer);
        Assert.Equal(Expectation.Error("8", -32600), model.Interpret(Body("""{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":42}""")) with { Method = null });
        Assert.Equal(ExpectedAnswer.Any, model.Interpret(Body("""{"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":{}}""")).Answer);
        Assert.Equal(Expectation.None, model.Interpret(Body("""{"jsonrpc":"2.0","id":"\ud800","method":"shutdown"}""")) with { Method = null });
        Assert.Equal(ExpectedAnswer.Result, model.Interpret(Body("""{"jsonrpc":"2.0","id":"wf-2","method":"shutdown"}""")).Answer);
        Assert.Equal(Expectation.Error("9", -32600), model.Interpret(Body("""{"jsonrpc":"2.0","id":9,"method":"workspace/symbol","params":{}}""")) with { Method = null });
        model.Interpret(Body("""{"jsonrpc":"2.0","method":"exit"}"""));
        Assert.Equal(0, model.ExitCode);
    }

    private static byte[] Body(string json) => Encoding.UTF8.GetBytes(json);
}
