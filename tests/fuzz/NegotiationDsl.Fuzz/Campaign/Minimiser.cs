using System;
using System.Diagnostics;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>
/// Delta debugging in its simplest form: removes ever smaller chunks of the input (bytes of a file, messages of a
/// language-server sequence) while the finding still shows, until no single element can go or the time is up. A
/// regression test then holds a few lines, not a file.
/// </summary>
internal static class Minimiser
{
    public static T[] Minimise<T>(T[] input, Func<T[], bool> stillFails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var current = input;
        for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1 && clock.Elapsed < budget; chunk /= 2)
        {
            var removedAny = true;
            while (removedAny && clock.Elapsed < budget)
            {
                removedAny = false;
                for (var start = 0; start < current.Length && clock.Elapsed < budget;)
                {
                    var length = Math.Min(chunk, current.Length - start);
                    var candidate = new T[current.Length - length];
                    Array.Copy(current, 0, candidate, 0, start);
                    Array.Copy(current, start + length, candidate, start, current.Length - start - length);
                    if (stillFails(candidate))
                    {
                        current = candidate;
                        removedAny = true;
                    }
                    else
                    {
                        start += length;
                    }
                }
            }

            if (chunk == 1) break;
        }

        return current;
    }
}
