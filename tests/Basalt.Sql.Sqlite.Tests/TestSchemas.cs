using Basalt.Spec.Schema;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>
/// Schemas built directly as compiled values (the spec loader is written elsewhere): a blog like the design's
/// example, plus a <c>samples</c> table with one column of every type for the constraint tests.
/// </summary>
internal static class TestSchemas
{
    public static TableName Profiles { get; } = TableName.Public("profiles");
    public static TableName Posts { get; } = TableName.Public("posts");
    public static TableName Comments { get; } = TableName.Public("comments");
    public static TableName Samples { get; } = TableName.Public("samples");

    public static ColumnSchema Col(string name, ColumnKind kind, bool array = false) => new(name, new ColumnType(kind, array));

    public static ColumnSchema Identity(string name = "id") => Col(name, ColumnKind.BigInt) with { Identity = true };

    public static ForeignKey Fk(TableName table, string column, TableName refTable, ReferentialAction onDelete = ReferentialAction.NoAction) =>
        new($"{table.Flat}_{column}_fkey", [column], refTable, ["id"], onDelete);

    public static IndexSchema Index(TableName table, params string[] columns) =>
        new($"{table.Flat}_{string.Join("_", columns.Select(c => c.Split(' ')[0]))}_idx",
            columns.Select(c => new IndexColumn(c.Split(' ')[0], c.EndsWith(" desc", StringComparison.Ordinal))).ToArray());

    public static TableSchema ProfilesTable { get; } = new(Profiles,
    [
        Col("id", ColumnKind.Uuid),
        Col("username", ColumnKind.Text) with { Pattern = "^[a-z0-9_]{3,20}$" },
        Col("bio", ColumnKind.Text) with { Nullable = true, MaxLength = 500 },
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("profiles_username_key", ["username"])],
        ForeignKeys = [Fk(Profiles, "id", SystemTables.AuthUsersName, ReferentialAction.Cascade)],
    };

    public static TableSchema PostsTable { get; } = new(Posts,
    [
        Identity(),
        Col("author_id", ColumnKind.Uuid) with { Default = ColumnDefault.AuthUid },
        Col("title", ColumnKind.Text) with { MinLength = 1, MaxLength = 200 },
        Col("body", ColumnKind.Text) with { Default = ColumnDefault.Literal("\"\"") },
        new ColumnSchema("status", new ColumnType(ColumnKind.Enum, EnumValues: ["draft", "published"])) { Default = ColumnDefault.Literal("\"draft\"") },
        Col("tags", ColumnKind.Text, array: true) with { Default = ColumnDefault.Literal("[]") },
        Col("views", ColumnKind.Integer) with { Default = ColumnDefault.Literal("0") },
        Col("rank", ColumnKind.Text) with { Nullable = true },
        Col("legacy", ColumnKind.Text) with { Nullable = true },
        Col("created_at", ColumnKind.TimestampTz) with { Default = ColumnDefault.Now },
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys = [Fk(Posts, "author_id", Profiles)],
        Indexes = [Index(Posts, "author_id", "created_at desc"), Index(Posts, "title", "body") with { Kind = IndexKind.FullText }],
    };

    public static TableSchema CommentsTable { get; } = new(Comments,
    [
        Identity(),
        Col("post_id", ColumnKind.BigInt),
        Col("parent_id", ColumnKind.BigInt) with { Nullable = true },
        Col("author_id", ColumnKind.Uuid) with { Default = ColumnDefault.AuthUid },
        Col("body", ColumnKind.Text) with { MinLength = 1, MaxLength = 5000 },
        Col("created_at", ColumnKind.TimestampTz) with { Default = ColumnDefault.Now },
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys =
        [
            Fk(Comments, "post_id", Posts, ReferentialAction.Cascade),
            Fk(Comments, "parent_id", Comments, ReferentialAction.Cascade),
            Fk(Comments, "author_id", Profiles),
        ],
        Indexes = [Index(Comments, "post_id", "created_at")],
    };

    public static TableSchema SamplesTable { get; } = new(Samples,
    [
        Col("id", ColumnKind.Integer) with { Identity = true },
        Col("small", ColumnKind.SmallInt) with { Nullable = true },
        Col("int", ColumnKind.Integer) with { Nullable = true },
        Col("flag", ColumnKind.Boolean) with { Nullable = true },
        Col("day", ColumnKind.Date) with { Nullable = true },
        Col("at", ColumnKind.Time) with { Nullable = true },
        Col("stamp", ColumnKind.Timestamp) with { Nullable = true },
        Col("doc", ColumnKind.Jsonb) with { Nullable = true },
        Col("list", ColumnKind.Text, array: true) with { Nullable = true },
        new ColumnSchema("price", new ColumnType(ColumnKind.Numeric, Precision: 6, Scale: 2)) { Nullable = true },
        Col("ratio", ColumnKind.Double) with { Nullable = true, Min = 0, Max = 1 },
        Col("code", ColumnKind.Uuid) with { Nullable = true },
        Col("data", ColumnKind.Bytea) with { Nullable = true },
        Col("rating", ColumnKind.Integer) with { Nullable = true, Check = "rating % 2 = 0" },
        Col("nick", ColumnKind.Text) with { Nullable = true, Pattern = "^[a-z]+$", MinLength = 2 },
        new ColumnSchema("mood", new ColumnType(ColumnKind.Enum, EnumValues: ["happy", "it's fine"])) { Nullable = true },
        Col("scores", ColumnKind.Integer, array: true) with { Nullable = true, MaxLength = 3 },
        Col("label", ColumnKind.Text) with { Default = ColumnDefault.Literal("\"it's\"") },
        Col("count", ColumnKind.Integer) with { Default = ColumnDefault.Literal("-3") },
        Col("active", ColumnKind.Boolean) with { Default = ColumnDefault.Literal("true") },
        Col("meta", ColumnKind.Jsonb) with { Default = ColumnDefault.Literal("{\"a\": [1, \"x\"]}") },
        Col("uid", ColumnKind.Uuid) with { Default = ColumnDefault.GenRandomUuid },
        Col("born", ColumnKind.Date) with { Default = ColumnDefault.Now },
        Col("blob", ColumnKind.Bytea) with { Default = ColumnDefault.Literal("\"\\\\x0aff\"") },
    ])
    {
        PrimaryKey = ["id"],
    };

    public static DatabaseSchema Blog { get; } = new([SystemTables.AuthUsers, ProfilesTable, PostsTable, CommentsTable, SamplesTable]);
}
