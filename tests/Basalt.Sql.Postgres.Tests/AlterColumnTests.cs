using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

public sealed class AlterColumnTests : AlterTest
{
    [Fact]
    public async Task Added_columns_fill_existing_rows_with_their_default_and_roll_back()
    {
        await CreateItemsAsync();
        var price = new ColumnSchema("price", Types.Numeric(8, 2)) { Default = ColumnDefault.Literal("1.25"), Min = 0 };
        var size = new ColumnSchema("size", Types.Enum("s", "m", "l")) { Default = ColumnDefault.Literal("\"m\"") };
        var after = BaseItems with { Columns = [.. BaseItems.Columns, price, size] };

        var alter = await AlterAsync(BaseItems, after, new AddColumn(price), new AddColumn(size));

        Assert.Equal(["bolt 1.25 m", "nut 1.25 m", "washer 1.25 m"], await RowsAsync("name || ' ' || price || ' ' || size"));
        Assert.Equal("items_price_range", (await FailsAsync("UPDATE items SET price = -1")).ConstraintName);
        await RevertAsync(alter);
        Assert.Equal(["bolt 10", "nut 20", "washer 30"], await RowsAsync("name || ' ' || qty"));
    }

    [Fact]
    public async Task Dropped_columns_take_their_enum_type_and_roll_back_empty()
    {
        await CreateItemsAsync();
        var after = BaseItems with { Columns = BaseItems.Columns.Where(c => c.Name is not ("note" or "state")).ToArray() };

        var alter = await AlterAsync(BaseItems, after, new DropColumn(BaseItems.Column("note")), new DropColumn(BaseItems.Column("state")));

        Assert.Equal(["bolt", "nut", "washer"], await RowsAsync());
        await RevertAsync(alter);
        Assert.Equal(["bolt null new", "nut null new", "washer null new"], await RowsAsync("name || ' ' || coalesce(note, 'null') || ' ' || state"));
    }

    [Fact]
    public async Task Renamed_columns_keep_values_and_carry_their_enum_type_and_checks()
    {
        await CreateItemsAsync();
        var after = BaseItems with
        {
            Columns = BaseItems.Columns.Select(c => c.Name switch
            {
                "state" => c with { Name = "phase", RenamedFrom = "state" },
                "code" => c with { Name = "sku", RenamedFrom = "code" },
                _ => c,
            }).ToArray(),
        };

        var alter = await AlterAsync(BaseItems, after, new RenameColumn("state", "phase"), new RenameColumn("code", "sku"));

        Assert.Equal(["new BT", "used NT", "new -"], await RowsAsync("phase || ' ' || coalesce(sku, '-')"));
        Assert.Equal("items_sku_pattern", (await FailsAsync("UPDATE items SET sku = 'lower'")).ConstraintName);
        Assert.Equal(["items_phase"], (await IntrospectAsync()).Enums.Select(e => e.Name));
        await RevertAsync(alter);
        Assert.Equal(["new BT", "used NT", "new -"], await RowsAsync("state || ' ' || coalesce(code, '-')"));
    }

