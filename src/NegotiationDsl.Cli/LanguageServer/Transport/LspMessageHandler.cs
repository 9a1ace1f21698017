using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace NegotiationDsl.Cli.LanguageServer.Transport;

/// <summary>
/// StreamJsonRpc's header-delimited handler for writing, with reading of our own: <see cref="LspFrameReader"/>
/// frames the input, <see cref="JsonRpcEnvelope"/> checks each body and <see cref="LifecycleGate"/> checks
/// it may come now. A message that fails either is answered here (when it is a request, or unreadable) and
/// never reaches the dispatcher; the next one is read as usual. Only a broken header ends the connection.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly LspFrameReader _frames;
    private readonly LifecycleGate _gate;

    public LspMessageHandler(Stream input, Stream output, IJsonRpcMessageFormatter formatter, LifecycleGate gate, int maxMessageBytes)
        : base(output, receivingStream: null, formatter)
    {
        _frames = new LspFrameReader(input, maxMessageBytes);
        _gate = gate;
    }

    public override bool CanRead => true;

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
                    return Formatter.Deserialize(new ReadOnlySequence<byte>(envelope.Body));
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
}
