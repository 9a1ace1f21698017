using StreamJsonRpc.Protocol;

namespace NegotiationDsl.LanguageServer.Transport;

/// <summary>
/// The LSP rules on what may come when: before <c>initialize</c> a request is answered ServerNotInitialized
/// (-32002) and a notification is dropped (except <c>exit</c>); <c>initialize</c> comes once; after
/// <c>shutdown</c> a request is answered InvalidRequest and a notification other than <c>exit</c> is dropped.
/// Decided as messages arrive, in arrival order, so a request that follows <c>initialize</c> in the stream is
/// admitted even while <c>initialize</c> itself still waits in the queue.
/// </summary>
internal sealed class LifecycleGate
{
    private const JsonRpcErrorCode ServerNotInitialized = (JsonRpcErrorCode)(-32002);
    private bool _initializeArrived;

    /// <summary>True once <c>shutdown</c> has arrived: <c>exit</c> then ends the server with exit code 0.</summary>
    public bool ShutdownArrived { get; private set; }

    /// <summary>Null to dispatch the message; otherwise why it is refused (a request is answered with it, a notification dropped).</summary>
    public JsonRpcError.ErrorDetail? Admit(JsonRpcEnvelope message)
    {
        if (message.Method == "exit") return null;
        if (!_initializeArrived)
        {
            if (message.Method != "initialize") return Refuse(ServerNotInitialized, "the server has not been initialized: send 'initialize' first");
            if (message.IsRequest) _initializeArrived = true;
            return message.IsRequest ? null : Refuse(JsonRpcErrorCode.InvalidRequest, "'initialize' must be a request");
        }

        if (message.Method == "initialize") return Refuse(JsonRpcErrorCode.InvalidRequest, "'initialize' may be sent only once");
        if (ShutdownArrived) return Refuse(JsonRpcErrorCode.InvalidRequest, "the server is shutting down: only 'exit' is accepted");
        if (message.Method == "shutdown" && message.IsRequest) ShutdownArrived = true;
        return null;
    }

    private static JsonRpcError.ErrorDetail Refuse(JsonRpcErrorCode code, string message) => new() { Code = code, Message = message };
}
