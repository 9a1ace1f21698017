using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using StreamJsonRpc;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// <c>negotiationdsl/commitments</c>: every commitment of every folder the server holds, with its deadline and its
/// state on a day in <c>negc status</c>'s words (<see cref="CommitmentStatus"/>, <see cref="ReportText.StateOf"/>), by
/// folder and record. The editor's commitments view shows it; an unsaved edit shows at once. A client that asked is
/// told when the commitments of a folder change (<see cref="CommitmentsWatch"/>).
/// </summary>
internal sealed class CommitmentsHandler(Workspace workspace, CommitmentsWatch watch) : ILanguageFeature
{
    /// <summary>A bound on the answer's size: a view of more commitments than this is of no use, and the answer stays small.</summary>
    public const int MaximumCommitments = 5000;

    public void Advertise(ServerCapabilities capabilities)
    {
        capabilities.NegotiationCommitmentsProvider = true;
        capabilities.NegotiationCommitmentsChangedNotification = true;
    }

    [JsonRpcMethod("negotiationdsl/commitments", UseSingleObjectParameterDeserialization = true)]
    public CommitmentsResult Commitments(CommitmentsParams request)
    {
        var requested = RequestedDay.Parse(request.AsOf);
        watch.Asked();
        var folders = new List<FolderCommitments>();
        var left = MaximumCommitments;
        var truncated = false;
        foreach (var folder in workspace.FolderKeys.Select(workspace.GetFolder))
        {
            if (folder.Compilation is not { } compilation) continue;
            var asOf = CommitmentStatus.AsOf(compilation, requested);
            var byRecord = compilation.Commitments.GroupBy(compilation.GetRecord).ToDictionary(group => group.Key, group => group.ToList());
            var records = new List<RecordCommitments>();
            foreach (var record in compilation.Records)
            {
                var all = byRecord.GetValueOrDefault(record, []);
                var entries = all.Take(left).Select(commitment => Entry(commitment, asOf)).ToArray();
                left -= entries.Length;
                truncated |= entries.Length < all.Count;
                records.Add(new RecordCommitments(workspace.UriOf(record.FilePath), PrintableText.Escape(record.Title ?? Path.GetFileName(record.FilePath)), entries));
            }

            folders.Add(new FolderCommitments(FolderUri(folder.Key), PrintableText.Escape(FolderName(folder.Key)), asOf is { } day ? DateInterval.Format(day) : null, [.. records]));
            if (truncated) break;
        }

        return new CommitmentsResult([.. folders], truncated);
    }

    private CommitmentEntry Entry(CommitmentSymbol commitment, NodaTime.LocalDate? asOf) => new(
        commitment.HasLabel ? PrintableText.Escape(commitment.Name) : null,
        PrintableText.Escape(commitment.Deliverable ?? ""),
        JsonNamingPolicy.KebabCaseLower.ConvertName(commitment.GetState(asOf).ToString()),
        PrintableText.Escape(ReportText.StateOf(commitment, asOf)),
        PrintableText.Escape(CommitmentStatus.Deadline(commitment)),
        commitment.Debtors.Select(actor => PrintableText.Escape(actor.Name)).ToArray(),
        commitment.Creditors.Select(actor => PrintableText.Escape(actor.Name)).ToArray(),
        new LspLocation(workspace.UriOf(commitment.SyntaxTree.FilePath), DocumentSnapshot.RangeOf(commitment.SyntaxTree.Text, commitment.Location.Span)));

    internal static string FolderUri(string folderKey) => DocumentUris.IsFilePath(folderKey) ? DocumentUris.FromPath(folderKey) : folderKey;

    private static string FolderName(string folderKey) => DocumentUris.IsFilePath(folderKey) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folderKey)) is { Length: > 0 } name ? name : folderKey : folderKey;
}
