using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Postgres.Tests.Support;

/// <summary>
/// Round trips of <see cref="AlterTable"/> on a populated table: apply, compare with Expected(after), apply the
/// inverse, compare with Expected(before).
/// </summary>
public abstract class AlterTest : PostgresTest
{
    protected static readonly TableName Items = TableName.Public("items");

    protected static TableSchema BaseItems { get; } = new(Items,
    [
        new ColumnSchema("id", Types.BigInt) { Identity = true },
        new ColumnSchema("name", Types.Text) { MaxLength = 100 },
        new ColumnSchema("qty", Types.Integer) { Default = ColumnDefault.Literal("0") },
        new ColumnSchema("note", Types.Text) { Nullable = true },
        new ColumnSchema("state", Types.Enum("new", "used")) { Default = ColumnDefault.Literal("\"new\"") },
        new ColumnSchema("code", Types.Text) { Nullable = true, Pattern = "^[A-Z]+$", MinLength = 2 },
    ])
    {
        PrimaryKey = ["id"],
    };

    /// <summary>Creates <see cref="BaseItems"/> (or <paramref name="table"/>) with three rows.</summary>
    protected async Task CreateItemsAsync(TableSchema? table = null)
    {
        await CreateAsync(new DatabaseSchema([table ?? BaseItems]));
        await ExecuteAsync("""
            INSERT INTO items (name, qty, note, state, code) VALUES
                ('bolt', 10, 'steel', 'new', 'BT'), ('nut', 20, 'brass', 'used', 'NT'), ('washer', 30, 'zinc', 'new', NULL)
            """);
    }

    protected static TableSchema WithColumn(TableSchema table, string name, Func<ColumnSchema, ColumnSchema> change) =>
        table with { Columns = table.Columns.Select(c => c.Name == name ? change(c) : c).ToArray() };

    protected static AlterColumn Alter(TableSchema before, TableSchema after, string name) => new(before.Column(name), after.Column(name));

    /// <summary>Applies the change and checks the database matches <paramref name="after"/>.</summary>
    protected async Task<AlterTable> AlterAsync(TableSchema before, TableSchema after, params TableChange[] changes)
    {
        var alter = new AlterTable(before, after, changes);
        await MigrateAsync(alter);
        await AssertNoDriftAsync(after);
        return alter;
    }

    /// <summary>Applies the inverse and checks the database matches the table before the change.</summary>
    protected async Task RevertAsync(AlterTable alter)
    {
        await MigrateAsync(alter.Invert());
        await AssertNoDriftAsync(alter.Before);
    }

    protected Task<List<string>> RowsAsync(string expression = "name") => ColumnAsync($"SELECT {expression} FROM items ORDER BY id");
}
