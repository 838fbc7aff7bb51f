using System.Security.Cryptography;
using System.Text;

namespace Basalt.Migrations.Files;

/// <summary>
/// One migration as it lies in the folder: <c>NNNN_name.up.sql</c>, <c>.down.sql</c> and <c>.snapshot.json</c>
/// (the schema after it, which the next plan diffs against). Texts are read with line endings normalised, so a
/// checkout with CRLF does not look edited.
/// </summary>
public sealed record MigrationFile(int Number, string Name, string Directory, string Up, string Down, string Snapshot)
{
    /// <summary><c>0003_add_tags</c>: the number and name as files and history rows spell them.</summary>
    public string Id => $"{Number:D4}_{Name}";

    public string UpPath => Path.Combine(Directory, Id + ".up.sql");

    public string DownPath => Path.Combine(Directory, Id + ".down.sql");

    public string SnapshotPath => Path.Combine(Directory, Id + ".snapshot.json");

    /// <summary>The engine the file was written for, from its header (<c>-- 0001_init (up) for sqlite, …</c>); null when hand-written without one.</summary>
    public string? Provider
    {
        get
        {
            var first = Up.AsSpan(0, Math.Max(0, Up.IndexOf('\n', StringComparison.Ordinal)));
            var at = first.IndexOf(" for ", StringComparison.Ordinal);
            if (!first.StartsWith("-- ") || at < 0)
            {
                return null;
            }
            var rest = first[(at + 5)..];
            var end = rest.IndexOf(',');
            return (end < 0 ? rest : rest[..end]).ToString();
        }
    }

    /// <summary>One SHA-256 per file, joined, so a mismatch can name the file that was edited.</summary>
    public string Checksum => string.Join(':', Hash(Up), Hash(Down), Hash(Snapshot));

    /// <summary>The files whose content no longer matches <paramref name="recorded"/>.</summary>
    public IReadOnlyList<string> EditedFiles(string recorded)
    {
        var parts = recorded.Split(':');
        var paths = new[] { UpPath, DownPath, SnapshotPath };
        var now = Checksum.Split(':');
        if (parts.Length != now.Length)
        {
            return paths;
        }
        return paths.Where((_, i) => parts[i] != now[i]).ToArray();
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
