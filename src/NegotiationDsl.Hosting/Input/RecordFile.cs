using NegotiationDsl.Hosting.Files;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// A record file to read: the path it is read through and named by, the root it was found under, and which
/// file it was when it was found (reading checks that it still is, so a path swapped for a link in between is
/// refused rather than followed). The identity is null where the platform has none.
/// </summary>
internal sealed record RecordFile(string Path, InputRoot Root, FileIdentity? Identity);
