using System;
using System.Threading.Tasks;

namespace NegotiationDsl;

/// <summary>
/// How wide the compiler's parallel loops go: at most one worker per processor the runtime reports, so
/// <c>DOTNET_PROCESSOR_COUNT=1</c> (or a container's CPU limit) really means one thread at a time,
/// instead of the thread pool lending a second thread that the machine then runs on another core.
/// </summary>
internal static class Parallelism
{
    public static ParallelOptions Options => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
