using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// The changes of one <see cref="AlterTable"/>, one by one, in an order that always works whatever order the
/// differ listed them in: drops of indexes, uniques and the primary key; dropped columns; renames; added columns;
/// altered columns; then the new primary key, uniques and indexes. Foreign keys are not rendered here: the
/// migration drops them before and adds them after every table of the step.
/// </summary>
internal static class PostgresAlterTableRenderer
{
    public static IEnumerable<string> Render(AlterTable alter)
    {
        var (before, after) = (alter.Before, alter.After);
        var table = after.Name;
        var quoted = PostgresSql.QuoteTable(table);
        var changes = alter.Changes;
        // The columns as the database holds them at each point, so renames and checks use the current names.
        var current = before.Columns.ToDictionary(c => c.Name);

        foreach (var drop in changes.OfType<DropIndex>())
        {
            yield return PostgresTableRenderer.DropIndex(table, drop.Index);
        }
        foreach (var drop in changes.OfType<DropUnique>())
        {
            yield return PostgresTableRenderer.DropConstraint(table, drop.Constraint.Name);
        }
        var primaryKey = changes.OfType<AlterPrimaryKey>().LastOrDefault();
        if (primaryKey is { Before.Count: > 0 })
        {
            yield return PostgresTableRenderer.DropConstraint(table, ConstraintNames.PrimaryKey(table));
        }

        foreach (var drop in changes.OfType<DropColumn>())
        {
            // Checks and indexes on the column go with it.
            yield return $"ALTER TABLE {quoted} DROP COLUMN {PostgresSql.Quote(drop.Column.Name)}";
            if (drop.Column.Type.Kind == ColumnKind.Enum)
            {
                yield return PostgresEnumRenderer.Drop(table, drop.Column.Name);
            }
            current.Remove(drop.Column.Name);
        }
        foreach (var rename in changes.OfType<RenameColumn>())
        {
            foreach (var statement in Rename(table, current, rename))
            {
                yield return statement;
            }
        }
        foreach (var add in changes.OfType<AddColumn>())
        {
            if (add.Column.Type.Kind == ColumnKind.Enum)
            {
                yield return PostgresEnumRenderer.Create(table, add.Column.Name, add.Column.Type.Values);
            }
            yield return $"ALTER TABLE {quoted} ADD COLUMN {PostgresTableRenderer.ColumnDefinition(after, add.Column)}";
            foreach (var check in PostgresCheckRenderer.For(table, add.Column))
            {
                yield return PostgresTableRenderer.AddConstraint(table, check.Name, PostgresTableRenderer.CheckBody(check.Expression));
            }
            current[add.Column.Name] = add.Column;
        }
        foreach (var alterColumn in changes.OfType<AlterColumn>())
        {
            var name = current.ContainsKey(alterColumn.After.Name) ? alterColumn.After.Name : alterColumn.Before.Name;
            foreach (var statement in PostgresColumnAlterRenderer.Render(before, after, name, alterColumn))
            {
                yield return statement;
            }
            current[name] = alterColumn.After with { Name = name };
        }

        if (primaryKey is { After.Count: > 0 })
        {
            yield return PostgresTableRenderer.AddConstraint(table, ConstraintNames.PrimaryKey(table), PostgresTableRenderer.PrimaryKeyBody(primaryKey.After));
        }
        foreach (var statement in ReleaseFormerKeyColumns(alter, primaryKey))
        {
            yield return statement;
        }
        foreach (var add in changes.OfType<AddUnique>())
        {
            yield return PostgresTableRenderer.AddConstraint(table, add.Constraint.Name, PostgresTableRenderer.UniqueBody(add.Constraint));
        }
        foreach (var add in changes.OfType<AddIndex>())
        {
            yield return PostgresTableRenderer.CreateIndex(after, add.Index);
        }
    }

    /// <summary>The column, its enum type and its checks, so that their names stay derivable from the column's.</summary>
    private static IEnumerable<string> Rename(TableName table, Dictionary<string, ColumnSchema> current, RenameColumn rename)
    {
        yield return $"ALTER TABLE {PostgresSql.QuoteTable(table)} RENAME COLUMN {PostgresSql.Quote(rename.From)} TO {PostgresSql.Quote(rename.To)}";
        if (!current.Remove(rename.From, out var column))
        {
            yield break;
        }
        var renamed = column with { Name = rename.To };
        current[rename.To] = renamed;
        if (column.Type.Kind == ColumnKind.Enum)
        {
            yield return PostgresEnumRenderer.Rename(table, rename.From, rename.To);
        }
        var newNames = PostgresCheckRenderer.For(table, renamed).Select(c => c.Name).ToArray();
        var oldNames = PostgresCheckRenderer.For(table, column).Select(c => c.Name).ToArray();
        for (var i = 0; i < oldNames.Length; i++)
        {
            yield return $"ALTER TABLE {PostgresSql.QuoteTable(table)} RENAME CONSTRAINT {PostgresSql.Quote(oldNames[i])} TO {PostgresSql.Quote(newNames[i])}";
        }
    }

    /// <summary>
    /// Columns that leave the primary key keep the NOT NULL the key gave them; drop it where the spec allows null
    /// (columns that an <see cref="AlterColumn"/> of the same step handles are covered there too, harmlessly).
    /// </summary>
    private static IEnumerable<string> ReleaseFormerKeyColumns(AlterTable alter, AlterPrimaryKey? primaryKey)
    {
        if (primaryKey is null)
        {
            yield break;
        }
        var kept = alter.KeptColumns();
        foreach (var oldName in primaryKey.Before)
        {
            if (kept.TryGetValue(oldName, out var newName) && !primaryKey.After.Contains(newName)
                && alter.After.FindColumn(newName) is { Nullable: true, Identity: false })
            {
                yield return $"ALTER TABLE {PostgresSql.QuoteTable(alter.After.Name)} ALTER COLUMN {PostgresSql.Quote(newName)} DROP NOT NULL";
            }
        }
    }
}
