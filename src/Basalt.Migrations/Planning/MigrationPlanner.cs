using Basalt.Migrations.Diffing;
using Basalt.Migrations.Files;
using Basalt.Spec;
using Basalt.Spec.Schema;
using Basalt.Sql;
using Basalt.Sql.Ddl;

namespace Basalt.Migrations.Planning;

/// <summary>
/// <c>migrate plan</c>: diffs the spec against the snapshot of the newest migration in the folder (applied or
/// not, so a pending migration is never planned twice) and writes the next migration's files. Needs no database.
/// </summary>
public static class MigrationPlanner
{
    public static MigrationPlan Plan(AppSpec spec, string? name = null, bool allowDestructive = false, bool write = true)
    {
        var folder = new MigrationFolder(spec.MigrationsDirectory);
        var existing = folder.Read();
        var previous = existing.Count == 0 ? DatabaseSchema.Empty : ReadSnapshot(existing[^1]);
        var operations = SchemaDiffer.Diff(previous, spec.Schema);
        if (operations.Count == 0 || !write)
        {
            return new MigrationPlan(operations, null);
        }
        var plan = new MigrationPlan(operations, null);
        if (plan.DestructiveSteps.Count > 0 && !allowDestructive)
        {
            throw new MigrationException(
                "the plan has destructive steps and was not written:\n  " + string.Join("\n  ", plan.DestructiveSteps)
                + "\nIf losing that data is intended, run again with --allow-destructive.");
        }
        name ??= DefaultName(operations, existing.Count == 0);
        if (!MigrationFolder.IsValidName(name))
        {
            throw new MigrationException($"migration name '{name}' is not valid: use 1 to 60 lower-case letters, digits and _");
        }
        var dialect = Dialects.For(spec.Database.Provider);
        var number = existing.Count == 0 ? 1 : existing[^1].Number + 1;
        var id = $"{number:D4}_{name}";
        var up = MigrationScriptWriter.Write(id, "up", dialect, operations, plan.Steps, []);
        var inverse = SchemaDiffer.Invert(operations);
        var down = MigrationScriptWriter.Write(id, "down", dialect, inverse, inverse.SelectMany(o => o.Describe()).ToArray(), plan.RollbackCaveats);
        var written = folder.Write(number, name, up, down, SchemaSnapshot.Serialize(spec.Schema) + "\n");
        return plan with { Written = written };
    }

    private static DatabaseSchema ReadSnapshot(MigrationFile file)
    {
        try
        {
            return SchemaSnapshot.Deserialize(file.Snapshot);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new MigrationException($"{file.SnapshotPath} is not a valid schema snapshot ({e.Message}); restore it from version control", e);
        }
    }

    private static string DefaultName(IReadOnlyList<SchemaOperation> operations, bool first)
    {
        if (first)
        {
            return "init";
        }
        var words = operations.Take(2).Select(o => o switch
        {
            CreateTable c => $"create_{c.Table.Flat}",
            DropTable d => $"drop_{d.Table.Flat}",
            _ => $"alter_{o.Table.Flat}",
        });
        var name = string.Join("_", words) + (operations.Count > 2 ? "_and_more" : "");
        return name.Length > 60 ? name[..60].TrimEnd('_') : name;
    }
}
