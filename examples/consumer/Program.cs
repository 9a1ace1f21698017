using NegotiationDsl.Model;
using NegotiationRecords;

// The state of every commitment is computed on one day; by default the day after the Geneva follow-up.
var asOf = args.Length > 0 ? Date.Parse(args[0]) : new Date(2022, 1, 31);

var response = Geneva2022.Commitments.WrittenResponse;
Console.WriteLine($"Written response: {Describe(response, asOf)}");
Console.WriteLine($"  promised by {Names(response.Debtors)} to {Names(response.Creditors)} on {response.Date}, deadline {response.Deadline}");
Console.WriteLine();

Console.WriteLine($"Open commitments as of {asOf}:");
var all = Geneva2022.Commitments.All.Concat(Minsk2015.Commitments.All).Concat(Singapore2018.Commitments.All);
foreach (var commitment in all.Where(c => c.GetState(asOf) is CommitmentState.Open or CommitmentState.Due or CommitmentState.Overdue))
    Console.WriteLine($"  {Describe(commitment, asOf)}");

static string Describe(Commitment commitment, Date asOf) =>
    $"{commitment.Id ?? "(unlabelled)"}: {Names(commitment.Debtors)} - \"{commitment.Deliverable}\" - deadline {commitment.Deadline?.ToString() ?? "none"} - {commitment.GetState(asOf)}";

static string Names(IReadOnlyList<Actor> actors) => actors.Count == 0 ? "-" : string.Join(", ", actors.Select(actor => actor.Id));
