namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>The register of a generated archive: actors of no one track, which every follow-up names without an alias.</summary>
internal static class RegisterFile
{
    public const string Folder = "register";
    public const string Party = "Observers";
    public const string Person = "Rapporteur";

    public static string Write() =>
        "// The register of the archive: actors that any track may use.\n\n" +
        "party " + Party + " organisation \"Observer Mission of the Northern Dialogue\" code \"OBS\";\n" +
        "person " + Person + " \"the Special Rapporteur\" office \"Special Rapporteur\" of " + Party + " from 2008-01-01;\n";
}
