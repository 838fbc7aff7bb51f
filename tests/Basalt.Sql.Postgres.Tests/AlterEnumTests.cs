using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

public sealed class AlterEnumTests : AlterTest
{
    private static TableSchema WithStates(params string[] values) => WithColumn(BaseItems, "state", c => c with { Type = Types.Enum(values) });

    [Fact]
    public async Task Appended_labels_are_added_in_place_inside_the_migration_transaction_and_usable_after_it()
    {
        await CreateItemsAsync();
        var after = WithStates("new", "used", "broken");
        var change = Alter(BaseItems, after, "state");
        Assert.Contains("ALTER TYPE \"items_state\" ADD VALUE 'broken' AFTER 'used'", Dialect.RenderMigration([new AlterTable(BaseItems, after, [change])]));

        var alter = await AlterAsync(BaseItems, after, change);
        await ExecuteAsync("UPDATE items SET state = 'broken' WHERE name = 'nut'");

        Assert.Equal(["new", "broken", "new"], await RowsAsync("state"));
        await ExecuteAsync("UPDATE items SET state = 'used' WHERE name = 'nut'");
        await RevertAsync(alter);
        Assert.Equal(["new", "used", "new"], await RowsAsync("state"));
        Assert.Equal("22P02", (await FailsAsync("UPDATE items SET state = 'broken'")).SqlState);
    }

    [Fact]
    public async Task Inserted_labels_take_their_declared_position()
    {
        await CreateItemsAsync();
        var after = WithStates("fresh", "new", "refurbished", "used", "scrap");

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "state"));

        Assert.Equal(["fresh", "new", "refurbished", "used", "scrap"], (await IntrospectAsync()).Enums.Single().Values);
        Assert.Equal(["new", "new", "used"], await ColumnAsync("SELECT state FROM items ORDER BY state, id"));
        await RevertAsync(alter);
    }

    [Fact]
    public async Task Reordered_labels_rebuild_the_type_keeping_rows_and_default()
    {
        await CreateItemsAsync();
        var after = WithStates("used", "new");

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "state"));
        await ExecuteAsync("INSERT INTO items (name) VALUES ('defaulted')");

        Assert.Equal(["used", "new", "new", "new"], await ColumnAsync("SELECT state FROM items ORDER BY state, id"));
        await RevertAsync(alter);
        Assert.Equal(["new", "used", "new", "new"], await RowsAsync("state"));
    }

    [Fact]
    public async Task Removing_a_label_that_rows_still_hold_fails_and_changes_nothing()
    {
        await CreateItemsAsync();
        var after = WithStates("new");

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => MigrateAsync(new AlterTable(BaseItems, after, [Alter(BaseItems, after, "state")])));

        Assert.Equal("22P02", error.SqlState);
        await AssertNoDriftAsync(BaseItems);
        await ExecuteAsync("DELETE FROM items WHERE state = 'used'");
        await AlterAsync(BaseItems, after, Alter(BaseItems, after, "state"));
    }

    [Fact]
    public async Task A_new_label_that_becomes_the_default_in_the_same_change_works()
    {
        await CreateItemsAsync();
        var after = WithColumn(BaseItems, "state", c => c with
        {
            Type = Types.Enum("new", "used", "archived"),
            Default = ColumnDefault.Literal("\"archived\""),
        });

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "state"));
        await ExecuteAsync("INSERT INTO items (name) VALUES ('old stock')");

        Assert.Equal(["new", "used", "new", "archived"], await RowsAsync("state"));
        await ExecuteAsync("DELETE FROM items WHERE state = 'archived'");
        await RevertAsync(alter);
    }

    [Fact]
    public async Task Enum_array_columns_gain_and_lose_labels()
    {
        var table = new TableSchema(TableName.Public("boxes"),
        [
            new ColumnSchema("id", Types.Integer),
            new ColumnSchema("colors", new ColumnType(ColumnKind.Enum, IsArray: true, EnumValues: ["red", "blue"])) { Default = ColumnDefault.Literal("[\"red\"]") },
        ]) { PrimaryKey = ["id"] };
        await CreateAsync(new DatabaseSchema([table]));
        await ExecuteAsync("INSERT INTO boxes VALUES (1, '{red,blue}')");
        var after = WithColumn(table, "colors", c => c with { Type = c.Type with { EnumValues = ["blue", "red", "green"] } });

        var alter = await AlterAsync(table, after, Alter(table, after, "colors"));
        await ExecuteAsync("INSERT INTO boxes (id) VALUES (2)");

        Assert.Equal(["{red,blue}", "{red}"], await ColumnAsync("SELECT colors::text FROM boxes ORDER BY id"));
        await RevertAsync(alter);
        Assert.Equal(["{red,blue}", "{red}"], await ColumnAsync("SELECT colors::text FROM boxes ORDER BY id"));
    }

    [Fact]
    public async Task A_renamed_enum_column_gains_labels_in_the_same_change()
    {
        await CreateItemsAsync();
        var after = BaseItems with
        {
            Columns = BaseItems.Columns.Select(c => c.Name == "state"
                ? c with { Name = "phase", RenamedFrom = "state", Type = Types.Enum("new", "used", "lost") }
                : c).ToArray(),
        };

        var alter = await AlterAsync(BaseItems, after,
            new AlterColumn(BaseItems.Column("state"), after.Column("phase")), new RenameColumn("state", "phase"));
        await ExecuteAsync("UPDATE items SET phase = 'lost' WHERE name = 'bolt'");

        Assert.Equal(["lost", "used", "new"], await RowsAsync("phase::text"));
        await ExecuteAsync("UPDATE items SET phase = 'new' WHERE name = 'bolt'");
        await RevertAsync(alter);
        Assert.Equal(["new", "used", "new"], await RowsAsync("state::text"));
    }
}
