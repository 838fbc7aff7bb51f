namespace Basalt.Spec.Tests;

/// <summary>Invalid specs, one problem each, in defaults, references, uniques, indexes, policies, rate limits and caching.</summary>
public sealed class InvalidRelationTests
{
    /// <summary>Lines 1–6; a case's own column is on line 7, starting at column 7.</summary>
    private const string Head = "version: 1\nname: app\nroles: [editor]\ntables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n";

    private const string Posts = "  posts:\n    columns:\n      id: { type: bigint, primary: true }\n      title: { type: text }\n";

    public static TheoryData<string, string, int, int, string, string> Cases => new()
    {
        {
            "default of the wrong type", Head + "      n: { type: integer, default: abc }\n",
            8, 36, "tables.t.columns.n.default", "invalid default for integer: expected a whole number from -2147483648 to 2147483647, found 'abc'"
        },
        {
            "smallint default out of range", Head + "      n: { type: smallint, default: 40000 }\n",
            8, 37, "tables.t.columns.n.default", "invalid default for smallint: expected a whole number from -32768 to 32767, found '40000'"
        },
        {
            "boolean default", Head + "      b: { type: boolean, default: 1 }\n",
            8, 36, "tables.t.columns.b.default", "invalid default for boolean: expected true or false, found '1'"
        },
        {
            "uuid default", Head + "      u: { type: uuid, default: not-a-uuid }\n",
            8, 33, "tables.t.columns.u.default", "invalid default for uuid: expected a uuid such as 123e4567-e89b-12d3-a456-426614174000, gen_random_uuid() or auth.uid(), found 'not-a-uuid'"
        },
        {
            "date default", Head + "      d: { type: date, default: 2024-02-30 }\n",
            8, 33, "tables.t.columns.d.default", "invalid default for date: expected a date YYYY-MM-DD or now(), found '2024-02-30'"
        },
        {
            "timestamp default", Head + "      d: { type: timestamptz, default: \"yesterday\" }\n",
            8, 40, "tables.t.columns.d.default", "invalid default for timestamptz: expected an ISO-8601 timestamp such as 2024-01-31T12:00:00Z, or now(), found 'yesterday'"
        },
        {
            "enum default outside its values", Head + "      s: { type: enum, values: [draft, published], default: drafts }\n",
            8, 61, "tables.t.columns.s.default", "default 'drafts' is not one of the enum's values; did you mean 'draft'? valid: draft, published"
        },
        {
            "array default that is not a list", Head + "      a: { type: \"text[]\", default: a }\n",
            8, 37, "tables.t.columns.a.default", "invalid default for text[]: expected a list such as [] or [a, b], found 'a'"
        },
        {
            "array default with a wrong element", Head + "      a: { type: \"integer[]\", default: [1, x] }\n",
            8, 44, "tables.t.columns.a.default[1]", "invalid default for integer: expected a whole number from -2147483648 to 2147483647, found 'x'"
        },
        {
            "now() on a text column", Head + "      c: { type: text, default: now() }\n",
            8, 33, "tables.t.columns.c.default", "now() is a default for timestamp, timestamptz, date and time columns; this column is text"
        },
        {
            "unknown default function", Head + "      c: { type: uuid, default: uuid() }\n",
            8, 33, "tables.t.columns.c.default", "unknown default function 'uuid()'; valid: now(), auth.uid(), gen_random_uuid()"
        },
        {
            "default function typo", Head + "      c: { type: timestamptz, default: nwo() }\n",
            8, 40, "tables.t.columns.c.default", "unknown default function 'nwo()'; did you mean 'now()'? valid: now(), auth.uid(), gen_random_uuid()"
        },
        {
            "default null on a required column", Head + "      c: { type: text, default: null }\n",
            8, 33, "tables.t.columns.c.default", "a column that is not nullable cannot default to null; add nullable: true or remove the default"
        },
        {
            "default longer than max_length", Head + "      c: { type: text, max_length: 3, default: abcd }\n",
            8, 48, "tables.t.columns.c.default", "default 'abcd' is longer than max_length 3"
        },
        {
            "default below min", Head + "      n: { type: integer, min: 1, default: 0 }\n",
            8, 44, "tables.t.columns.n.default", "default 0 is less than min 1"
        },
        {
            "relation to a missing table", Head + Posts + "      post_id: { type: bigint, references: post }\n",
            12, 44, "tables.posts.columns.post_id.references", "unknown table 'post'; did you mean 'posts'? valid: auth.users, t, posts"
        },
        {
            "reference type mismatch", Head + Posts + "      parent: { type: integer, references: posts }\n",
            12, 44, "tables.posts.columns.parent.references", "type integer does not match posts.id, which is bigint; a reference must have the same type"
        },
        {
            "reference to auth.users with the wrong type", Head + "      user_id: { type: bigint, references: auth.users }\n",
            8, 44, "tables.t.columns.user_id.references", "type bigint does not match auth.users.id, which is uuid; a reference must have the same type"
        },
        {
            "reference to a missing column", Head + Posts + "      post_title: { type: text, references: posts.titel }\n",
            12, 45, "tables.posts.columns.post_title.references", "unknown column 'titel' in table posts; did you mean 'title'? valid: id, title, post_title"
        },
        {
            "reference to a column that is not unique", Head + Posts + "      other: { type: text, references: posts.title }\n",
            12, 40, "tables.posts.columns.other.references", "posts.title is neither the primary key nor unique; reference the primary key, or add unique: true to title"
        },
        {
            "malformed reference", Head + "      r: { type: bigint, references: a.b.c }\n",
            8, 38, "tables.t.columns.r.references", "invalid reference 'a.b.c'; write a table (profiles) or a table and column (profiles.id)"
        },
        {
            "unknown on_delete action", Head + "      r: { type: bigint, references: t, on_delete: casade }\n",
            8, 52, "tables.t.columns.r.on_delete", "unknown on_delete action 'casade'; did you mean 'cascade'? valid: cascade, restrict, set null, set default, no action"
        },
        {
            "on_delete without references", Head + "      r: { type: bigint, on_delete: cascade }\n",
            8, 26, "tables.t.columns.r.on_delete", "on_delete needs references; this column references no table"
        },
        {
            "set null on a column that is not nullable", Head + "      r: { type: bigint, references: t, on_delete: set null }\n",
            8, 52, "tables.t.columns.r.on_delete", "on_delete: set null needs a nullable column; add nullable: true"
        },
        {
            "index on a missing column", Head + "      title: { type: text }\n    indexes:\n      - { columns: [titel] }\n",
            10, 21, "tables.t.indexes[0].columns[0]", "unknown column 'titel'; did you mean 'title'? valid: id, title"
        },
        {
            "index with empty columns", Head + "    indexes:\n      - columns:\n",
            9, 17, "tables.t.indexes[0].columns", "an index needs at least one column"
        },
        {
            "index column with a bad direction", Head + "      title: { type: text }\n    indexes:\n      - { columns: [title up] }\n",
            10, 21, "tables.t.indexes[0].columns[0]", "invalid index column 'title up'; write a column name, optionally followed by asc or desc"
        },
        {
            "fulltext on integer", Head + "      n: { type: integer }\n    indexes:\n      - { columns: [n], kind: fulltext }\n",
            10, 21, "tables.t.indexes[0].columns[0]", "a fulltext index covers text columns only; 'n' is integer"
        },
        {
            "unique fulltext index", Head + "      c: { type: text }\n    indexes:\n      - { columns: [c], kind: fulltext, unique: true }\n",
            10, 49, "tables.t.indexes[0].unique", "a fulltext index cannot be unique"
        },
        {
            "unknown index kind", Head + "      c: { type: text }\n    indexes:\n      - { columns: [c], kind: gin }\n",
            10, 31, "tables.t.indexes[0].kind", "unknown index kind 'gin'; valid: btree, fulltext"
        },
        {
            "duplicate index name", Head + "      c: { type: text }\n    indexes:\n      - { columns: [c] }\n      - { columns: [c], name: t_c_idx }\n",
            11, 31, "tables.t.indexes[1].name", "the index name 't_c_idx' is already used by another table, index, constraint or enum type; give the index another name with name:"
        },
        {
            "composite unique on a missing column", Head + "      a: { type: text }\n    unique: [[a, b]]\n",
            9, 18, "tables.t.unique[0][1]", "unknown column 'b'; valid: id, a"
        },
        {
            "unique as a flat list", Head + "      a: { type: text }\n    unique: [a]\n",
            9, 14, "tables.t.unique[0]", "expected a list of columns, found 'a'; write unique: [[a, b]] for one constraint over a and b"
        },
        {
            "unknown policy operation", Head + "    policies:\n      selct: \"true\"\n",
            9, 7, "tables.t.policies.selct", "unknown operation 'selct'; did you mean 'select'? valid: select, insert, update, delete"
        },
        {
            "unknown role in a policy", Head + "    policies:\n      select: { editr: \"true\" }\n",
            9, 17, "tables.t.policies.select.editr", "unknown role 'editr'; did you mean 'editor'? valid: anon, authenticated, service_role, editor"
        },
        {
            "empty policy", Head + "    policies:\n      delete: \"\"\n",
            9, 15, "tables.t.policies.delete", "a policy cannot be empty; write \"true\" to allow every row, or remove the operation to deny it"
        },
        {
            "policy as a list", Head + "    policies:\n      select: [\"true\"]\n",
            9, 15, "tables.t.policies.select", "expected a policy expression, or a mapping of role to expression, found a list"
        },
        {
            "bad rate limit", Head + "    rate_limit: { anon: 60/mins }\n",
            8, 25, "tables.t.rate_limit.anon", "invalid rate limit '60/mins'; write a count and a window such as 60/min or 30/5min (units: s, sec, second, min, minute, h, hour, day)"
        },
        {
            "zero rate limit", Head + "    rate_limit: { anon: 0/s }\n",
            8, 25, "tables.t.rate_limit.anon", "a rate limit needs a count from 1 to 2147483647, found 0"
        },
        {
            "unknown role in a rate limit", Head + "    rate_limit: { anonymous: 60/min }\n",
            8, 19, "tables.t.rate_limit.anonymous", "unknown role 'anonymous'; valid: anon, authenticated, service_role, editor"
        },
        {
            "bad cache duration", Head + "    cache: { max_age: 30 seconds }\n",
            8, 23, "tables.t.cache.max_age", "invalid duration '30 seconds'; write a number and a unit: 500ms, 30s, 5m (or 5min), 1h, 30d"
        },
        {
            "a duration too long to represent", Head + "    cache: { max_age: 999999999999d }\n",
            8, 23, "tables.t.cache.max_age", "invalid duration '999999999999d'; write a number and a unit: 500ms, 30s, 5m (or 5min), 1h, 30d"
        },
        {
            "a duration in seconds too long to represent", Head + "    cache: { max_age: 999999999999s }\n",
            8, 23, "tables.t.cache.max_age", "invalid duration '999999999999s'; write a number and a unit: 500ms, 30s, 5m (or 5min), 1h, 30d"
        },
        {
            "cache with an empty max_age", Head + "    cache:\n      max_age:\n",
            9, 15, "tables.t.cache.max_age", "expected a duration, found nothing; write a number and a unit: 500ms, 30s, 5m (or 5min), 1h, 30d"
        },
        {
            "cache without max_age", Head + "    cache: {}\n",
            8, 12, "tables.t.cache", "missing required key 'max_age'"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_problem_with_its_position_path_and_message(string name, string yaml, int line, int column, string path, string message)
    {
        Assert.NotEmpty(name);
        SpecAssert.SingleError(yaml, line, column, path, message);
    }
}
