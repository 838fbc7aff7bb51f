using BenchmarkDotNet.Attributes;
using Basalt.Query.Request;

namespace Basalt.Bench;

/// <summary>
/// Parsing realistic REST requests, URL-encoded as postgrest-js sends them: a primary-key lookup, a filtered and
/// ordered page, and a three-level embed with embedded filters and an <c>or</c>.
/// </summary>
[MemoryDiagnoser]
public class RequestParseBenchmarks
{
    private static readonly RequestHeaders CountExact = new([new("Prefer", "count=exact"), new("Accept", "application/json")]);

    private readonly RawRequest _pkLookup = new("GET", "posts", "select=*&id=eq.42", new RequestHeaders([new("Accept", "application/vnd.pgrst.object+json")]), default);

    private readonly RawRequest _filteredPage = new("GET", "posts",
        "select=id%2Ctitle%2Cstatus%2Ccreated_at&status=eq.published&created_at=gte.2024-01-01&tags=cs.%7Bdotnet%2Csqlite%7D"
        + "&order=created_at.desc.nullslast%2Cid.asc&offset=40&limit=20", CountExact, default);

    private readonly RawRequest _deepEmbed = new("GET", "posts",
        "select=id%2Ctitle%2Cauthor%3Aprofiles%21author_id%28username%2Cavatar_url%29%2Ccomments%28id%2Cbody%2Ccreated_at%2Cauthor%3Aprofiles%28username%2C...orgs%28org_name%3Aname%29%29%29"
        + "&status=eq.published&or=%28title.ilike.*sqlite*%2Cbody.fts%28english%29.sqlite%2Cand%28pinned.is.true%2Cscore.gte.10%29%29"
        + "&comments.author.username=neq.spam&comments.order=created_at.desc&comments.limit=5&comments.approved=is.true"
        + "&order=created_at.desc&limit=10", CountExact, default);

    /// <summary>A benchmark of the error path by mistake would measure nothing useful.</summary>
    [GlobalSetup]
    public void CheckThatEveryRequestParses()
    {
        foreach (var request in new[] { _pkLookup, _filteredPage, _deepEmbed })
        {
            var result = RequestParser.Parse(request);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Error.ToString());
            }
        }
    }

    [Benchmark]
    public ParseResult ParsePkLookup() => RequestParser.Parse(_pkLookup);

    [Benchmark]
    public ParseResult ParseFilteredPage() => RequestParser.Parse(_filteredPage);

    [Benchmark]
    public ParseResult ParseDeepEmbed() => RequestParser.Parse(_deepEmbed);
}
