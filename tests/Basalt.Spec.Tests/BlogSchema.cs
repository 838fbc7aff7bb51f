using Basalt.Spec.Schema;

namespace Basalt.Spec.Tests;

/// <summary>The schema DESIGN.md's blog spec must compile to, written out by hand, with its policies' positions in <c>Specs/blog.yaml</c>.</summary>
internal static class BlogSchema
{
    public static DatabaseSchema Expected(string file)
    {
        PolicyRule Rule(string text, int line) =>
            new(new Dictionary<string, PolicyExpression> { [PolicyRule.AnyRole] = new(text, new SourceLocation(file, line, 15)) });

        var profiles = new TableSchema(TableName.Public("profiles"),
        [
            new ColumnSchema("id", new ColumnType(ColumnKind.Uuid)),
            new ColumnSchema("username", new ColumnType(ColumnKind.Text)) { Pattern = "^[a-z0-9_]{3,20}$" },
            new ColumnSchema("bio", new ColumnType(ColumnKind.Text)) { Nullable = true, MaxLength = 500 },
        ])
        {
            PrimaryKey = ["id"],
            Uniques = [new UniqueConstraint("profiles_username_key", ["username"])],
            ForeignKeys = [new ForeignKey("profiles_id_fkey", ["id"], new TableName("auth", "users"), ["id"], ReferentialAction.Cascade)],
            Policies = new TablePolicies(Rule("true", 23), Rule("id = auth.uid()", 24), Rule("id = auth.uid()", 25)),
        };
        var posts = new TableSchema(TableName.Public("posts"),
        [
            new ColumnSchema("id", new ColumnType(ColumnKind.BigInt)) { Identity = true },
            new ColumnSchema("author_id", new ColumnType(ColumnKind.Uuid)) { Default = ColumnDefault.AuthUid },
            new ColumnSchema("title", new ColumnType(ColumnKind.Text)) { MinLength = 1, MaxLength = 200 },
            new ColumnSchema("body", new ColumnType(ColumnKind.Text)) { Default = ColumnDefault.Literal("\"\"") },
            new ColumnSchema("status", new ColumnType(ColumnKind.Enum, EnumValues: ["draft", "published"])) { Default = ColumnDefault.Literal("\"draft\"") },
            new ColumnSchema("tags", new ColumnType(ColumnKind.Text, IsArray: true)) { Default = ColumnDefault.Literal("[]") },
            new ColumnSchema("created_at", new ColumnType(ColumnKind.TimestampTz)) { Default = ColumnDefault.Now },
        ])
        {
            PrimaryKey = ["id"],
            ForeignKeys = [new ForeignKey("posts_author_id_fkey", ["author_id"], TableName.Public("profiles"), ["id"])],
            Indexes =
            [
                new IndexSchema("posts_author_id_created_at_idx", [new IndexColumn("author_id"), new IndexColumn("created_at", Descending: true)]),
                new IndexSchema("posts_title_body_fts", [new IndexColumn("title"), new IndexColumn("body")], IndexKind.FullText),
            ],
            Policies = new TablePolicies(
                Rule("status = 'published' or author_id = auth.uid()", 39),
                Rule("author_id = auth.uid()", 40),
                Rule("author_id = auth.uid()", 41),
                Rule("author_id = auth.uid() or auth.has_role('admin')", 42)),
            RateLimits = new Dictionary<string, RateLimitRule>
            {
                ["anon"] = new(60, TimeSpan.FromMinutes(1)),
                ["authenticated"] = new(600, TimeSpan.FromMinutes(1)),
            },
            Cache = new CacheSettings(TimeSpan.FromSeconds(30)),
        };
        var comments = new TableSchema(TableName.Public("comments"),
        [
            new ColumnSchema("id", new ColumnType(ColumnKind.BigInt)) { Identity = true },
            new ColumnSchema("post_id", new ColumnType(ColumnKind.BigInt)),
            new ColumnSchema("parent_id", new ColumnType(ColumnKind.BigInt)) { Nullable = true },
            new ColumnSchema("author_id", new ColumnType(ColumnKind.Uuid)) { Default = ColumnDefault.AuthUid },
            new ColumnSchema("body", new ColumnType(ColumnKind.Text)) { MinLength = 1, MaxLength = 5000 },
            new ColumnSchema("created_at", new ColumnType(ColumnKind.TimestampTz)) { Default = ColumnDefault.Now },
        ])
        {
            PrimaryKey = ["id"],
            ForeignKeys =
            [
                new ForeignKey("comments_post_id_fkey", ["post_id"], TableName.Public("posts"), ["id"], ReferentialAction.Cascade),
                new ForeignKey("comments_parent_id_fkey", ["parent_id"], TableName.Public("comments"), ["id"], ReferentialAction.Cascade),
                new ForeignKey("comments_author_id_fkey", ["author_id"], TableName.Public("profiles"), ["id"]),
            ],
            Indexes = [new IndexSchema("comments_post_id_created_at_idx", [new IndexColumn("post_id"), new IndexColumn("created_at")])],
            Policies = new TablePolicies(Rule("true", 56), Rule("author_id = auth.uid()", 57), Delete: Rule("author_id = auth.uid()", 58)),
        };
        return new DatabaseSchema([.. SystemTables.All, profiles, posts, comments]);
    }

    /// <summary>The same schema with policy positions dropped, to compare specs written in different files.</summary>
    public static DatabaseSchema WithoutLocations(DatabaseSchema schema) => new(schema.Tables.Select(t => t with
    {
        Policies = new TablePolicies(Strip(t.Policies.Select), Strip(t.Policies.Insert), Strip(t.Policies.Update), Strip(t.Policies.Delete)),
    }).ToArray());

    private static PolicyRule? Strip(PolicyRule? rule) =>
        rule is null ? null : new PolicyRule(rule.ByRole.ToDictionary(r => r.Key, r => r.Value with { Location = null }));
}
