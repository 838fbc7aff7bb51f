using Basalt.Spec.Schema;

namespace Basalt.Sql.Postgres.Tests.Support;

/// <summary>The blog of the design document, built by hand as the spec loader would compile it.</summary>
internal static class BlogSchema
{
    public static TableName Profiles { get; } = TableName.Public("profiles");
    public static TableName Posts { get; } = TableName.Public("posts");
    public static TableName Comments { get; } = TableName.Public("comments");

    public static TableSchema ProfilesTable { get; } = new(Profiles,
    [
        new ColumnSchema("id", Types.Uuid),
        new ColumnSchema("username", Types.Text) { Pattern = "^[a-z0-9_]{3,20}$" },
        new ColumnSchema("bio", Types.Text) { Nullable = true, MaxLength = 500 },
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("profiles_username_key", ["username"])],
        ForeignKeys = [new ForeignKey("profiles_id_fkey", ["id"], SystemTables.AuthUsersName, ["id"], ReferentialAction.Cascade)],
    };

    public static TableSchema PostsTable { get; } = new(Posts,
    [
        new ColumnSchema("id", Types.BigInt) { Identity = true },
        new ColumnSchema("author_id", Types.Uuid) { Default = ColumnDefault.AuthUid },
        new ColumnSchema("title", Types.Text) { MinLength = 1, MaxLength = 200 },
        new ColumnSchema("body", Types.Text) { Default = ColumnDefault.Literal("\"\"") },
        new ColumnSchema("status", Types.Enum("draft", "published")) { Default = ColumnDefault.Literal("\"draft\"") },
        new ColumnSchema("tags", Types.ArrayOf(ColumnKind.Text)) { Default = ColumnDefault.Literal("[]") },
        new ColumnSchema("created_at", Types.TimestampTz) { Default = ColumnDefault.Now },
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys = [new ForeignKey("posts_author_id_fkey", ["author_id"], Profiles, ["id"], ReferentialAction.Cascade)],
        Indexes =
        [
            new IndexSchema("posts_author_id_created_at_idx", [new IndexColumn("author_id"), new IndexColumn("created_at", Descending: true)]),
            new IndexSchema("posts_title_body_idx", [new IndexColumn("title"), new IndexColumn("body")], IndexKind.FullText),
        ],
    };

    public static TableSchema CommentsTable { get; } = new(Comments,
    [
        new ColumnSchema("id", Types.BigInt) { Identity = true },
        new ColumnSchema("post_id", Types.BigInt),
        new ColumnSchema("parent_id", Types.BigInt) { Nullable = true },
        new ColumnSchema("author_id", Types.Uuid) { Default = ColumnDefault.AuthUid },
        new ColumnSchema("body", Types.Text) { MinLength = 1, MaxLength = 5000 },
        new ColumnSchema("created_at", Types.TimestampTz) { Default = ColumnDefault.Now },
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys =
        [
            new ForeignKey("comments_post_id_fkey", ["post_id"], Posts, ["id"], ReferentialAction.Cascade),
            new ForeignKey("comments_parent_id_fkey", ["parent_id"], Comments, ["id"], ReferentialAction.Cascade),
            new ForeignKey("comments_author_id_fkey", ["author_id"], Profiles, ["id"]),
        ],
        Indexes = [new IndexSchema("comments_post_id_created_at_idx", [new IndexColumn("post_id"), new IndexColumn("created_at")])],
    };

    public static DatabaseSchema Schema { get; } = new([SystemTables.AuthUsers, ProfilesTable, PostsTable, CommentsTable]);

    /// <summary>A user, a profile and one post by them; returns the user's id.</summary>
    public static string SeedSql(Guid user) => $"""
        INSERT INTO auth.users (id, email) VALUES ('{user}', '{user:N}@example.com');
        INSERT INTO profiles (id, username) VALUES ('{user}', 'user_{user.ToString("N")[..8]}');
        INSERT INTO posts (author_id, title) VALUES ('{user}', 'Hello');
        """;
}
