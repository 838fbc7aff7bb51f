using Basalt.Migrations.Diffing;
using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Migrations.Tests;

public sealed class SchemaDifferTests
{
    private static readonly ColumnType BigInt = new(ColumnKind.BigInt);
    private static readonly ColumnType Text = new(ColumnKind.Text);

    private static TableSchema Table(string name, params ColumnSchema[] columns) =>
        new(TableName.Public(name), columns) { PrimaryKey = [columns[0].Name] };

    private static ColumnSchema Id => new("id", BigInt) { Identity = true };

    [Fact]
    public void A_schema_diffed_with_itself_gives_no_operations()
    {
        var schema = new DatabaseSchema([.. SystemTables.All, Table("posts", Id, new ColumnSchema("title", Text))]);
        Assert.Empty(SchemaDiffer.Diff(schema, schema));
    }

    [Fact]
    public void A_snapshot_round_trip_diffs_as_unchanged()
    {
        var schema = new DatabaseSchema([.. SystemTables.All, Table("posts", Id, new ColumnSchema("title", Text) { MaxLength = 200, Default = ColumnDefault.Literal("\"x\"") })]);
        var json = SchemaSnapshot.Serialize(schema);
        var reloaded = SchemaSnapshot.Deserialize(json);
        Assert.Empty(SchemaDiffer.Diff(schema, reloaded));
        Assert.DoesNotContain("user_tables", json, StringComparison.Ordinal);
        Assert.DoesNotContain("spec_name", json, StringComparison.Ordinal);
        Assert.Equal(json, SchemaSnapshot.Serialize(reloaded));
    }

    [Fact]
    public void New_tables_are_created_parents_first_and_dropped_children_first()
    {
        var parent = Table("authors", Id);
        var child = Table("books", Id, new ColumnSchema("author_id", BigInt)) with
        {
            ForeignKeys = [new ForeignKey("books_author_id_fkey", ["author_id"], TableName.Public("authors"), ["id"])],
        };
        var up = SchemaDiffer.Diff(DatabaseSchema.Empty, new DatabaseSchema([child, parent]));
        Assert.Equal(["authors", "books"], up.Select(o => o.Table.Name));
        Assert.All(up, o => Assert.IsType<CreateTable>(o));

        var down = SchemaDiffer.Diff(new DatabaseSchema([child, parent]), DatabaseSchema.Empty);
        Assert.Equal(["books", "authors"], down.Select(o => o.Table.Name));
        Assert.All(down, o => Assert.True(o.IsDestructive));
    }

    [Fact]
    public void Renamed_from_becomes_a_rename_not_a_drop_and_add()
    {
        var before = Table("posts", Id, new ColumnSchema("title", Text));
        var after = Table("posts", Id, new ColumnSchema("headline", Text) { RenamedFrom = "title" });
        var op = Assert.IsType<AlterTable>(Assert.Single(SchemaDiffer.Diff(new([before]), new([after]))));
        var rename = Assert.IsType<RenameColumn>(Assert.Single(op.Changes));
        Assert.Equal(("title", "headline"), (rename.From, rename.To));
        Assert.False(op.IsDestructive);
        Assert.Equal("headline", op.KeptColumns()["title"]);
    }

    [Fact]
    public void Renamed_from_is_ignored_once_the_rename_was_applied()
    {
        var after = Table("posts", Id, new ColumnSchema("headline", Text) { RenamedFrom = "title" });
        Assert.Empty(SchemaDiffer.Diff(new([after]), new([after])));
    }

