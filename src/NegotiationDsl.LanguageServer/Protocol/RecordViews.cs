namespace NegotiationDsl.LanguageServer.Protocol;

// The server's own requests (docs/language-server.md): what an editor needs to show the records' commitments and
// their report beside the text, answered from the same compilations as every other request.

/// <param name="AsOf">The day to evaluate on (YYYY-MM-DD); absent: each folder's latest date, as <c>negc status</c> takes it.</param>
internal sealed record CommitmentsParams(string? AsOf = null);

/// <param name="Truncated">More commitments than <c>CommitmentsHandler.MaximumCommitments</c>: the rest were left out.</param>
internal sealed record CommitmentsResult(FolderCommitments[] Folders, bool Truncated);

/// <summary>One folder (one compilation): its name, the day its states are evaluated on (absent: nothing is dated), its records.</summary>
internal sealed record FolderCommitments(string Uri, string Name, string? AsOf, RecordCommitments[] Records);

/// <summary>One file's record, titled by its header (or its file name), with its commitments in declaration order.</summary>
internal sealed record RecordCommitments(string Uri, string Title, CommitmentEntry[] Commitments);

/// <summary>
/// One commitment as <c>negc status</c> shows it: <paramref name="State"/> is the state's identifier
/// (<c>fulfilled-late</c>), <paramref name="StateText"/> and <paramref name="Deadline"/> are status's words.
/// </summary>
internal sealed record CommitmentEntry(string? Label, string Deliverable, string State, string StateText, string Deadline, string[] Debtors, string[] Creditors, LspLocation Location);

/// <summary>The notification <c>negotiationdsl/commitmentsChanged</c>: the commitments of the folder at <paramref name="FolderUri"/> changed.</summary>
internal sealed record CommitmentsChangedParams(string FolderUri);

/// <param name="AsOf">As in <see cref="CommitmentsParams"/>; absent: the latest date in the records, as <c>negc report</c> takes it.</param>
internal sealed record ReportParams(TextDocumentIdentifier TextDocument, string? AsOf = null);

/// <summary>
/// The report <c>negc report</c> writes for the document's folder: <paramref name="Html"/> is the same page, byte for
/// byte; it is absent when the records have errors (<paramref name="Errors"/>), since negc then writes none either.
/// </summary>
internal sealed record ReportResult(string Name, string FolderUri, int Errors, string? Html);
