using Basalt.Sql;

namespace Basalt.Sql.Tests;

public sealed class SqlScriptTests
{
    [Fact]
    public void Splits_on_top_level_semicolons_only()
    {
        var script = """
            -- header; with a semicolon
            CREATE TABLE "a;b" (x TEXT DEFAULT 'it''s; fine');
            /* block; comment */
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;

            SELECT ';'
            """;
        var statements = SqlScript.Split(script);
        Assert.Equal(3, statements.Count);
        Assert.Equal("CREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s; fine')", statements[0]);
        Assert.EndsWith("$body$ SELECT 1; $body$", statements[1], StringComparison.Ordinal);
        Assert.Equal("SELECT ';'", statements[2]);
    }

    [Fact]
    public void An_empty_or_comment_only_script_has_no_statements() =>
        Assert.Empty(SqlScript.Split("-- nothing\n\n/* at all */\n;;"));
}
