using System.Globalization;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// R10: the whole <c>negc check</c> process on the root of an archive (a register and 1,000 folders), against the
/// same on the same records kept as independent folders with copied declarations, as one keeps them without
/// archives: what binding folders together, through uses and with commitments settled across folders, costs
/// over binding each alone.
/// </summary>
internal static class ArchiveCheckRatio
{
    public static RatioResult Measure(RatioContext context)
    {
        var (archive, copies) = ArchiveWorkload.Get(context);
        var negc = PublishedNegc.Get(context);
        context.Log.WriteLine($"R10: negc check says of the archive \"{PublishedNegc.Check(negc, archive)}\" and of the copies \"{PublishedNegc.Check(negc, copies)}\"");

        // One warm-up each: the files are in the page cache after the check above, and a run takes seconds.
        var pairs = Interleaved.Measure(() => PublishedNegc.Check(negc, archive), () => PublishedNegc.Check(negc, copies), context.Runs, warmups: 1);
        var (archiveTime, copiesTime) = pairs;
        return new RatioResult("R10", archiveTime / copiesTime, 1.3, string.Create(CultureInfo.InvariantCulture,
            $"negc check of the archive ({ArchiveWorkload.SizeOf(archive)}) {archiveTime:F0} ms; of the same records as independent folders with copied declarations ({ArchiveWorkload.SizeOf(copies)}) {copiesTime:F0} ms"), pairs.Spread);
    }
}
