using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

public sealed class SchemaCreationTests : PostgresTest
{
    [Fact]
    public async Task Blog_schema_migrates_without_drift()
    {
        await CreateAsync(BlogSchema.Schema);

        await AssertNoDriftAsync(BlogSchema.Schema);
    }

    [Fact]
    public async Task Introspection_reports_native_types_enums_keys_and_indexes()
    {
        await CreateAsync(BlogSchema.Schema);

        var live = await IntrospectAsync();

        Assert.Equal(["auth.users", "comments", "posts", "profiles"], live.Tables.Select(t => t.Name).Order(StringComparer.Ordinal));
        var posts = live.Tables.Single(t => t.Name == "posts");
        var types = posts.Columns.ToDictionary(c => c.Name, c => c.StoreType);
        Assert.Equal("bigint", types["id"]);
        Assert.Equal("posts_status", types["status"]);
        Assert.Equal("text[]", types["tags"]);
        Assert.Equal("timestamp with time zone", types["created_at"]);
        var defaults = posts.Columns.ToDictionary(c => c.Name, c => c.Default);
        Assert.Equal("identity", defaults["id"]);
        Assert.Equal("'draft'::posts_status", defaults["status"]);
        Assert.Equal("'{}'::text[]", defaults["tags"]);
        Assert.Equal("auth.uid()", defaults["author_id"]);
        Assert.Equal(["id"], posts.PrimaryKey);
        Assert.Contains(posts.Indexes, i => i.Name == "posts_title_body_idx" && i.Columns.SequenceEqual(["fulltext(title, body)"]));
        Assert.Contains(posts.Indexes, i => i.Name == "posts_author_id_created_at_idx" && i.Columns.SequenceEqual(["author_id", "created_at desc"]));
        Assert.Equal(["posts_title_length"], posts.Checks.Select(c => c.Name));
        var fk = Assert.Single(live.Tables.Single(t => t.Name == "profiles").ForeignKeys);
        Assert.Equal(("auth.users", "cascade"), (fk.RefTable, fk.OnDelete));
        var status = Assert.Single(live.Enums);
        Assert.Equal("posts_status", status.Name);
        Assert.Equal(["draft", "published"], status.Values);
    }

    [Fact]
    public void Migration_creates_the_auth_schema_and_uid_function_first_and_foreign_keys_last()
    {
        var statements = Dialect.RenderMigration(BlogSchema.Schema.Tables.Select(t => (SchemaOperation)new CreateTable(t)).ToArray());

        Assert.Equal("CREATE SCHEMA IF NOT EXISTS \"auth\"", statements[0]);
        Assert.StartsWith("CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid", statements[1], StringComparison.Ordinal);
        var lastCreate = statements.Select((s, i) => (s, i)).Last(x => x.s.StartsWith("CREATE TABLE", StringComparison.Ordinal)).i;
        var firstForeignKey = statements.Select((s, i) => (s, i)).First(x => x.s.Contains("FOREIGN KEY", StringComparison.Ordinal)).i;
        Assert.True(firstForeignKey > lastCreate);
        Assert.All(statements, s => Assert.False(s.TrimEnd().EndsWith(';')));
    }

    [Fact]
    public async Task Rendered_statements_survive_being_written_to_a_script_and_split_again()
    {
        var operations = BlogSchema.Schema.Tables.Append(ColumnTypeAndDefaultTests.AllTypes).Select(t => (SchemaOperation)new CreateTable(t)).ToArray();
        var statements = Dialect.RenderMigration(operations);

        var split = SqlScript.Split(string.Join(";\n", statements) + ";\n");

        Assert.Equal(statements, split);
        foreach (var statement in split)
        {
            await ExecuteAsync(statement);
        }
        await AssertNoDriftAsync(new DatabaseSchema([.. BlogSchema.Schema.Tables, ColumnTypeAndDefaultTests.AllTypes]));
    }

    [Fact]
    public async Task Tables_whose_foreign_keys_form_a_cycle_are_created_in_any_order()
    {
        var (a, b) = CyclicTables();

        await MigrateAsync(new CreateTable(b), new CreateTable(a));

        await AssertNoDriftAsync(a, b);
        await ExecuteAsync("INSERT INTO a (id) VALUES (1); INSERT INTO b (id, a_id) VALUES (1, 1); UPDATE a SET b_id = 1");
        var error = await FailsAsync("UPDATE a SET b_id = 2");
        Assert.Equal(("23503", "a_b_id_fkey"), (error.SqlState, error.ConstraintName));
    }

    [Fact]
    public async Task History_table_is_idempotent_and_not_introspected()
    {
        await ExecuteAsync(Dialect.HistoryTableDdl);
        await ExecuteAsync(Dialect.HistoryTableDdl);
        await ExecuteAsync("INSERT INTO _basalt_migrations VALUES (1, 'init', 'x', '2024-01-01', '{}', '')");

        await AssertNoDriftAsync(DatabaseSchema.Empty);
    }

