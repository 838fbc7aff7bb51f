using Basalt.Spec.Settings;
using Basalt.Sql.Postgres.Connecting;
using Basalt.Sql.Postgres.Tests.Support;
using Npgsql;

namespace Basalt.Sql.Postgres.Tests;

public sealed class ConnectionTests : PostgresTest
{
    [Theory]
    [InlineData("postgres://app:s3cret@db.example.com:6543/blog", "db.example.com", 6543, "blog", "app", "s3cret")]
    [InlineData("postgresql://app@db.example.com/blog", "db.example.com", 5432, "blog", "app", null)]
    [InlineData("postgres://app:p%40ss%2Fw%3Ard@10.0.0.5:5433/my%20db", "10.0.0.5", 5433, "my db", "app", "p@ss/w:rd")]
    [InlineData("postgres://db.example.com", "db.example.com", 5432, null, null, null)]
    [InlineData("postgres://app@[::1]:5432/blog", "::1", 5432, "blog", "app", null)]
    [InlineData("Host=db.example.com;Port=6543;Database=blog;Username=app;Password=s3cret", "db.example.com", 6543, "blog", "app", "s3cret")]
    public void Urls_and_connection_strings_are_parsed(string url, string host, int port, string? database, string? user, string? password)
    {
        var builder = PostgresConnectionString.Parse(url);

        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }

    [Fact]
    public void Query_options_map_to_npgsql_settings()
    {
        var builder = PostgresConnectionString.Parse(
            "postgres://app@db.example.com/blog?sslmode=verify-full&application_name=basalt%20api&connect_timeout=7&target_session_attrs=read-write&Maximum%20Pool%20Size=20");

        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
        Assert.Equal("basalt api", builder.ApplicationName);
        Assert.Equal(7, builder.Timeout);
        Assert.Equal("read-write", builder.TargetSessionAttributes);
        Assert.Equal(20, builder.MaxPoolSize);
    }

    [Theory]
    [InlineData("postgres://app:s3cret@db.example.com:notaport/blog")]
    [InlineData("postgres://app:s3cret@/blog")]
    [InlineData("mysql://app:s3cret@db.example.com/blog")]
    [InlineData("db.example.com:5432/blog")]
    [InlineData("postgres://app:s3cret@db.example.com/blog?sslmode=sometimes")]
    [InlineData("postgres://app:s3cret@db.example.com/blog?no_such_option=1")]
    [InlineData("postgres://app:s3cret@db.example.com/blog/extra")]
    [InlineData("Host=db.example.com;Password=s3cret;Colour=blue")]
    [InlineData("Password=s3cret;Database=blog")]
    public void A_malformed_url_is_refused_with_the_expected_form_and_without_the_password(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => Dialect.Connect(new DatabaseSettings(DatabaseProvider.Postgres, url)));

        Assert.Contains("postgres://user:password@host:5432/database", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task Display_name_shows_host_port_and_database_but_not_the_password()
    {
        await using var database = Dialect.Connect(new DatabaseSettings(DatabaseProvider.Postgres, "postgres://app:s3cret@db.example.com:6543/blog"));

        Assert.Equal("db.example.com:6543/blog", database.DisplayName);
        Assert.Same(Dialect, database.Dialect);
    }

    [Fact]
    public async Task Connections_open_from_the_pool_on_the_test_server()
    {
        await using var first = await Database.OpenAsync();
        await using var command = first.CreateCommand();
        command.CommandText = "SELECT current_database()";

        var name = (string)(await command.ExecuteScalarAsync())!;

        Assert.Equal(new Uri(Url).AbsolutePath.Trim('/'), name);
        Assert.EndsWith("/" + name, Database.DisplayName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enum_values_are_readable_on_pooled_connections_after_a_migration()
    {
        await using (var warm = await Database.OpenAsync())
        {
            // A connection opened before the migration loads the data source's type cache without the enum.
        }
        await CreateAsync(BlogSchema.Schema);
        await ExecuteAsync(BlogSchema.SeedSql(Guid.NewGuid()));

        Assert.Equal("draft", await ScalarAsync<string>("SELECT status FROM posts"));
    }
}
