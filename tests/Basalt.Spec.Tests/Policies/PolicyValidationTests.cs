using Basalt.Spec.Policies;
using static Basalt.Spec.Tests.Policies.PolicyTestSchema;

namespace Basalt.Spec.Tests.Policies;

/// <summary>Each kind of validation error, at the node it concerns; and the comparisons that are valid.</summary>
public sealed class PolicyValidationTests
{
    [Theory]
    [InlineData("titel = 'a'", 1, "unknown column 'titel' in posts; did you mean 'title'? valid: id, author_id, title, status, published, score, price, created_at, day, meta, tags, team_id")]
    [InlineData("exists(coments where true)", 8, "unknown table 'coments'; did you mean 'comments'? valid: auth.users, posts, comments, members")]
    [InlineData("exists(comments where bdy = 'x')", 23, "unknown column 'bdy'; did you mean 'body'? valid: id, post_id, author_id, body, title, status, published, score, price, created_at, day, meta, tags, team_id")]
    [InlineData("exists(comments where comments.bdy = 'x')", 32, "unknown column 'bdy' in comments; did you mean 'body'? valid: id, post_id, author_id, body")]
    [InlineData("postz.title = 'x'", 1, "'postz' is not a table in scope here; did you mean 'posts'? valid: posts")]
    [InlineData("auth.has_role('admn')", 1, "unknown role 'admn'; did you mean 'admin'? valid: anon, authenticated, service_role, admin, editor; declare custom roles under roles:")]
    [InlineData("score = 'x'", 9, "cannot compare the integer column score with the string 'x'")]
    [InlineData("'x' = score", 1, "cannot compare the integer column score with the string 'x'")]
    [InlineData("published = 1", 13, "cannot compare the boolean column published with the number 1")]
    [InlineData("title = true", 9, "cannot compare the text column title with true")]
    [InlineData("status = 'publishd'", 10, "'publishd' is not a value of the enum column status; did you mean 'published'? valid: draft, published, archived")]
    [InlineData("status in ('draft', 'gone')", 21, "'gone' is not a value of the enum column status; valid: draft, published, archived")]
    [InlineData("author_id = 'not-a-uuid'", 13, "cannot compare the uuid column author_id with the string 'not-a-uuid', which is not a uuid")]
    [InlineData("author_id = title", 11, "cannot compare the uuid column author_id with the text column title")]
    [InlineData("score = auth.uid()", 7, "cannot compare the integer column score with auth.uid(), a uuid,")]
    [InlineData("created_at < 5", 14, "cannot compare the timestamptz column created_at with the number 5")]
    [InlineData("meta = 'x'", 1, "the jsonb column meta can only be tested with 'is null' or 'is not null'")]
    [InlineData("tags = 'x'", 1, "the text[] column tags can only be tested with 'is null' or 'is not null'")]
    [InlineData("auth.jwt() -> 'tier' = 'gold'", 1, "a claim read with -> (JSON; read it as text with ->>) can only be tested with 'is null' or 'is not null'")]
    [InlineData("score like '1%'", 1, "like compares text, but the integer column score is not text")]
    [InlineData("title like 5", 12, "like compares text, but the number 5 is not text")]
    [InlineData("title like 'a\\'", 12, "a like pattern cannot end with the escape character '\\'; write '\\\\' for a backslash")]
    [InlineData("title", 1, "a condition must be true or false, but the text column title is not a boolean; compare it, as in title = …")]
    [InlineData("auth.uid()", 1, "a condition must be true or false, but auth.uid(), a uuid, is not a boolean; compare it, as in user_id = auth.uid()")]
    [InlineData("1", 1, "a condition must be true or false, but the number 1 is not a boolean; compare it, as in … = 'value'")]
    [InlineData("exists(comments where post_id = 'x')", 33, "cannot compare the bigint column comments.post_id with the string 'x'")]
    [InlineData("status < title", 8, "the enum column status and the text column title can only be compared with = or <>: an enum orders by its declared values, text by its characters")]
    [InlineData("title >= status", 7, "the text column title and the enum column status can only be compared with = or <>: an enum orders by its declared values, text by its characters")]
    public void Each_error_names_the_problem_at_its_node(string text, int column, string message)
    {
        var error = Error(text);
        Assert.Equal((message, column), (error.Message, error.Position.Column));
    }

    [Theory]
    [InlineData("author_id = '6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f' and author_id = auth.uid()")]
    [InlineData("created_at < '2024-01-01' and day >= '2024-01-01' and created_at > day and created_at < now()")]
    [InlineData("status = 'draft' or status < 'archived' or status = auth.jwt() ->> 'status' or title = status or title <> status or status in (title, 'draft')")]
    [InlineData("score > 1.5 and price = 3 and price in (1, 2.5, null) and score <> -1")]
    [InlineData("published = true and published and not published = false")]
    [InlineData("title like '%a\\%' and status like 'd%' and auth.role() like 'auth%' and title not like auth.jwt() ->> 'x'")]
    [InlineData("meta is not null and tags is null and auth.jwt() -> 'app_metadata' is not null")]
    [InlineData("auth.role() = 'authenticated' and auth.has_role('editor') and auth.has_role('service_role')")]
    [InlineData("title = null and null")]
    [InlineData("exists(auth.users where auth.users.id = author_id and email = 'a@b.c')")]
    public void Valid_comparisons_pass(string text)
    {
        var result = Parse(text);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Empty(PolicyValidator.Validate(result.Condition!, Database, Roles));
    }

    [Fact]
    public void Every_unknown_column_is_reported_not_only_the_first()
    {
        var result = Parse("titel = 'a' or scor = 1 or exists(comments where bdy = 'x')");
        Assert.Equal([1, 16, 50], result.Errors.Select(e => e.Position.Column).ToArray());
    }

    [Fact]
    public void Every_validation_error_is_reported_not_only_the_first()
    {
        var result = Parse("score = 'a' or title = 1 or auth.has_role('nobody')");
        var errors = PolicyValidator.Validate(result.Condition!, Database, Roles);
        Assert.Equal([9, 24, 29], errors.Select(e => e.Position.Column).ToArray());
    }

    [Fact]
    public void A_role_key_that_is_not_a_role_fails_the_spec() =>
        SpecAssert.SingleError(
            "name: app\nroles: [editor]\ntables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n    policies:\n      select: { editr: \"true\" }\n",
            8, 17, "tables.t.policies.select.editr", "unknown role 'editr'; did you mean 'editor'? valid: anon, authenticated, service_role, editor");

    [Fact]
    public void A_custom_role_declared_in_roles_is_known_to_has_role() =>
        SpecAssert.Valid("name: app\nroles: [editor]\ntables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n    policies:\n      select: auth.has_role('editor') or auth.has_role('anon')\n");
}
