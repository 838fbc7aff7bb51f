using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

public sealed class DropTableTests : PostgresTest
{
    [Fact]
    public async Task Tables_that_reference_each_other_are_dropped_in_one_migration_in_either_order()
    {
        var (a, b) = SchemaCreationTests.CyclicTables();
        await CreateAsync(new DatabaseSchema([a, b]));
        await ExecuteAsync("INSERT INTO a (id) VALUES (1); INSERT INTO b (id, a_id) VALUES (1, 1); UPDATE a SET b_id = 1");

        await MigrateAsync(new DropTable(a), new DropTable(b));
        await AssertNoDriftAsync(DatabaseSchema.Empty);
        await MigrateAsync(new CreateTable(a), new CreateTable(b));
        await MigrateAsync(new DropTable(b), new DropTable(a));

        await AssertNoDriftAsync(DatabaseSchema.Empty);
    }

    [Fact]
    public async Task The_whole_blog_rolls_back_to_nothing_including_enum_types()
    {
        var create = BlogSchema.Schema.Tables.Select(t => (SchemaOperation)new CreateTable(t)).ToArray();
        await MigrateAsync(create);
        await ExecuteAsync(BlogSchema.SeedSql(Guid.NewGuid()));

        await MigrateAsync(create.Reverse().Select(o => o.Invert()).ToArray());

        await AssertNoDriftAsync(DatabaseSchema.Empty);
        Assert.Empty((await IntrospectAsync()).Enums);
    }

    [Fact]
    public async Task A_table_that_a_kept_table_references_is_not_dropped_behind_its_back()
    {
        await CreateAsync(BlogSchema.Schema);

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => MigrateAsync(new DropTable(BlogSchema.PostsTable)));

        Assert.Equal("2BP01", error.SqlState);
        await AssertNoDriftAsync(BlogSchema.Schema);
    }

    [Fact]
    public async Task A_dropped_table_and_the_foreign_key_of_a_kept_table_to_it_go_in_one_migration()
    {
        await CreateAsync(BlogSchema.Schema);
        await ExecuteAsync(BlogSchema.SeedSql(Guid.NewGuid()));
        var comments = BlogSchema.CommentsTable;
        var postId = comments.Column("post_id");
        var postKey = comments.ForeignKeys.Single(k => k.Name == "comments_post_id_fkey");
        var keptComments = comments with
        {
            Columns = comments.Columns.Where(c => c != postId).ToArray(),
            ForeignKeys = comments.ForeignKeys.Where(k => k != postKey).ToArray(),
            Indexes = [],
        };
        var alter = new AlterTable(comments, keptComments,
            [new DropIndex(comments.Indexes[0]), new DropColumn(postId), new DropForeignKey(postKey)]);

        await MigrateAsync(new DropTable(BlogSchema.PostsTable), alter);

        await AssertNoDriftAsync(SystemTables.AuthUsers, BlogSchema.ProfilesTable, keptComments);
        await MigrateAsync(alter.Invert(), new CreateTable(BlogSchema.PostsTable));
        await AssertNoDriftAsync(BlogSchema.Schema);
    }
}