    [Theory]
    [InlineData(ColumnKind.Integer, ColumnKind.BigInt, false)]
    [InlineData(ColumnKind.BigInt, ColumnKind.Integer, true)]
    [InlineData(ColumnKind.Integer, ColumnKind.Text, false)]
    [InlineData(ColumnKind.Text, ColumnKind.Integer, true)]
    [InlineData(ColumnKind.Real, ColumnKind.Double, false)]
    [InlineData(ColumnKind.Double, ColumnKind.Real, true)]
    public void Narrowing_a_type_is_destructive_and_widening_is_not(ColumnKind from, ColumnKind to, bool destructive)
    {
        var before = Table("t", Id, new ColumnSchema("v", new ColumnType(from)));
        var after = Table("t", Id, new ColumnSchema("v", new ColumnType(to)));
        var op = Assert.Single(SchemaDiffer.Diff(new([before]), new([after])));
        Assert.Equal(destructive, op.IsDestructive);
        Assert.IsType<AlterColumn>(Assert.Single(((AlterTable)op).Changes));
    }

    [Fact]
    public void Removing_an_enum_value_is_destructive_and_adding_one_is_not()
    {
        ColumnSchema Status(params string[] values) => new("status", new ColumnType(ColumnKind.Enum, EnumValues: values));
        var small = Table("t", Id, Status("a", "b"));
        var large = Table("t", Id, Status("a", "b", "c"));
        Assert.False(Assert.Single(SchemaDiffer.Diff(new([small]), new([large]))).IsDestructive);
        Assert.True(Assert.Single(SchemaDiffer.Diff(new([large]), new([small]))).IsDestructive);
    }

    [Fact]
    public void Dropping_a_column_is_destructive_and_its_inverse_says_values_are_not_restored()
    {
        var before = Table("t", Id, new ColumnSchema("note", Text));
        var after = Table("t", Id);
        var op = Assert.Single(SchemaDiffer.Diff(new([before]), new([after])));
        Assert.True(op.IsDestructive);
        Assert.Contains("without its former values", op.InverseCaveat, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_index_under_the_same_name_is_dropped_then_added_and_drops_come_before_adds()
    {
        var column = new ColumnSchema("title", Text);
        var before = Table("t", Id, column) with { Indexes = [new IndexSchema("t_idx", [new IndexColumn("title")])] };
        var after = Table("t", Id, column) with { Indexes = [new IndexSchema("t_idx", [new IndexColumn("title", Descending: true)])] };
        var op = Assert.IsType<AlterTable>(Assert.Single(SchemaDiffer.Diff(new([before]), new([after]))));
        Assert.Collection(op.Changes, c => Assert.IsType<DropIndex>(c), c => Assert.IsType<AddIndex>(c));
    }

    [Fact]
    public void Inverting_a_diff_gives_the_diff_in_the_other_direction()
    {
        var before = new DatabaseSchema([Table("a", Id, new ColumnSchema("x", Text)), Table("b", Id)]);
        var after = new DatabaseSchema([
            Table("a", Id, new ColumnSchema("y", Text) { RenamedFrom = "x", Nullable = true }) with { Uniques = [new UniqueConstraint("a_y_key", ["y"])] },
            Table("c", Id),
        ]);
        var inverse = SchemaDiffer.Invert(SchemaDiffer.Diff(before, after));
        Assert.Equal(["b", "a", "c"], inverse.Select(o => o.Table.Name));
        Assert.IsType<CreateTable>(inverse[0]);
        Assert.IsType<DropTable>(inverse[2]);
        var alter = Assert.IsType<AlterTable>(inverse[1]);
        Assert.Same(before.Tables[0], alter.After);
        Assert.Contains(alter.Changes, c => c is RenameColumn { From: "y", To: "x" });
        Assert.IsType<DropUnique>(alter.Changes[0]);
    }

    [Fact]
    public void Metadata_only_changes_produce_no_migration()
    {
        var before = Table("t", Id, new ColumnSchema("title", Text));
        var after = Table("t", Id, new ColumnSchema("title", Text) { Description = "shown in docs", Sensitive = false }) with
        {
            Policies = new TablePolicies(Select: new PolicyRule(new Dictionary<string, PolicyExpression> { ["*"] = new("true") })),
            Cache = new CacheSettings(TimeSpan.FromSeconds(30)),
        };
        Assert.Empty(SchemaDiffer.Diff(new([before]), new([after])));
    }
}
