namespace Basalt.Sql.Introspection;

/// <summary>Lists every difference between an expected and an actual <see cref="PhysicalSchema"/>, in a stable order.</summary>
public static class PhysicalSchemaComparer
{
    public static IReadOnlyList<SchemaDrift> Compare(PhysicalSchema expected, PhysicalSchema actual)
    {
        var drifts = new List<SchemaDrift>();
        var actualTables = actual.Tables.ToDictionary(t => t.Name);
        foreach (var table in expected.Tables)
        {
            if (!actualTables.Remove(table.Name, out var live))
            {
                drifts.Add(new(table.Name, "table is missing"));
                continue;
            }
            CompareTable(table, live, drifts);
        }
        drifts.AddRange(actualTables.Keys.Order(StringComparer.Ordinal).Select(name => new SchemaDrift(name, "table exists but is not in the spec")));
        CompareNamed(expected.Enums, actual.Enums, e => e.Name, "enum type", (e, a) =>
            e.Values.SequenceEqual(a.Values) ? null : $"values ({string.Join(", ", a.Values)}), expected ({string.Join(", ", e.Values)})", "", drifts);
        return drifts;
    }

    private static void CompareTable(PhysicalTable expected, PhysicalTable actual, List<SchemaDrift> drifts)
    {
        var t = expected.Name;
        CompareNamed(expected.Columns, actual.Columns, c => c.Name, "column", CompareColumn, t + ".", drifts);
        if (!expected.PrimaryKey.SequenceEqual(actual.PrimaryKey))
        {
            drifts.Add(new(t, $"primary key ({string.Join(", ", actual.PrimaryKey)}), expected ({string.Join(", ", expected.PrimaryKey)})"));
        }
        CompareNamed(expected.Indexes, actual.Indexes, i => i.Name, "index", (e, a) =>
            e.Columns.SequenceEqual(a.Columns) && e.Unique == a.Unique ? null
                : $"is ({string.Join(", ", a.Columns)}){(a.Unique ? " unique" : "")}, expected ({string.Join(", ", e.Columns)}){(e.Unique ? " unique" : "")}", t + ".", drifts);
        CompareNamed(expected.ForeignKeys, actual.ForeignKeys, f => f.Name, "foreign key", (e, a) =>
            e.Columns.SequenceEqual(a.Columns) && e.RefTable == a.RefTable && e.RefColumns.SequenceEqual(a.RefColumns) && e.OnDelete == a.OnDelete ? null
                : $"references {a.RefTable}({string.Join(", ", a.RefColumns)}) on delete {a.OnDelete}, expected {e.RefTable}({string.Join(", ", e.RefColumns)}) on delete {e.OnDelete}", t + ".", drifts);
        CompareNamed(expected.Checks, actual.Checks, c => c.Name, "check", (e, a) =>
            e.Expression is null || a.Expression is null || e.Expression == a.Expression ? null : $"is {a.Expression}, expected {e.Expression}", t + ".", drifts);
    }

    private static string? CompareColumn(PhysicalColumn e, PhysicalColumn a)
    {
        var problems = new List<string>();
        if (e.StoreType != a.StoreType)
        {
            problems.Add($"type {a.StoreType}, expected {e.StoreType}");
        }
        if (e.NotNull != a.NotNull)
        {
            problems.Add(e.NotNull ? "allows null, expected not null" : "is not null, expected nullable");
        }
        if (e.Default != a.Default)
        {
            problems.Add($"default {a.Default ?? "none"}, expected {e.Default ?? "none"}");
        }
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static void CompareNamed<T>(
        IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, string> name, string what,
        Func<T, T, string?> compare, string prefix, List<SchemaDrift> drifts)
    {
        var live = actual.ToDictionary(name);
        foreach (var item in expected)
        {
            if (!live.Remove(name(item), out var found))
            {
                drifts.Add(new(prefix + name(item), $"{what} is missing"));
            }
            else if (compare(item, found) is { } problem)
            {
                drifts.Add(new(prefix + name(item), $"{what} {problem}"));
            }
        }
        drifts.AddRange(live.Keys.Order(StringComparer.Ordinal).Select(n => new SchemaDrift(prefix + n, $"{what} exists but is not in the spec")));
    }
}