    [Fact]
    public void Identifiers_and_tables_are_quoted()
    {
        Assert.Equal("\"posts\"", Dialect.QuoteTable(TableName.Public("posts")));
        Assert.Equal("\"auth\".\"users\"", Dialect.QuoteTable(SystemTables.AuthUsersName));
        Assert.Equal("\"we\"\"ird\"", Dialect.QuoteIdentifier("we\"ird"));
    }

    [Fact]
    public async Task Names_longer_than_postgres_allows_are_expected_as_postgres_truncates_them()
    {
        var longColumn = "a_column_name_that_is_long_enough_to_push_derived_names_past_63";
        var table = new TableSchema(TableName.Public("a_table_with_a_long_name"),
        [
            new ColumnSchema("id", Types.Integer),
            new ColumnSchema(longColumn, Types.Enum("x", "y")) { Default = ColumnDefault.Literal("\"x\"") },
            new ColumnSchema("label", Types.Text) { MaxLength = 10, Pattern = "^[a-z]*$" },
        ])
        {
            PrimaryKey = ["id"],
            Indexes = [new IndexSchema("a_table_with_a_long_name_" + longColumn + "_idx", [new IndexColumn(longColumn)])],
        };

        await CreateAsync(new DatabaseSchema([table]));

        await AssertNoDriftAsync(table);
    }

    [Fact]
    public async Task Creating_a_table_with_an_auth_uid_default_installs_auth_uid()
    {
        var table = new TableSchema(TableName.Public("notes"),
        [
            new ColumnSchema("id", Types.BigInt) { Identity = true },
            new ColumnSchema("owner", Types.Uuid) { Nullable = true, Default = ColumnDefault.AuthUid },
        ]) { PrimaryKey = ["id"] };

        await CreateAsync(new DatabaseSchema([table]));
        await ExecuteAsync("SELECT set_config('request.jwt.claim.sub', '0b7c1d6e-0000-4000-8000-000000000001', false); INSERT INTO notes DEFAULT VALUES");

        Assert.Equal(Guid.Parse("0b7c1d6e-0000-4000-8000-000000000001"), await ScalarAsync<Guid>("SELECT owner FROM notes"));
        await AssertNoDriftAsync(table);
    }

    [Fact]
    public async Task Tables_in_the_auth_schema_keep_their_enum_types_and_indexes_there()
    {
        var sessions = new TableSchema(new TableName("auth", "sessions"),
        [
            new ColumnSchema("id", Types.Uuid) { Default = ColumnDefault.GenRandomUuid },
            new ColumnSchema("user_id", Types.Uuid),
            new ColumnSchema("aal", Types.Enum("aal1", "aal2")) { Default = ColumnDefault.Literal("\"aal1\"") },
        ])
        {
            PrimaryKey = ["id"],
            ForeignKeys = [new ForeignKey("auth_sessions_user_id_fkey", ["user_id"], SystemTables.AuthUsersName, ["id"], ReferentialAction.Cascade)],
        };
        var index = new IndexSchema("auth_sessions_user_id_idx", [new IndexColumn("user_id")]);
        var indexed = sessions with { Indexes = [index] };
        var schema = new DatabaseSchema([SystemTables.AuthUsers, sessions]);
        await CreateAsync(schema);

        var live = await IntrospectAsync();
        var add = new AlterTable(sessions, indexed, [new AddIndex(index)]);
        await MigrateAsync(add);
        await AssertNoDriftAsync(SystemTables.AuthUsers, indexed);
        await MigrateAsync(add.Invert());

        await AssertNoDriftAsync(schema);
        Assert.Equal("auth.auth_sessions_aal", Assert.Single(live.Enums).Name);
        Assert.Equal("'aal1'::auth.auth_sessions_aal", live.Tables.Single(t => t.Name == "auth.sessions").Columns.Single(c => c.Name == "aal").Default);
        await MigrateAsync(new DropTable(sessions));
        await AssertNoDriftAsync(SystemTables.AuthUsers);
    }

    internal static (TableSchema A, TableSchema B) CyclicTables()
    {
        var a = new TableSchema(TableName.Public("a"),
            [new ColumnSchema("id", Types.Integer), new ColumnSchema("b_id", Types.Integer) { Nullable = true }])
        {
            PrimaryKey = ["id"],
            ForeignKeys = [new ForeignKey("a_b_id_fkey", ["b_id"], TableName.Public("b"), ["id"], ReferentialAction.SetNull)],
        };
        var b = new TableSchema(TableName.Public("b"),
            [new ColumnSchema("id", Types.Integer), new ColumnSchema("a_id", Types.Integer)])
        {
            PrimaryKey = ["id"],
            ForeignKeys = [new ForeignKey("b_a_id_fkey", ["a_id"], TableName.Public("a"), ["id"], ReferentialAction.Restrict)],
        };
        return (a, b);
    }
}
