namespace Basalt.Spec.Tests;

/// <summary>Invalid specs, one problem each, in tables and columns: names, types, keys, constraints and defaults.</summary>
public sealed class InvalidColumnTests
{
    /// <summary>Lines 1–6; a case's own column is on line 7, starting at column 7.</summary>
    private const string Head = "version: 1\nname: app\ntables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n";

    private const string ColumnKeys =
        "type, primary, generated, nullable, unique, default, references, on_delete, check, min_length, max_length, pattern, min, max, sensitive, renamed_from, description, values, precision, scale";

    private const string Types =
        "text, integer, bigint, smallint, real, double, numeric, boolean, uuid, date, time, timestamp, timestamptz, json, jsonb, bytea, enum, or any of them followed by [] for an array";

    public static TheoryData<string, string, int, int, string, string> Cases => new()
    {
        {
            "unknown column key with did-you-mean", Head + "      c: { type: text, nulable: true }\n",
            7, 24, "tables.t.columns.c.nulable", $"unknown key 'nulable'; did you mean 'nullable'? valid: {ColumnKeys}"
        },
        {
            "unknown type with did-you-mean", Head + "      c: { type: txt }\n",
            7, 18, "tables.t.columns.c.type", $"unknown type 'txt'; did you mean 'text'? valid: {Types}"
        },
        {
            "a type from another database", Head + "      c: { type: \"int[]\" }\n",
            7, 18, "tables.t.columns.c.type", $"unknown type 'int[]'; did you mean 'integer[]'? valid: {Types}"
        },
        {
            "missing type", Head + "      c: { nullable: true }\n",
            7, 10, "tables.t.columns.c", $"missing required key 'type'; valid: {Types}"
        },
        {
            "a column that is not a mapping", Head + "      c: text\n",
            7, 10, "tables.t.columns.c", "expected a mapping, found 'text'"
        },
        {
            "an empty column", Head + "      c:\n",
            7, 9, "tables.t.columns.c", "expected a mapping, found nothing"
        },
        {
            "duplicate column", Head + "      id: { type: text }\n",
            7, 7, "tables.t.columns.id", "duplicate key 'id'; it is already defined at line 6"
        },
        {
            "duplicate table", Head + "  t:\n    columns:\n      id: { type: bigint, primary: true }\n",
            7, 3, "tables.t", "duplicate key 't'; it is already defined at line 4"
        },
        {
            "bad column name", Head + "      Title: { type: text }\n",
            7, 7, "tables.t.columns.Title", "invalid column name 'Title'; use lowercase letters, digits and '_', starting with a letter or '_'"
        },
        {
            "bad table name", "name: app\ntables:\n  Posts:\n    columns:\n      id: { type: bigint, primary: true }\n",
            3, 3, "tables.Posts", "invalid table name 'Posts'; use lowercase letters, digits and '_', starting with a letter or '_'"
        },
        {
            "reserved table name", "name: app\ntables:\n  _basalt_jobs:\n    columns:\n      id: { type: bigint, primary: true }\n",
            3, 3, "tables._basalt_jobs", "table name '_basalt_jobs' is reserved: names starting with _basalt, sqlite_, pg_ belong to Basalt and the databases"
        },
        {
            "table name taken by a system table on SQLite", "name: app\ntables:\n  auth_users:\n    columns:\n      id: { type: bigint, primary: true }\n",
            3, 3, "tables.auth_users", "table name 'auth_users' is taken by Basalt's own table auth.users"
        },
        {
            "table name longer than 63", "name: app\ntables:\n  " + LongName + ":\n    columns:\n      id: { type: bigint, primary: true }\n",
            3, 3, "tables." + LongName, "a table name is at most 63 characters; this one has 64"
        },
        {
            "unknown table key", Head + "    colums: {}\n",
            7, 5, "tables.t.colums", "unknown key 'colums'; did you mean 'columns'? valid: columns, indexes, unique, policies, rate_limit, cache, description"
        },
        {
            "a table without columns", "name: app\ntables:\n  t:\n    columns: {}\n",
            4, 14, "tables.t.columns", "a table needs at least one column"
        },
        {
            "missing primary key", "name: app\ntables:\n  t:\n    columns:\n      name: { type: text }\n",
            3, 3, "tables.t", "every table needs a primary key; add `primary: true` to a column, e.g. id: { type: bigint, primary: true, generated: identity }"
        },
        {
            "nullable primary key", "name: app\ntables:\n  t:\n    columns:\n      id: { type: uuid, primary: true, nullable: true }\n",
            5, 50, "tables.t.columns.id.nullable", "a primary key column cannot be nullable; remove nullable: true"
        },
        {
            "nullable identity", Head + "      n: { type: integer, generated: identity, nullable: true }\n",
            7, 58, "tables.t.columns.n.nullable", "an identity column cannot be nullable; remove nullable: true"
        },
        {
            "identity on text", Head + "      c: { type: text, generated: identity }\n",
            7, 35, "tables.t.columns.c.generated", "generated: identity is only for smallint, integer and bigint columns; this column is text"
        },
        {
            "unknown generated kind", Head + "      n: { type: integer, generated: auto }\n",
            7, 38, "tables.t.columns.n.generated", "unknown generated kind 'auto'; valid: identity"
        },
        {
            "identity with a default", Head + "      n: { type: integer, generated: identity, default: 1 }\n",
            7, 57, "tables.t.columns.n.default", "an identity column cannot have a default; remove default or generated"
        },
        {
            "enum without values", Head + "      c: { type: enum }\n",
            7, 10, "tables.t.columns.c", "missing required key 'values'; an enum lists its values, e.g. values: [draft, published]"
        },
        {
            "enum with no values", Head + "      c: { type: enum, values: [] }\n",
            7, 32, "tables.t.columns.c.values", "an enum needs at least one value"
        },
        {
            "enum with empty values", Head + "      c:\n        type: enum\n        values:\n",
            9, 16, "tables.t.columns.c.values", "an enum needs at least one value"
        },
        {
            "duplicate enum value", Head + "      c: { type: enum, values: [a, b, a] }\n",
            7, 39, "tables.t.columns.c.values[2]", "duplicate enum value 'a'"
        },
        {
            "values on a non-enum", Head + "      c: { type: text, values: [a, b] }\n",
            7, 24, "tables.t.columns.c.values", "values are only for enum columns; this column is text"
        },
        {
            "precision out of range", Head + "      c: { type: numeric, precision: 1001 }\n",
            7, 38, "tables.t.columns.c.precision", "precision must be between 1 and 1000, found 1001"
        },
        {
            "scale greater than precision", Head + "      c: { type: numeric, precision: 5, scale: 6 }\n",
            7, 48, "tables.t.columns.c.scale", "scale must be between 0 and the precision (5), found 6"
        },
        {
            "scale without precision", Head + "      c: { type: numeric, scale: 2 }\n",
            7, 27, "tables.t.columns.c.scale", "scale needs precision as well, e.g. precision: 10, scale: 2"
        },
        {
            "precision on integer", Head + "      c: { type: integer, precision: 5 }\n",
            7, 27, "tables.t.columns.c.precision", "precision is only for numeric columns; this column is integer"
        },
        {
            "min_length greater than max_length", Head + "      c: { type: text, min_length: 10, max_length: 5 }\n",
            7, 36, "tables.t.columns.c.min_length", "min_length 10 is greater than max_length 5"
        },
        {
            "max_length on integer", Head + "      c: { type: integer, max_length: 5 }\n",
            7, 27, "tables.t.columns.c.max_length", "max_length is only for text columns; this column is integer"
        },
        {
            "negative max_length", Head + "      c: { type: text, max_length: -1 }\n",
            7, 36, "tables.t.columns.c.max_length", "max_length must be 0 or more, found -1"
        },
        {
            "min on text", Head + "      c: { type: text, min: 1 }\n",
            7, 24, "tables.t.columns.c.min", "min is only for number columns; this column is text"
        },
        {
            "min greater than max", Head + "      c: { type: numeric, min: 10.5, max: 2 }\n",
            7, 32, "tables.t.columns.c.min", "min 10.5 is greater than max 2"
        },
        {
            "bad regex pattern", Head + "      c: { type: text, pattern: \"^(a|b$\" }\n",
            7, 33, "tables.t.columns.c.pattern", "invalid regular expression: insufficient closing parentheses at position 6"
        },
        {
            "pattern on an array", Head + "      c: { type: \"text[]\", pattern: \"^a$\" }\n",
            7, 28, "tables.t.columns.c.pattern", "pattern is only for text columns; this column is text[]"
        },
        {
            "bad check identifier", Head + "      title: { type: text, check: \"length(title) > 0 and titel <> ''\" }\n",
            7, 35, "tables.t.columns.title.check", "unknown identifier 'titel' in check; did you mean 'title'? valid: id, title, and, or, not, in, is, null, true, false, like, ilike, between, length, char_length, lower, upper, trim, abs, coalesce, now"
        },
        {
            "unbalanced check", Head + "      c: { type: integer, check: \"(c > 0 and (c < 10)\" }\n",
            7, 34, "tables.t.columns.c.check", "unbalanced parentheses in check: 1 '(' not closed"
        },
        {
            "check with a statement separator", Head + "      c: { type: integer, check: \"c > 0; drop table t\" }\n",
            7, 34, "tables.t.columns.c.check", "a check cannot contain ';'"
        },
        {
            "check with an unterminated string", Head + "      c: { type: text, check: \"c <> 'x\" }\n",
            7, 31, "tables.t.columns.c.check", "unterminated string in check: a ' is not closed"
        },
        {
            "renamed_from a column that still exists", Head + "      c: { type: bigint, renamed_from: id }\n",
            7, 40, "tables.t.columns.c.renamed_from", "renamed_from 'id' names a column that still exists; remove renamed_from or the other column"
        },
        {
            "primary flag not a boolean", Head + "      c: { type: text, unique: yes }\n",
            7, 32, "tables.t.columns.c.unique", "expected true or false, found 'yes'"
        },
    };

    private const string LongName = "a234567890123456789012345678901234567890123456789012345678901234";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_problem_with_its_position_path_and_message(string name, string yaml, int line, int column, string path, string message)
    {
        Assert.NotEmpty(name);
        SpecAssert.SingleError(yaml, line, column, path, message);
    }
}
