namespace Basalt.Spec.Tests;

/// <summary>One pass finds every problem, and they come out in the order they are written.</summary>
public sealed class SeveralErrorsTests
{
    [Fact]
    public void Every_problem_is_reported_together_ordered_by_line_and_column()
    {
        SpecAssert.Errors("""
            version: 1
            name: Blog
            database: { provider: sqlite, synchronus: full }
            tables:
              posts:
                columns:
                  id: { type: bigint, primary: true }
                  author_id: { type: uuid, references: profile }
                  title: { type: txt, max_length: 200 }
                  status: { type: enum, default: draft }
                policies:
                  selct: "true"
                rate_limit: { anon: 60/mins }
              comments:
                columns:
                  body: { type: text, nulable: true }
            """,
            "basalt.yaml:2:7: name: invalid name 'Blog'; use lowercase letters, digits, '_' and '-', starting with a letter",
            "basalt.yaml:3:31: database.synchronus: unknown key 'synchronus'; did you mean 'synchronous'? valid: provider, url, replicas, redis, synchronous",
            "basalt.yaml:8:44: tables.posts.columns.author_id.references: unknown table 'profile'; valid: auth.users, posts, comments",
            "basalt.yaml:9:22: tables.posts.columns.title.type: unknown type 'txt'; did you mean 'text'? valid: text, integer, bigint, smallint, real, double, numeric, boolean, uuid, date, time, timestamp, timestamptz, json, jsonb, bytea, enum, or any of them followed by [] for an array",
            "basalt.yaml:10:15: tables.posts.columns.status: missing required key 'values'; an enum lists its values, e.g. values: [draft, published]",
            "basalt.yaml:12:7: tables.posts.policies.selct: unknown operation 'selct'; did you mean 'select'? valid: select, insert, update, delete",
            "basalt.yaml:13:25: tables.posts.rate_limit.anon: invalid rate limit '60/mins'; write a count and a window such as 60/min or 30/5min (units: s, sec, second, min, minute, h, hour, day)",
            "basalt.yaml:14:3: tables.comments: every table needs a primary key; add `primary: true` to a column, e.g. id: { type: bigint, primary: true, generated: identity }",
            "basalt.yaml:16:27: tables.comments.columns.body.nulable: unknown key 'nulable'; did you mean 'nullable'? valid: type, primary, generated, nullable, unique, default, references, on_delete, check, min_length, max_length, pattern, min, max, sensitive, renamed_from, description, values, precision, scale");
    }

    [Fact]
    public void Duplicate_keys_are_reported_with_the_other_problems()
    {
        SpecAssert.Errors("""
            name: app
            tables:
              t:
                columns:
                  id: { type: bigint, primary: true }
                  id: { type: text }
                  n: { type: integr }
            """,
            "basalt.yaml:6:7: tables.t.columns.id: duplicate key 'id'; it is already defined at line 5",
            "basalt.yaml:7:18: tables.t.columns.n.type: unknown type 'integr'; did you mean 'integer'? valid: text, integer, bigint, smallint, real, double, numeric, boolean, uuid, date, time, timestamp, timestamptz, json, jsonb, bytea, enum, or any of them followed by [] for an array");
    }

    [Fact]
    public void A_column_that_failed_to_read_is_not_also_unknown_to_indexes_or_missing_as_a_key()
    {
        // 'id' has a bad type: the index naming it and the table's key rely on it, but only the type is wrong.
        SpecAssert.Errors("""
            name: app
            tables:
              t:
                columns:
                  id: { type: bigit, primary: true }
                  c: { type: text, nullable: maybe }
                indexes:
                  - { columns: [id, c] }
            """,
            "basalt.yaml:5:19: tables.t.columns.id.type: unknown type 'bigit'; did you mean 'bigint'? valid: text, integer, bigint, smallint, real, double, numeric, boolean, uuid, date, time, timestamp, timestamptz, json, jsonb, bytea, enum, or any of them followed by [] for an array",
            "basalt.yaml:6:34: tables.t.columns.c.nullable: expected true or false, found 'maybe'");
    }
}
