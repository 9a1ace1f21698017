using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace NegotiationDsl.LanguageServer.Transport;

/// <summary>
/// StreamJsonRpc's message handler, with both sides our own. Reading: <see cref="LspFrameReader"/> frames the input,
/// <see cref="JsonRpcEnvelope"/> checks each body and <see cref="LifecycleGate"/> checks it may come now. A message
/// that fails either is answered here (when it is a request, or unreadable) and never reaches the dispatcher; the
/// next one is read as usual. Only a broken header ends the connection. Writing: each message is serialised and
/// handed to <see cref="OutgoingMessages"/>, so no write ever waits for the client.
/// </summary>
internal sealed class LspMessageHandler : MessageHandlerBase
{
    private const string PublishDiagnostics = "textDocument/publishDiagnostics";
    private readonly LspFrameReader _frames;
    private readonly OutgoingMessages _output;
    private readonly LifecycleGate _gate;
    private readonly HashSet<RequestId> _unanswered = [];

    public LspMessageHandler(Stream input, OutgoingMessages output, IJsonRpcMessageFormatter formatter, LifecycleGate gate, int maxMessageBytes)
        : base(formatter)
    {
        _frames = new LspFrameReader(input, maxMessageBytes);
        _output = output;
        _gate = gate;
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var body = await _frames.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (body is null) return null;

            var envelope = JsonRpcEnvelope.Read(body);
            // The server sends no requests, so a response answers none, and StreamJsonRpc would end the connection on it.
            if (envelope.IsResponse && envelope.Problem is null) continue;
            var refusal = envelope.Problem ?? _gate.Admit(envelope);
            if (refusal is null)
            {
                try
                {
                    var message = Formatter.Deserialize(new ReadOnlySequence<byte>(envelope.Body));
                    if (message is JsonRpcRequest { IsResponseExpected: true } request)
                    {
                        lock (_unanswered) _unanswered.Add(request.RequestId);
                    }

                    return message;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Reached only by shapes the envelope let through; answered as invalid like the others.
                    envelope = JsonRpcEnvelope.Invalid(envelope.IsRequest ? envelope.Id : RequestId.Null, JsonRpcErrorCode.InvalidRequest, "the message could not be read: " + exception.Message);
                    refusal = envelope.Problem!;
                }
            }

            // A refused notification is dropped: JSON-RPC never answers one. A message that could not be read is
            // answered, with a null id when it had none that could be read.
            if (envelope.IsRequest || envelope.Problem is not null)
                await WriteAsync(new JsonRpcError { RequestId = envelope.Id, Error = refusal }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How many requests were dispatched and have no answer queued yet: a server that stops waits for them.</summary>
    public int UnansweredRequests
    {
        get
        {
            lock (_unanswered) return _unanswered.Count;
        }
    }

    protected override ValueTask WriteCoreAsync(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        if (content is IJsonRpcMessageWithId answer and not JsonRpcRequest)
        {
            lock (_unanswered) _unanswered.Remove(answer.RequestId);
        }

        var body = new ArrayBufferWriter<byte>();
        Formatter.Serialize(body, content);
        _output.Enqueue(body.WrittenSpan.ToArray(), ReplacementKey(content));
        return default;
    }

    protected override ValueTask FlushAsync(CancellationToken cancellationToken) => default;

    /// <summary>A document's diagnostics replace its earlier ones that still wait: every publication is the whole list.</summary>
    private static string? ReplacementKey(JsonRpcMessage message) =>
        message is JsonRpcRequest { Method: PublishDiagnostics, Arguments: PublishDiagnosticsParams published } ? published.Uri : null;
}
