using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

public sealed class AlterConstraintTests : AlterTest
{
    private static readonly TableSchema Owners = new(TableName.Public("owners"), [new ColumnSchema("id", Types.Integer)]) { PrimaryKey = ["id"] };

    [Fact]
    public async Task Indexes_are_added_and_dropped()
    {
        await CreateItemsAsync();
        IndexSchema[] indexes =
        [
            new("items_name_idx", [new IndexColumn("name")]),
            new("items_qty_name_idx", [new IndexColumn("qty", Descending: true), new IndexColumn("name")], Unique: true),
            new("items_name_note_idx", [new IndexColumn("name"), new IndexColumn("note")], IndexKind.FullText),
        ];
        var after = BaseItems with { Indexes = indexes };

        var alter = await AlterAsync(BaseItems, after, indexes.Select(i => (TableChange)new AddIndex(i)).ToArray());

        Assert.Equal("23505", (await FailsAsync("INSERT INTO items (name, qty) VALUES ('bolt', 10)")).SqlState);
        await RevertAsync(alter);
        await ExecuteAsync("INSERT INTO items (name, qty) VALUES ('bolt', 10)");
    }

    [Fact]
    public async Task Unique_constraints_are_added_and_dropped()
    {
        await CreateItemsAsync();
        var unique = new UniqueConstraint("items_name_key", ["name"]);
        var after = BaseItems with { Uniques = [unique] };

        var alter = await AlterAsync(BaseItems, after, new AddUnique(unique));

        Assert.Equal("items_name_key", (await FailsAsync("INSERT INTO items (name) VALUES ('nut')")).ConstraintName);
        await RevertAsync(alter);
        await ExecuteAsync("INSERT INTO items (name) VALUES ('nut')");
    }

    [Fact]
    public async Task A_unique_constraint_that_rows_violate_fails_and_changes_nothing()
    {
        await CreateItemsAsync();
        await ExecuteAsync("INSERT INTO items (name) VALUES ('nut')");
        var unique = new UniqueConstraint("items_name_key", ["name"]);

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            MigrateAsync(new AlterTable(BaseItems, BaseItems with { Uniques = [unique] }, [new AddUnique(unique)])));

        Assert.Equal("23505", error.SqlState);
        await AssertNoDriftAsync(BaseItems);
    }

    [Fact]
    public async Task Foreign_keys_are_added_and_dropped_with_rows_present()
    {
        var before = BaseItems with { Columns = [.. BaseItems.Columns, new ColumnSchema("owner_id", Types.Integer) { Nullable = true }] };
        await CreateAsync(new DatabaseSchema([Owners]));
        await CreateItemsAsync(before);
        await ExecuteAsync("INSERT INTO owners VALUES (1); UPDATE items SET owner_id = 1 WHERE name = 'bolt'");
        var key = new ForeignKey("items_owner_id_fkey", ["owner_id"], Owners.Name, ["id"], ReferentialAction.SetNull);
        var after = before with { ForeignKeys = [key] };

        var alter = new AlterTable(before, after, [new AddForeignKey(key)]);
        await MigrateAsync(alter);
        await AssertNoDriftAsync(Owners, after);

        Assert.Equal("items_owner_id_fkey", (await FailsAsync("UPDATE items SET owner_id = 2")).ConstraintName);
        await ExecuteAsync("DELETE FROM owners");
        Assert.Equal(["null", "null", "null"], await RowsAsync("owner_id"));
        await MigrateAsync(alter.Invert());
        await AssertNoDriftAsync(Owners, before);
        await ExecuteAsync("UPDATE items SET owner_id = 2");
    }

    [Fact]
    public async Task A_foreign_key_that_rows_violate_fails_and_changes_nothing()
    {
        var before = BaseItems with { Columns = [.. BaseItems.Columns, new ColumnSchema("owner_id", Types.Integer) { Nullable = true }] };
        await CreateAsync(new DatabaseSchema([Owners]));
        await CreateItemsAsync(before);
        await ExecuteAsync("UPDATE items SET owner_id = 5");
        var key = new ForeignKey("items_owner_id_fkey", ["owner_id"], Owners.Name, ["id"]);

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            MigrateAsync(new AlterTable(before, before with { ForeignKeys = [key] }, [new AddForeignKey(key)])));

        Assert.Equal("23503", error.SqlState);
        await AssertNoDriftAsync(Owners, before);
    }
}
