namespace Basalt.Sql.Sqlite.Tests;

public sealed class CreateTableParserTests
{
    [Fact]
    public void Names_come_from_column_and_table_constraints_alike()
    {
        var parsed = SqliteCreateTableParser.Parse(""""
            CREATE TABLE "t" ( -- a comment (with a parenthesis
                "id" INTEGER NOT NULL PRIMARY KEY,
                "a, (b)" NUMERIC(10, 2) DEFAULT (abs(-1)) CONSTRAINT "c ""one""" CHECK ("a, (b)" > (1 + 2)) /* , CONSTRAINT x CHECK (0) */,
                [parent] INTEGER CONSTRAINT "t_parent_fkey" REFERENCES "t" ("id") ON DELETE CASCADE,
                `code` TEXT UNIQUE CHECK (length(`code`) = 3),
                CONSTRAINT "t_pair_key" UNIQUE ("id", [parent]),
                CONSTRAINT "t_pair_fkey" FOREIGN KEY ("id", "parent") REFERENCES "other" ("x", "y"),
                FOREIGN KEY ("code") REFERENCES "codes" ("code"),
                CONSTRAINT 't_text_check' CHECK ("code" <> 'it''s, (odd)')
            ) STRICT
            """");

        Assert.Equal(
            [("c \"one\"", "\"a, (b)\" > (1 + 2)"), (null, "length (`code`) = 3"), ("t_text_check", "\"code\" <> 'it''s, (odd)'")],
            parsed.Checks.Select(c => (c.Name, c.Expression)));
        Assert.Equal(
            [("t_parent_fkey", "parent"), ("t_pair_fkey", "id,parent"), (null, "code")],
            parsed.ForeignKeys.Select(k => (k.Name, string.Join(",", k.Columns))));
        Assert.Equal(
            [(null, "code"), ("t_pair_key", "id,parent")],
            parsed.Uniques.Select(u => (u.Name, string.Join(",", u.Columns))));
    }

    [Fact]
    public void Normalising_ignores_layout_but_not_literals()
    {
        Assert.Equal(
            SqliteTokenizer.Normalize("length(\"x\") >= 1 AND \"x\" IN ('a', 'b')"),
            SqliteTokenizer.Normalize("length ( \"x\" )>=1\n   AND \"x\" IN('a','b')"));
        Assert.NotEqual(SqliteTokenizer.Normalize("\"x\" = 'a  b'"), SqliteTokenizer.Normalize("\"x\" = 'a b'"));
        Assert.Equal("x ->> '$.a' || X'00' = 1.5e-3", SqliteTokenizer.Normalize("x->>'$.a'||X'00'=1.5e-3"));
    }

    [Fact]
    public async Task A_hand_made_table_with_unnamed_constraints_is_reported_with_placeholder_names()
    {
        await using var db = new SqliteTestDatabase();
        await db.ExecuteAsync("CREATE TABLE p (id INTEGER PRIMARY KEY)");
        await db.ExecuteAsync("CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p (id), n TEXT UNIQUE CHECK (n <> ''), CONSTRAINT dup CHECK (1), CONSTRAINT dup CHECK (2))");

        var table = (await db.IntrospectAsync()).Tables.Single(t => t.Name == "c");

        Assert.Equal(["unnamed check 1", "dup", "dup (2)"], table.Checks.Select(c => c.Name));
        Assert.Equal("unnamed foreign key 0", Assert.Single(table.ForeignKeys).Name);
        Assert.StartsWith("sqlite_autoindex_c_", Assert.Single(table.Indexes).Name, StringComparison.Ordinal);
    }
}
