using Basalt.Auth.Tokens;

namespace Basalt.Rest.Tests.Tokens;

public sealed class BearerTokenTests
{
    [Theory]
    [InlineData("Bearer abc", null, "abc")]
    [InlineData("bearer abc", null, "abc")]
    [InlineData("BEARER   abc  ", null, "abc")]
    [InlineData("Bearer abc", "key", "abc")]
    [InlineData(null, "key", "key")]
    [InlineData(null, " key ", "key")]
    [InlineData("Basic dXNlcjpwYXNz", "key", "key")]
    [InlineData("Basic dXNlcjpwYXNz", null, null)]
    [InlineData("Bearer", "key", "")]
    [InlineData("Bearer   ", null, "")]
    [InlineData(null, "", null)]
    [InlineData(null, null, null)]
    public void Bearer_wins_over_apikey_and_an_empty_bearer_is_an_empty_token(string? authorization, string? apiKey, string? expected)
    {
        Assert.Equal(expected, BearerToken.Find(authorization, apiKey));
    }
}
