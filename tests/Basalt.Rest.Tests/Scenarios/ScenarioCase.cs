using System.Text.Json;
using Basalt.Rest.Tests.Support;

namespace Basalt.Rest.Tests.Scenarios;

/// <summary>
/// One row of a scenario table: a request (method, <c>/table?query</c>, headers, body) and what must come back — the
/// status, the headers named in <see cref="Expect"/> (null: absent), and the body: exact JSON (normalised), an error's
/// <c>CODE: message</c> (its details may differ between engines, as the translator documents), its code alone, or
/// exact text.
/// <see cref="After"/> is a GET whose JSON shows what the request left in the database.
/// </summary>
public sealed record ScenarioCase(string Method, string Url, int Status)
{
    public string? Body { get; init; }

    public string[] Headers { get; init; } = [];

    public string? Json { get; init; }

    public string? Error { get; init; }

    public string? Text { get; init; }

    /// <summary>Only the error's code, where the engines word the message differently.</summary>
    public string? Code { get; init; }

    public (string Name, string? Value)[] Expect { get; init; } = [];

    public (string Url, string Json)? After { get; init; }

    internal async Task RunAsync(LibraryScenario library)
    {
        await using var response = await library.SendAsync(Method, Url, Body, Headers);
        var body = await response.ReadBodyAsStringAsync();
        var context = $"{Method} {Url} -> {response.Status} {body}";
        Assert.True(Status == response.Status, context);
        if (Json is not null)
        {
            Assert.Equal(Answer.Normalize(Json), Answer.Normalize(body));
        }
        if (Error is not null)
        {
            var error = JsonDocument.Parse(body).RootElement;
            Assert.Equal(Error, error.GetProperty("code").GetString() + ": " + error.GetProperty("message").GetString());
        }
        if (Text is not null)
        {
            Assert.Equal(Text, body);
        }
        if (Code is not null)
        {
            Assert.Equal(Code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        }
        if (Json is null && Error is null && Text is null && Code is null)
        {
            Assert.True(body.Length == 0, context);
        }
        foreach (var (name, value) in Expect)
        {
            Assert.True(value == response.Header(name), $"{name}: expected '{value}', got '{response.Header(name)}' for {context}");
        }
        // Every request that reached the database ran exactly one command; a refusal before it ran none.
        Assert.Contains(response.Header(RestHandler.SqlCommandsHeader), new[] { "0", "1" });
        if (response.Status < 300 && Method != "OPTIONS")
        {
            Assert.Equal("1", response.Header(RestHandler.SqlCommandsHeader));
        }
        if (After is { } after)
        {
            await using var check = await library.SendAsync("GET", after.Url);
            Assert.Equal(Answer.Normalize(after.Json), Answer.Normalize(await check.ReadBodyAsStringAsync()));
        }
    }
}
