using System;
using System.Threading;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>Runs work on a thread of its own: with a small stack (to prove there is no deep recursion), or with a time limit (to prove nothing blocks).</summary>
internal static class OwnThread
{
    /// <summary>The work's result, or <c>Finished: false</c> when it is still running after <paramref name="timeout"/> (the thread is left to run).</summary>
    public static (bool Finished, T Result) Run<T>(Func<T> work, int maxStackSize = 0, TimeSpan? timeout = null)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }, maxStackSize) { IsBackground = true };
        thread.Start();
        if (!thread.Join(timeout ?? Timeout.InfiniteTimeSpan)) return (false, default!);
        if (failure is not null) throw new InvalidOperationException("the work failed", failure);
        return (true, result);
    }
}
