using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>
/// The findings of a campaign, one folder entry per signature: the first input that showed it (<c>.neg</c>, an
/// archive's folder <c>.archive/</c>, or a language-server sequence's <c>.lsp</c>), a minimised copy (<c>.min.neg</c>,
/// <c>.min.archive/</c>, <c>.min.lsp</c>) and what happened, with the command to make the input again (<c>.txt</c>).
/// </summary>
internal sealed class Findings
{
    private readonly string _directory;
    private readonly long _seed;
    private readonly object _gate = new();
    private readonly Dictionary<string, (int Count, long FirstIndex)> _bySignature = new(StringComparer.Ordinal);

    public Findings(string directory, long seed)
    {
        _directory = directory;
        _seed = seed;
    }

    public int Signatures
    {
        get
        {
            lock (_gate) return _bySignature.Count;
        }
    }

    /// <param name="minimise">Whether a smaller input still shows the same finding; null when it cannot be asked.</param>
    public void Add(FuzzInput input, Finding finding, Func<byte[], bool>? minimise)
    {
        if (!IsNew(finding, input.Index)) return;
        var bytes = input.ToFileBytes();
        // A generated program that fails to parse is kept whole: any cut breaks the grammar and "fails" the same way.
        var minimal = minimise is not null && input.Kind != InputKind.Generated && minimise(bytes) ? Minimiser.Minimise(bytes, minimise, TimeSpan.FromSeconds(30)) : null;
        Save(finding, input.Index, $"{input.Kind}, {bytes.Length} bytes", ".neg", bytes, minimal, ReplayCommand(input.Index));
    }

    /// <summary>An archive's finding: its files as a folder (<c>NAME.archive/</c>) and, when it can be asked, a smaller archive that shows it (<c>NAME.min.archive/</c>).</summary>
    /// <param name="reproduces">Whether other files still show the finding; null when it cannot be asked.</param>
    public void AddArchive(FuzzInput input, Finding finding, Func<IReadOnlyList<ArchiveFile>, bool>? reproduces)
    {
        if (!IsNew(finding, input.Index)) return;
        var files = input.Files!;
        var minimal = reproduces is not null && reproduces(files) ? MinimiseArchive(files, reproduces, TimeSpan.FromSeconds(30)) : null;
        Directory.CreateDirectory(_directory);
        var name = Path.Combine(_directory, finding.Kind + "-" + Hash(finding.Signature));
        WriteArchive(name + ".archive", files);
        if (minimal is not null) WriteArchive(name + ".min.archive", minimal);
        Describe(finding, input.Index, $"{input.Kind}, {files.Count} files, {input.Length} bytes",
            minimal is null ? "" : $", minimised to {minimal.Count} files and {minimal.Sum(file => file.Bytes.Length)} bytes", name, ReplayCommand(input.Index));
    }

    /// <summary>Writes an archive's files below <paramref name="folder"/>, as the oracle does and regression tests read them.</summary>
    public static void WriteArchive(string folder, IEnumerable<ArchiveFile> files)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    /// <summary>First whole files go (negarchive.json too, if the finding stays), then bytes of each file that is left.</summary>
    private static List<ArchiveFile> MinimiseArchive(IReadOnlyList<ArchiveFile> files, Func<IReadOnlyList<ArchiveFile>, bool> reproduces, TimeSpan budget)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var current = Minimiser.Minimise(files.ToArray(), candidate => reproduces(candidate), budget / 2).ToList();
        for (var i = 0; i < current.Count && clock.Elapsed < budget; i++)
        {
            var at = i;
            var bytes = Minimiser.Minimise(current[at].Bytes, candidate =>
            {
                var smaller = current.ToList();
                smaller[at] = smaller[at] with { Bytes = candidate };
                return reproduces(smaller);
            }, budget - clock.Elapsed);
            current[at] = current[at] with { Bytes = bytes };
        }

        return current;
    }

    /// <summary>True for the first input with this finding's signature, which is then to be saved; later ones are only counted.</summary>
    public bool IsNew(Finding finding, long index)
    {
        lock (_gate)
        {
            if (_bySignature.TryGetValue(finding.Signature, out var seen))
            {
                _bySignature[finding.Signature] = (seen.Count + 1, seen.FirstIndex);
                return false;
            }

            _bySignature[finding.Signature] = (1, index);
            return true;
        }
    }

    /// <summary>Writes the input (<c>NAME.EXT</c>), its minimised copy (<c>NAME.min.EXT</c>) and what happened (<c>NAME.txt</c>).</summary>
    public void Save(Finding finding, long index, string description, string extension, byte[] bytes, byte[]? minimal, string replay)
    {
        Directory.CreateDirectory(_directory);
        var name = Path.Combine(_directory, finding.Kind + "-" + Hash(finding.Signature));
        File.WriteAllBytes(name + extension, bytes);
        if (minimal is not null) File.WriteAllBytes(name + ".min" + extension, minimal);
        Describe(finding, index, description, minimal is null ? "" : $", minimised to {minimal.Length} bytes", name, replay);
    }

    /// <summary>Writes what happened (<c>NAME.txt</c>) and says so.</summary>
    private static void Describe(Finding finding, long index, string description, string minimised, string name, string replay)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(name + ".txt", $"{finding.Kind}: {finding.Signature}\ninput {number} ({description}{minimised})\nreplay: {replay}\n\n{finding.Detail}\n");
        Console.WriteLine($"fuzz: FINDING {finding.Kind} at input {number} ({description}): {finding.Signature} -> {name}.txt");
    }

    private string ReplayCommand(long index) =>
        $"dotnet run -c Release --project tests/fuzz/NegotiationDsl.Fuzz -- replay --seed {_seed.ToString(CultureInfo.InvariantCulture)} --index {index.ToString(CultureInfo.InvariantCulture)}";

    public string Summary()
    {
        lock (_gate)
        {
            if (_bySignature.Count == 0) return "fuzz: no findings";
            var lines = _bySignature.OrderByDescending(pair => pair.Value.Count)
                .Select(pair => $"  {pair.Value.Count,8:N0} x {pair.Key} (first at input {pair.Value.FirstIndex.ToString(CultureInfo.InvariantCulture)})");
            return $"fuzz: {_bySignature.Count} finding(s) in {_directory}:\n" + string.Join("\n", lines);
        }
    }

    private static string Hash(string signature) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(signature)))[..12].ToLowerInvariant();
}
