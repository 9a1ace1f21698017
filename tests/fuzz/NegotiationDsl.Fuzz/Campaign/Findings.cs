using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>
/// The findings of a campaign, one folder entry per signature: the first input that showed it (<c>.neg</c>), a
/// minimised copy (<c>.min.neg</c>) and what happened with the command to make the input again (<c>.txt</c>).
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
        lock (_gate)
        {
            if (_bySignature.TryGetValue(finding.Signature, out var seen))
            {
                _bySignature[finding.Signature] = (seen.Count + 1, seen.FirstIndex);
                return;
            }

            _bySignature[finding.Signature] = (1, input.Index);
        }

        Directory.CreateDirectory(_directory);
        var name = Path.Combine(_directory, finding.Kind + "-" + Hash(finding.Signature));
        var bytes = input.ToFileBytes();
        File.WriteAllBytes(name + ".neg", bytes);
        // A generated program that fails to parse is kept whole: any cut breaks the grammar and "fails" the same way.
        var minimal = minimise is not null && input.Kind != InputKind.Generated && minimise(bytes) ? Minimiser.Minimise(bytes, minimise, TimeSpan.FromSeconds(30)) : null;
        if (minimal is not null) File.WriteAllBytes(name + ".min.neg", minimal);
        var index = input.Index.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(name + ".txt",
            $"{finding.Kind}: {finding.Signature}\ninput {index} ({input.Kind}, {bytes.Length} bytes{(minimal is null ? "" : $", minimised to {minimal.Length}")})\n" +
            $"replay: dotnet run -c Release --project tests/fuzz/NegotiationDsl.Fuzz -- replay --seed {_seed.ToString(CultureInfo.InvariantCulture)} --index {index}\n\n{finding.Detail}\n");
        Console.WriteLine($"fuzz: FINDING {finding.Kind} at input {index} ({input.Kind}): {finding.Signature} -> {name}.txt");
    }

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
