using System.Globalization;
using System.Text.RegularExpressions;

namespace Basalt.Migrations.Files;

/// <summary>Reads and writes the migration files of one folder.</summary>
public sealed partial class MigrationFolder(string directory)
{
    public string Directory => directory;

    /// <summary>Every complete migration in number order. A migration missing one of its three files is an error naming it.</summary>
    public IReadOnlyList<MigrationFile> Read()
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return [];
        }
        var files = new List<MigrationFile>();
        var seen = new Dictionary<int, string>();
        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*.up.sql").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var match = UpFileName().Match(fileName);
            if (!match.Success)
            {
                throw new MigrationException($"{path}: a migration file must be named NNNN_name.up.sql (4 digits, then lower-case letters, digits and _)");
            }
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var name = match.Groups[2].Value;
            if (seen.TryGetValue(number, out var other))
            {
                throw new MigrationException($"{path}: migration number {number:D4} is used twice ({other} and {fileName}); renumber one of them");
            }
            seen[number] = fileName;
            var file = new MigrationFile(number, name, directory, "", "", "");
            files.Add(file with
            {
                Up = ReadText(file.UpPath),
                Down = ReadText(file.DownPath),
                Snapshot = ReadText(file.SnapshotPath),
            });
        }
        return files;
    }

    public int NextNumber() => Read() is { Count: > 0 } files ? files[^1].Number + 1 : 1;

    /// <summary>Writes the three files of a new migration; never overwrites an existing file.</summary>
    public MigrationFile Write(int number, string name, string up, string down, string snapshot)
    {
        System.IO.Directory.CreateDirectory(directory);
        var file = new MigrationFile(number, name, directory, Normalise(up), Normalise(down), Normalise(snapshot));
        foreach (var (path, text) in new[] { (file.UpPath, file.Up), (file.DownPath, file.Down), (file.SnapshotPath, file.Snapshot) })
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(text);
        }
        return file;
    }

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    private static string ReadText(string path) =>
        File.Exists(path)
            ? Normalise(File.ReadAllText(path))
            : throw new MigrationException($"{path} is missing: every migration needs its .up.sql, .down.sql and .snapshot.json");

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]{1,60})\.up\.sql$")]
    private static partial Regex UpFileName();

    [GeneratedRegex(@"^[a-z0-9_]{1,60}$")]
    private static partial Regex NamePattern();
}
