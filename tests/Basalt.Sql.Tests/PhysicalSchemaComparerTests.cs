using Basalt.Sql.Introspection;

namespace Basalt.Sql.Tests;

public sealed class PhysicalSchemaComparerTests
{
    private static PhysicalTable Posts(
        IReadOnlyList<PhysicalColumn>? columns = null, IReadOnlyList<PhysicalIndex>? indexes = null,
        IReadOnlyList<PhysicalForeignKey>? keys = null, IReadOnlyList<PhysicalCheck>? checks = null, IReadOnlyList<string>? primaryKey = null) =>
        new("posts",
            columns ?? [new("id", "integer", true, null), new("title", "text", true, "'x'")],
            primaryKey ?? ["id"],
            indexes ?? [new("posts_title_idx", ["title"], false)],
            keys ?? [new("posts_author_fkey", ["author_id"], "profiles", ["id"], "cascade")],
            checks ?? [new("posts_title_length", "length(title) <= 200")]);

    private static PhysicalSchema Schema(params PhysicalTable[] tables) => new(tables, [new("posts_status", ["draft", "live"])]);

    private static string[] Compare(PhysicalSchema expected, PhysicalSchema actual) =>
        PhysicalSchemaComparer.Compare(expected, actual).Select(d => d.ToString()).ToArray();

    [Fact]
    public void Identical_schemas_have_no_drift() => Assert.Empty(Compare(Schema(Posts()), Schema(Posts())));

    [Fact]
    public void Missing_and_extra_tables_are_reported()
    {
        var other = Posts() with { Name = "comments" };
        Assert.Equal(["posts: table is missing", "comments: table exists but is not in the spec"], Compare(Schema(Posts()), Schema(other)));
    }

    [Fact]
    public void Column_type_nullability_and_default_differences_are_each_named()
    {
        var live = Posts(columns: [new("id", "bigint", true, null), new("title", "text", false, null), new("extra", "text", false, null)]);
        Assert.Equal(
        [
            "posts.id: column type bigint, expected integer",
            "posts.title: column allows null, expected not null; default none, expected 'x'",
            "posts.extra: column exists but is not in the spec",
        ], Compare(Schema(Posts()), Schema(live)));
    }

    [Fact]
    public void Primary_key_index_foreign_key_and_check_differences_are_reported()
    {
        var live = Posts(
            primaryKey: ["id", "title"],
            indexes: [new("posts_title_idx", ["title desc"], true)],
            keys: [new("posts_author_fkey", ["author_id"], "profiles", ["id"], "no action")],
            checks: [new("posts_title_length", "length(title) <= 300")]);
        Assert.Equal(
        [
            "posts: primary key (id, title), expected (id)",
            "posts.posts_title_idx: index is (title desc) unique, expected (title)",
            "posts.posts_author_fkey: foreign key references profiles(id) on delete no action, expected profiles(id) on delete cascade",
            "posts.posts_title_length: check is length(title) <= 300, expected length(title) <= 200",
        ], Compare(Schema(Posts()), Schema(live)));
    }

    [Fact]
    public void A_check_whose_text_the_engine_cannot_report_is_compared_by_name_only()
    {
        var live = Posts(checks: [new("posts_title_length", null)]);
        Assert.Empty(Compare(Schema(Posts()), Schema(live)));
        Assert.Equal(["posts.posts_title_length: check is missing"], Compare(Schema(Posts()), Schema(Posts(checks: []))));
    }

    [Fact]
    public void Enum_values_are_compared_in_order()
    {
        var live = new PhysicalSchema([Posts()], [new("posts_status", ["live", "draft"])]);
        Assert.Equal(["posts_status: enum type values (live, draft), expected (draft, live)"], Compare(Schema(Posts()), live));
    }
}