    [Fact]
    public async Task Integer_widens_to_bigint_and_narrows_back_when_values_fit()
    {
        await CreateItemsAsync();
        var after = WithColumn(BaseItems, "qty", c => c with { Type = Types.BigInt });

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "qty"));
        await ExecuteAsync("INSERT INTO items (name, qty) VALUES ('big', 5000000000)");

        var tooBig = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => MigrateAsync(alter.Invert()));
        Assert.Equal("22003", tooBig.SqlState);
        await AssertNoDriftAsync(after);
        await ExecuteAsync("DELETE FROM items WHERE name = 'big'");
        await RevertAsync(alter);
        Assert.Equal(["10", "20", "30"], await RowsAsync("qty"));
    }

    [Fact]
    public async Task An_identity_column_narrows_and_widens_and_keeps_counting()
    {
        await CreateItemsAsync();
        var after = WithColumn(BaseItems, "id", c => c with { Type = Types.Integer });

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "id"));
        await ExecuteAsync("INSERT INTO items (name) VALUES ('spring')");
        await RevertAsync(alter);
        await ExecuteAsync("INSERT INTO items (name) VALUES ('gear')");

        Assert.Equal(["1 bolt", "2 nut", "3 washer", "4 spring", "5 gear"], await RowsAsync("id || ' ' || name"));
    }

    [Fact]
    public async Task A_nullable_column_becomes_required_and_back()
    {
        await CreateItemsAsync();
        var after = WithColumn(BaseItems, "note", c => c with { Nullable = false });

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "note"));

        Assert.Equal("23502", (await FailsAsync("UPDATE items SET note = NULL")).SqlState);
        await RevertAsync(alter);
        await ExecuteAsync("UPDATE items SET note = NULL WHERE name = 'nut'");
        Assert.Equal(["steel", "null", "zinc"], await RowsAsync("note"));
    }

    [Fact]
    public async Task A_required_column_becomes_nullable_and_back_once_nulls_are_gone()
    {
        await CreateItemsAsync();
        var after = WithColumn(BaseItems, "name", c => c with { Nullable = true });

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "name"));
        await ExecuteAsync("INSERT INTO items (name) VALUES (NULL)");

        Assert.Equal("23502", (await Assert.ThrowsAsync<Npgsql.PostgresException>(() => MigrateAsync(alter.Invert()))).SqlState);
        await ExecuteAsync("DELETE FROM items WHERE name IS NULL");
        await RevertAsync(alter);
        Assert.Equal(["bolt", "nut", "washer"], await RowsAsync());
    }

    [Fact]
    public async Task Defaults_are_changed_and_dropped()
    {
        await CreateItemsAsync();
        var changed = WithColumn(BaseItems, "qty", c => c with { Default = ColumnDefault.Literal("5") });
        var dropped = WithColumn(BaseItems, "state", c => c with { Default = null });

        var first = await AlterAsync(BaseItems, changed, Alter(BaseItems, changed, "qty"));
        await ExecuteAsync("INSERT INTO items (name) VALUES ('five')");
        await RevertAsync(first);
        var second = await AlterAsync(BaseItems, dropped, Alter(BaseItems, dropped, "state"));

        Assert.Equal("23502", (await FailsAsync("INSERT INTO items (name) VALUES ('stateless')")).SqlState);
        await RevertAsync(second);
        Assert.Equal(["10", "20", "30", "5"], await RowsAsync("qty"));
    }

    [Fact]
    public async Task Identity_added_to_a_populated_column_continues_after_its_highest_value()
    {
        var counters = new TableSchema(TableName.Public("counters"), [new ColumnSchema("id", Types.Integer), new ColumnSchema("label", Types.Text)])
        {
            PrimaryKey = ["id"],
        };
        await CreateAsync(new DatabaseSchema([counters]));
        await ExecuteAsync("INSERT INTO counters VALUES (1, 'a'), (7, 'b')");
        var after = WithColumn(counters, "id", c => c with { Identity = true });

        var alter = await AlterAsync(counters, after, Alter(counters, after, "id"));
        await ExecuteAsync("INSERT INTO counters (label) VALUES ('c')");

        Assert.Equal(["1", "7", "8"], await ColumnAsync("SELECT id FROM counters ORDER BY id"));
        await RevertAsync(alter);
        Assert.Equal("23502", (await FailsAsync("INSERT INTO counters (label) VALUES ('d')")).SqlState);
    }

    [Fact]
    public async Task Text_becomes_an_enum_and_back()
    {
        await CreateItemsAsync();
        var after = WithColumn(BaseItems, "note", c => c with { Type = Types.Enum("steel", "brass", "zinc") });

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "note"));

        Assert.Equal("22P02", (await FailsAsync("UPDATE items SET note = 'wood'")).SqlState);
        await RevertAsync(alter);
        Assert.Equal(["steel", "brass", "zinc"], await RowsAsync("note"));
    }

    [Fact]
    public async Task Changed_value_checks_are_replaced()
    {
        await CreateItemsAsync();
        var after = WithColumn(WithColumn(WithColumn(BaseItems,
            "name", c => c with { MaxLength = 10 }),
            "qty", c => c with { Min = 0, Max = 1000 }),
            "code", c => c with { Pattern = "^[A-Z]{2}$", MinLength = null, Check = "code <> 'XX'" });

        var alter = await AlterAsync(BaseItems, after, Alter(BaseItems, after, "name"), Alter(BaseItems, after, "qty"), Alter(BaseItems, after, "code"));

        Assert.Equal("items_name_length", (await FailsAsync("UPDATE items SET name = 'eleven chars'")).ConstraintName);
        Assert.Equal("items_qty_range", (await FailsAsync("UPDATE items SET qty = 1001")).ConstraintName);
        Assert.Equal("items_code_check", (await FailsAsync("UPDATE items SET code = 'XX'")).ConstraintName);
        await RevertAsync(alter);
        await ExecuteAsync("UPDATE items SET qty = 1001, code = 'ABC' WHERE name = 'bolt'");
        Assert.Equal("items_code_length", (await FailsAsync("UPDATE items SET code = 'A'")).ConstraintName);
    }

    [Fact]
    public async Task Changes_listed_in_any_order_are_applied_in_a_working_order()
    {
        await CreateItemsAsync();
        var weight = new ColumnSchema("weight", Types.Integer) { Nullable = true };
        var index = new IndexSchema("items_weight_idx", [new IndexColumn("weight")]);
        var after = BaseItems with { Columns = [.. BaseItems.Columns, weight], Indexes = [index] };

        var alter = await AlterAsync(BaseItems, after, new AddIndex(index), new AddColumn(weight));

        await RevertAsync(alter);
    }

    [Fact]
    public async Task The_primary_key_moves_and_a_column_that_leaves_it_is_nullable_again()
    {
        await CreateItemsAsync();
        var after = BaseItems with { PrimaryKey = ["name", "note"] };

        var alter = await AlterAsync(BaseItems, after, new AlterPrimaryKey(["id"], ["name", "note"]));

        Assert.Equal("23505", (await FailsAsync("INSERT INTO items (id, name, note) VALUES (99, 'bolt', 'steel')")).SqlState);
        await RevertAsync(alter);
        await ExecuteAsync("INSERT INTO items (id, name, note) VALUES (99, 'bolt', NULL)");
        Assert.Equal("23505", (await FailsAsync("INSERT INTO items (id, name) VALUES (99, 'again')")).SqlState);
    }
}
