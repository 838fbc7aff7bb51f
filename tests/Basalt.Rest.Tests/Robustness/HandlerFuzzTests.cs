using System.Text.Json;
using Basalt.Rest.Tests.Support;
using CsCheck;

namespace Basalt.Rest.Tests.Robustness;

/// <summary>
/// Random and mutated requests against the running handler over a real, seeded database: never a 5xx, never an
/// unexpected failure, every refusal a PostgREST error body, and a refused request leaves every table as it was.
/// Samples run one at a time, since each compares the database before and after.
/// </summary>
public sealed class HandlerFuzzTests
{
    [Theory]
    [InlineData(Engine.Sqlite, 2000)]
    [InlineData(Engine.Postgres, 500)]
    public async Task No_request_breaks_the_handler_or_changes_data_when_refused(Engine engine, int samples)
    {
        await using var library = await LibraryScenario.StartAsync(engine);

        await FuzzRequests.Requests.SampleAsync(async request =>
        {
            var before = await DumpAsync(library);
            await using var response = await library.Handler.HandleAsync(request.ToRaw(), "req-fuzz");
            var body = await response.ReadBodyAsStringAsync();

            Assert.True(response.Status < 500, $"{response.Status}: {body}");
            Assert.Null(response.Failure);
            if (response.Status >= 400)
            {
                var error = JsonDocument.Parse(body).RootElement;
                Assert.Equal(JsonValueKind.String, error.GetProperty("code").ValueKind);
                Assert.Equal(JsonValueKind.String, error.GetProperty("message").ValueKind);
                Assert.Equal(before, await DumpAsync(library));
            }
        }, iter: samples, threads: 1, print: r => r.ToString());
    }

    private static async Task<string> DumpAsync(LibraryScenario library) =>
        string.Concat(await Task.WhenAll(new[] { "authors", "genres", "books", "reviews" }.Select(library.DumpAsync)));
}
