using System;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>
/// How long a test waits for something that, when the behaviour under test is broken, never happens at all: a server
/// that never stops, a read that waits for a writer for ever, a publication that never comes. It proves nothing about
/// speed. On the shared two-core machine, with every test class running beside it, an answer that takes milliseconds
/// idle can take seconds, so the guard stays far beyond what load can reach.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(60);
}
