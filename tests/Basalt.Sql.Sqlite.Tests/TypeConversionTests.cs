using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using static Basalt.Sql.Sqlite.Tests.TestSchemas;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>A rebuild carries values into a new type the way PostgreSQL's casts would spell them.</summary>
public sealed class TypeConversionTests
{
    private static AlterTable Retype(params (string Column, ColumnType Type)[] changes)
    {
        var before = SamplesTable;
        var after = before with
        {
            Columns = before.Columns.Select(c => changes.FirstOrDefault(x => x.Column == c.Name) is { Column: not null } x ? c with { Type = x.Type } : c).ToArray(),
        };
        return new AlterTable(before, after, changes.Select(x => (TableChange)new AlterColumn(before.Column(x.Column), after.Column(x.Column))).ToArray());
    }

    [Fact]
    public async Task Widening_conversions_keep_every_value_in_the_new_form()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(Blog);
        await db.ExecuteAsync("""
            INSERT INTO samples (flag, day, stamp, int, small, ratio, doc) VALUES
                (1, '2024-01-15', '2024-01-15 10:30:00', 42, -7, 0.25, '{"a":1}'),
                (0, NULL, NULL, NULL, NULL, NULL, NULL)
            """);
        var alter = Retype(
            ("flag", new ColumnType(ColumnKind.Text)),
            ("day", new ColumnType(ColumnKind.TimestampTz)),
            ("stamp", new ColumnType(ColumnKind.TimestampTz)),
            ("int", new ColumnType(ColumnKind.Text)),
            ("small", new ColumnType(ColumnKind.Double)),
            ("ratio", new ColumnType(ColumnKind.Text)),
            ("doc", new ColumnType(ColumnKind.Json)));

        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(new DatabaseSchema(Blog.Tables.Select(t => t.Name == Samples ? alter.After : t).ToArray())));
        var rows = await db.RowsAsync("SELECT flag, day, stamp, int, small, typeof(small), ratio, doc FROM samples ORDER BY id");
        Assert.Equal(new object?[] { "true", "2024-01-15T00:00:00.000Z", "2024-01-15T10:30:00.000Z", "42", -7.0, "real", "0.25", "{\"a\":1}" }, rows[0]);
        Assert.Equal(new object?[] { "false", null, null, null, null, "null", null, null }, rows[1]);
    }

    [Fact]
    public async Task Text_becomes_boolean_when_it_spells_one_and_fails_otherwise()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(Blog);
        await db.ExecuteAsync("INSERT INTO samples (nick) VALUES ('true'), ('false'), (NULL)");
        var nickIsText = SamplesTable.Column("nick");
        var after = SamplesTable with { Columns = SamplesTable.Columns.Select(c => c.Name == "nick" ? Col("nick", ColumnKind.Boolean) with { Nullable = true } : c).ToArray() };
        var alter = new AlterTable(SamplesTable, after, [new AlterColumn(nickIsText, after.Column("nick"))]);

        await db.MigrateAsync(alter);

        Assert.Equal(new object?[] { 1L, 0L, null }, (await db.RowsAsync("SELECT nick FROM samples ORDER BY id")).Select(r => r[0]));
        await db.ExecuteAsync("UPDATE samples SET nick = NULL");
        await db.MigrateAsync(alter.Invert());
        await db.ExecuteAsync("INSERT INTO samples (nick) VALUES ('maybe')");
        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.MigrateAsync(alter));
        Assert.Contains("cannot store TEXT value in INTEGER column", error.Message, StringComparison.Ordinal);
    }
}
