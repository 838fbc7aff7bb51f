using System.Text;
using Basalt.Auth.Tokens;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Rest.Errors;
using Basalt.Sql.Errors;

namespace Basalt.Rest.Tests.Responses;

/// <summary>Every kind of refusal becomes PostgREST's body, keys in its order, with its status and headers.</summary>
public sealed class RestErrorBodyTests
{
    [Fact]
    public void A_grammar_error_keeps_its_status_code_and_words()
    {
        var error = RestErrors.From(new RequestError(400, "PGRST100", "\"failed to parse select (a,)\" (line 1, column 3)", "unexpected end of input", null));

        Assert.Equal(400, error.Status);
        Assert.Equal("""{"code":"PGRST100","details":"unexpected end of input","hint":null,"message":"\"failed to parse select (a,)\" (line 1, column 3)"}""", Body(error));
    }

    [Fact]
    public void An_ambiguous_embed_lists_its_candidates_as_the_details_array()
    {
        var plan = new PlanError(300, "PGRST201", "Could not embed because more than one relationship was found for 'orders' and 'addresses'", null,
            "Try changing 'addresses' to one of the following: 'addresses!billing', 'addresses!shipping'. Find the desired relationship in the 'details' key.")
        {
            Candidates =
            [
                new EmbedCandidate("many-to-one", "orders with addresses", "billing using orders(billing_address_id) and addresses(id)"),
                new EmbedCandidate("many-to-one", "orders with addresses", "shipping using orders(shipping_address_id) and addresses(id)"),
            ],
        };

        var error = RestErrors.From(plan);

        Assert.Equal(300, error.Status);
        Assert.Equal(
            """{"code":"PGRST201","details":[{"cardinality":"many-to-one","embedding":"orders with addresses","relationship":"billing using orders(billing_address_id) and addresses(id)"},{"cardinality":"many-to-one","embedding":"orders with addresses","relationship":"shipping using orders(shipping_address_id) and addresses(id)"}],"hint":"Try changing 'addresses' to one of the following: 'addresses!billing', 'addresses!shipping'. Find the desired relationship in the 'details' key.","message":"Could not embed because more than one relationship was found for 'orders' and 'addresses'"}""",
            Body(error));
    }

    [Theory]
    [InlineData("23505", true, 409)]
    [InlineData("23503", false, 409)]
    [InlineData("23502", true, 400)]
    [InlineData("22P02", true, 400)]
    [InlineData("42P01", true, 404)]
    [InlineData("42501", true, 403)]
    [InlineData("42501", false, 401)]
    public void A_database_error_takes_postgrests_status_for_its_code(string code, bool authenticated, int status)
    {
        var error = RestErrors.From(new DatabaseError(code, "m", "d", "h"), authenticated);

        Assert.Equal(status, error.Status);
        Assert.Equal($$"""{"code":"{{code}}","details":"d","hint":"h","message":"m"}""", Body(error));
        Assert.Equal(status == 401 ? [new("WWW-Authenticate", "Bearer")] : [], error.Headers);
    }

    [Fact]
    public void Permission_denied_names_the_table_as_postgresql_does()
    {
        var anon = RestErrors.PermissionDenied("posts", authenticated: false);
        var user = RestErrors.PermissionDenied("posts", authenticated: true);

        Assert.Equal((401, """{"code":"42501","details":null,"hint":null,"message":"permission denied for table posts"}"""), (anon.Status, Body(anon)));
        Assert.Equal((403, """{"code":"42501","details":null,"hint":null,"message":"permission denied for table posts"}"""), (user.Status, Body(user)));
        Assert.Equal([new("WWW-Authenticate", "Bearer")], anon.Headers);
        Assert.Empty(user.Headers);
    }

    [Fact]
    public void A_token_error_challenges_with_invalid_token_and_its_message()
    {
        var decode = RestErrors.From(AccessTokenError.WrongKey);
        var claims = RestErrors.From(AccessTokenError.Expired);

        Assert.Equal(401, decode.Status);
        Assert.Equal("""{"code":"PGRST301","details":"None of the keys was able to decode the JWT","hint":null,"message":"No suitable key or wrong key type"}""", Body(decode));
        Assert.Equal([new("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"No suitable key or wrong key type\"")], decode.Headers);
        Assert.Equal("""{"code":"PGRST303","details":null,"hint":null,"message":"JWT expired"}""", Body(claims));
        Assert.Equal([new("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"JWT expired\"")], claims.Headers);
    }

    [Fact]
    public void A_missing_token_asks_for_one()
    {
        var error = RestErrors.TokenRequired;

        Assert.Equal(401, error.Status);
        Assert.Equal("""{"code":"PGRST302","details":null,"hint":null,"message":"Anonymous access is disabled"}""", Body(error));
        Assert.Equal([new("WWW-Authenticate", "Bearer")], error.Headers);
    }

    [Fact]
    public void Singular_range_and_max_affected_errors_use_postgrests_words()
    {
        Assert.Equal("""{"code":"PGRST116","details":"The result contains 3 rows","hint":null,"message":"Cannot coerce the result to a single JSON object"}""", Body(RestErrors.NotSingular(3)));
        Assert.Equal("""{"code":"PGRST103","details":"An offset of 20 was requested, but there are only 5 rows.","hint":null,"message":"Requested range not satisfiable"}""", Body(RestErrors.RangeNotSatisfiable(20, 5)));
        Assert.Equal("""{"code":"PGRST124","details":"The query affects 7 rows","hint":null,"message":"Query result exceeds max-affected preference constraint"}""", Body(RestErrors.MaxAffectedExceeded(7)));
        Assert.Equal((406, 416, 400), (RestErrors.NotSingular(3).Status, RestErrors.RangeNotSatisfiable(1, 0).Status, RestErrors.MaxAffectedExceeded(1).Status));
    }

    [Fact]
    public void An_unknown_table_suggests_the_closest_one()
    {
        Assert.Equal("""{"code":"PGRST205","details":null,"hint":"Perhaps you meant the table 'public.posts'","message":"Could not find the table 'public.post' in the schema cache"}""",
            Body(RestErrors.TableNotFound("post", "posts")));
        Assert.Equal(404, RestErrors.TableNotFound("x", null).Status);
    }

    [Fact]
    public void An_unexpected_error_says_nothing_but_the_request_id()
    {
        var error = RestErrors.Unexpected("req-1");

        Assert.Equal(500, error.Status);
        Assert.Equal("""{"code":"PGRSTX00","details":"Request id req-1; the server log has the details.","hint":null,"message":"An unexpected error occurred"}""", Body(error));
    }

    private static string Body(RestError error) => Encoding.UTF8.GetString(RestErrorBody.Serialize(error));
}
