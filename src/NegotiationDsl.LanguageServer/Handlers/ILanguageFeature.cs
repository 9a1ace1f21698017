using NegotiationDsl.LanguageServer.Protocol;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// One feature of the server: a handler whose <c>[JsonRpcMethod]</c> methods answer the feature's messages, and which
/// says what <c>initialize</c> tells the client about it. <see cref="LanguageFeatures"/> finds every class that
/// implements this, so a new feature is one class and its test.
/// </summary>
internal interface ILanguageFeature
{
    /// <summary>Sets this feature's members of <paramref name="capabilities"/> (its provider or options) and no others.</summary>
    void Advertise(ServerCapabilities capabilities);
}
