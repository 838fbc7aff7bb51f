using System.Data.Common;
using Basalt.Migrations.Files;
using Basalt.Spec.Schema;
using Basalt.Sql;
using Basalt.Sql.Introspection;

namespace Basalt.Migrations;

/// <summary>
/// Applies, rolls back, reports and verifies the migrations of one folder against one database. Each migration
/// runs in its own transaction together with its history row, so it is applied whole or not at all.
/// </summary>
public sealed class MigrationRunner(IDatabase database, string migrationsDirectory)
{
    private readonly MigrationFolder folder = new(migrationsDirectory);

    public IDatabase Database => database;

    public string MigrationsDirectory => migrationsDirectory;

    private ISqlDialect Dialect => database.Dialect;

    public async Task<MigrationStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var files = folder.Read();
        await using var connection = await database.OpenAsync(cancellationToken);
        var applied = await ReadHistoryAsync(connection, cancellationToken);
        return Merge(files, applied);
    }

    /// <summary>Applies every pending migration in order. Refuses to start when an applied file was edited or is missing.</summary>
    public async Task<IReadOnlyList<MigrationFile>> ApplyAsync(IProgress<MigrationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = folder.Read();
        await using var connection = await database.OpenAsync(cancellationToken);
        // History is read under the lock: an instance that waited finds the migrations another one applied.
        await using var migrationLock = await Dialect.LockMigrationsAsync(connection, cancellationToken);
        var applied = await ReadHistoryAsync(connection, cancellationToken);
        var status = Merge(files, applied);
        ThrowOnProblems(status, files, applied);
        var lastApplied = applied.Count == 0 ? 0 : applied[^1].Number;
        var pending = files.Where(f => status.Pending.Any(p => p.Number == f.Number)).ToArray();
        if (pending.FirstOrDefault(f => f.Number < lastApplied) is { } late)
        {
            throw new MigrationException(
                $"{late.Id} is pending but numbered before the last applied migration ({applied[^1].Id}); renumber it after {applied[^1].Number:D4} so migrations apply in one order everywhere");
        }
        var engine = Dialect.Provider.ToString().ToLowerInvariant();
        if (pending.FirstOrDefault(f => f.Provider is { } p && p != engine) is { } foreign)
        {
            throw new MigrationException(
                $"{foreign.UpPath} was written for {foreign.Provider} but the database is {engine}; migrations are per engine: keep one migrations folder per engine (a spec file per engine) and plan again");
        }
        foreach (var file in pending)
        {
            var row = new AppliedMigration(file.Number, file.Name, file.Checksum, DateTimeOffset.UtcNow, file.Snapshot, file.Down);
            await RunAsync(connection, file.Id, "up", file.Up, progress,
                (tx, ct) => MigrationHistory.InsertAsync(connection, tx, row, ct), cancellationToken);
        }
        return pending;
    }

    /// <summary>
    /// Rolls back applied migrations newer than <paramref name="to"/> (default: the last one only), newest first,
    /// each with the down script recorded when it was applied.
    /// </summary>
    public async Task<IReadOnlyList<AppliedMigration>> RollbackAsync(int? to = null, IProgress<MigrationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var migrationLock = await Dialect.LockMigrationsAsync(connection, cancellationToken);
        var applied = await ReadHistoryAsync(connection, cancellationToken);
        if (applied.Count == 0)
        {
            throw new MigrationException("nothing to roll back: no migration has been applied");
        }
        var target = to ?? (applied.Count > 1 ? applied[^2].Number : 0);
        if (target != 0 && applied.All(a => a.Number != target))
        {
            throw new MigrationException(
                $"--to {target} is not an applied migration; applied: {string.Join(", ", applied.Select(a => a.Number))} (or 0 to roll back everything)");
        }
        var undo = applied.Where(a => a.Number > target).Reverse().ToArray();
        foreach (var row in undo)
        {
            await RunAsync(connection, row.Id, "down", row.DownSql, progress,
                (tx, ct) => MigrationHistory.DeleteAsync(connection, tx, row.Number, ct), cancellationToken);
        }
        return undo;
    }

    /// <summary>Every difference between the live database and <paramref name="expected"/>.</summary>
    public async Task<IReadOnlyList<SchemaDrift>> VerifyAsync(DatabaseSchema expected, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var live = await Dialect.IntrospectAsync(connection, cancellationToken);
        return PhysicalSchemaComparer.Compare(Dialect.Expected(expected), live);
    }

    private async Task RunAsync(
        DbConnection connection, string id, string direction, string script, IProgress<MigrationProgress>? progress,
        Func<DbTransaction, CancellationToken, Task> record, CancellationToken ct)
    {
        var statements = SqlScript.Split(script);
        await Dialect.BeforeMigrationAsync(connection, ct);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            for (var i = 0; i < statements.Count; i++)
            {
                progress?.Report(new MigrationProgress(id, direction, i + 1, statements.Count, Summarise(statements[i])));
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statements[i];
                command.CommandTimeout = 0;
                try
                {
                    await command.ExecuteNonQueryAsync(ct);
                }
                catch (DbException e)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    throw new MigrationException(
                        $"{id} ({direction}) failed at statement {i + 1} of {statements.Count} ({Summarise(statements[i])}): {e.Message}. It was rolled back; nothing of it was applied.", e);
                }
            }
            try
            {
                await Dialect.VerifyMigrationAsync(connection, transaction, ct);
            }
            catch (MigrationCheckException e)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new MigrationException($"{id} ({direction}) was rolled back: {e.Message}", e);
            }
            await record(transaction, ct);
            await transaction.CommitAsync(ct);
            progress?.Report(new MigrationProgress(id, direction, statements.Count, statements.Count, "committed", Committed: true));
        }
        finally
        {
            await Dialect.AfterMigrationAsync(connection, CancellationToken.None);
        }
    }

    private async Task<IReadOnlyList<AppliedMigration>> ReadHistoryAsync(DbConnection connection, CancellationToken ct)
    {
        await MigrationHistory.EnsureTableAsync(Dialect, connection, ct);
        return await MigrationHistory.ReadAsync(connection, ct);
    }

    private static MigrationStatus Merge(IReadOnlyList<MigrationFile> files, IReadOnlyList<AppliedMigration> applied)
    {
        var states = new List<MigrationState>();
        var byNumber = applied.ToDictionary(a => a.Number);
        foreach (var file in files)
        {
            if (!byNumber.Remove(file.Number, out var row))
            {
                states.Add(new MigrationState(file.Number, file.Name, MigrationStateKind.Pending, null));
            }
            else
            {
                var kind = row.Name != file.Name || row.Checksum != file.Checksum ? MigrationStateKind.Edited : MigrationStateKind.Applied;
                states.Add(new MigrationState(file.Number, file.Name, kind, row.AppliedAt));
            }
        }
        states.AddRange(byNumber.Values.Select(r => new MigrationState(r.Number, r.Name, MigrationStateKind.MissingFile, r.AppliedAt)));
        return new MigrationStatus(states.OrderBy(s => s.Number).ToArray());
    }

    private static void ThrowOnProblems(MigrationStatus status, IReadOnlyList<MigrationFile> files, IReadOnlyList<AppliedMigration> applied)
    {
        var problems = new List<string>();
        foreach (var state in status.Problems)
        {
            var row = applied.First(a => a.Number == state.Number);
            if (state.Kind == MigrationStateKind.MissingFile)
            {
                problems.Add($"{row.Id} was applied on {row.AppliedAt:u} but its files are missing from the migrations folder");
            }
            else
            {
                var file = files.First(f => f.Number == state.Number);
                var edited = row.Name != file.Name ? [file.UpPath] : file.EditedFiles(row.Checksum);
                problems.Add($"{row.Id} was edited after it was applied on {row.AppliedAt:u}: {string.Join(", ", edited)} no longer match{(edited.Count == 1 ? "es" : "")} the recorded checksum. Restore the file(s) and plan a new migration for the change");
            }
        }
        if (problems.Count > 0)
        {
            throw new MigrationException(string.Join("\n", problems));
        }
    }

    private static string Summarise(string statement)
    {
        var line = statement.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length > 80 ? line[..77] + "..." : line;
    }
}
