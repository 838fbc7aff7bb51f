using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Sqlite.Tests;

public sealed class SchemaIntrospectionTests
{
    private static readonly SqliteDialect Dialect = SqliteDialect.Instance;

    [Fact]
    public async Task A_migrated_blog_schema_matches_its_expected_shape()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(TestSchemas.Blog);

        Assert.Empty(await db.DriftAsync(TestSchemas.Blog));
    }

    [Fact]
    public async Task Introspection_reads_names_types_keys_and_checks_back()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(TestSchemas.Blog);

        var schema = await db.IntrospectAsync();

        Assert.Equal(["auth_users", "comments", "posts", "profiles", "samples"], schema.Tables.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Empty(schema.Enums);
        var comments = schema.Tables.Single(t => t.Name == "comments");
        var parent = comments.ForeignKeys.Single(k => k.Name == "comments_parent_id_fkey");
        Assert.Equal(("comments", "cascade"), (parent.RefTable, parent.OnDelete));
        var profiles = schema.Tables.Single(t => t.Name == "profiles");
        Assert.Equal(["id"], profiles.PrimaryKey);
        var unique = profiles.Indexes.Single(i => i.Name == "profiles_username_key");
        Assert.True(unique.Unique);
        Assert.Contains(profiles.Checks, c => c.Name == "profiles_username_pattern" && c.Expression == "\"username\" REGEXP '^[a-z0-9_]{3,20}$'");
        var posts = schema.Tables.Single(t => t.Name == "posts");
        Assert.Equal(["author_id", "created_at desc"], posts.Indexes.Single(i => i.Name == "posts_author_id_created_at_idx").Columns);
        Assert.Equal("integer", posts.Columns.Single(c => c.Name == "id").StoreType);
        Assert.Equal("'draft'", posts.Columns.Single(c => c.Name == "status").Default);
        Assert.Null(posts.Columns.Single(c => c.Name == "author_id").Default);
    }

    [Fact]
    public async Task Tables_are_strict_and_identity_keys_autoincrement()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(TestSchemas.Blog);

        Assert.Equal(5, await db.ScalarAsync<long>("SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND strict = 1 AND name NOT GLOB 'sqlite_*'"));
        var posts = await db.ScalarAsync<string>("SELECT sql FROM sqlite_schema WHERE name = 'posts'");
        Assert.Contains("\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT", posts, StringComparison.Ordinal);
        var profiles = await db.ScalarAsync<string>("SELECT sql FROM sqlite_schema WHERE name = 'profiles'");
        Assert.Contains("CONSTRAINT \"profiles_pkey\" PRIMARY KEY (\"id\")", profiles, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identifiers_with_quotes_and_spaces_survive_rendering_and_introspection()
    {
        var odd = new TableSchema(new TableName("we\"ird", "ta ble"),
        [
            TestSchemas.Col("id", ColumnKind.Integer) with { Identity = true },
            TestSchemas.Col("sp \"ace\"", ColumnKind.Text) with { MaxLength = 3, Check = "length(\"sp \"\"ace\"\"\") > 0" },
        ])
        {
            PrimaryKey = ["id"],
            Uniques = [new UniqueConstraint("odd (unique), \"name\"", ["sp \"ace\""])],
            Indexes = [new IndexSchema("odd idx", [new IndexColumn("sp \"ace\"", Descending: true)])],
        };
        var schema = new DatabaseSchema([odd]);
        await using var db = await SqliteTestDatabase.CreateAsync(schema);

        Assert.Empty(await db.DriftAsync(schema));
        Assert.Equal(1, await db.ExecuteAsync("INSERT INTO \"we\"\"ird_ta ble\" (\"sp \"\"ace\"\"\") VALUES ('abc')"));
        Assert.Equal("\"we\"\"ird_ta ble\"", Dialect.QuoteTable(odd.Name));
    }

    [Fact]
    public void Quoting_doubles_embedded_quotes_and_flattens_schemas()
    {
        Assert.Equal("\"a\"\"b\"", Dialect.QuoteIdentifier("a\"b"));
        Assert.Equal("\"auth_users\"", Dialect.QuoteTable(SystemTables.AuthUsersName));
        Assert.Equal("\"posts\"", Dialect.QuoteTable(TestSchemas.Posts));
    }

    [Fact]
    public async Task The_history_table_is_idempotent_and_not_introspected()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(TestSchemas.Blog);

        await db.ExecuteAsync(Dialect.HistoryTableDdl);
        await db.ExecuteAsync(Dialect.HistoryTableDdl);
        await db.ExecuteAsync("INSERT INTO _basalt_migrations (name, checksum, applied_at, snapshot, down_sql) VALUES ('0001_init', 'x', '2024-01-01T00:00:00Z', '{}', '')");

        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM _basalt_migrations"));
        Assert.Empty(await db.DriftAsync(TestSchemas.Blog));
    }

    [Fact]
    public async Task Dropping_a_table_removes_it_and_its_indexes()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(TestSchemas.Blog);

        await db.MigrateAsync(new DropTable(TestSchemas.SamplesTable));

        var remaining = new DatabaseSchema(TestSchemas.Blog.Tables.Where(t => t.Name != TestSchemas.Samples).ToArray());
        Assert.Empty(await db.DriftAsync(remaining));
    }

    [Fact]
    public void Rendering_an_empty_migration_renders_nothing()
    {
        Assert.Empty(Dialect.RenderMigration([]));
        Assert.Empty(Dialect.RenderMigration([new AlterTable(TestSchemas.PostsTable, TestSchemas.PostsTable, [])]));
    }
}
