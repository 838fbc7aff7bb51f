using BenchmarkDotNet.Attributes;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Loading;
using Basalt.Spec.Schema;

namespace Basalt.Bench;

/// <summary>
/// Planning parsed requests against the blog example's schema: a primary-key lookup, a filtered and ordered page, and
/// a three-level embed with embedded filters. Parsing is done once in setup, so these measure the planner alone.
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private static readonly PlanContext Context = new("service_role", null);

    private DatabaseSchema _schema = DatabaseSchema.Empty;
    private ApiRequest _pkLookup = null!;
    private ApiRequest _filteredPage = null!;
    private ApiRequest _deepEmbed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = SpecLoader.LoadFile(BenchPaths.Example("blog"), new Dictionary<string, string?>());
        _schema = spec.Spec?.Schema ?? throw new InvalidOperationException(string.Join("; ", spec.Errors));
        _pkLookup = Parse("select=*&id=eq.42");
        _filteredPage = Parse("select=id%2Ctitle%2Cstatus%2Ccreated_at&status=eq.published&created_at=gte.2024-01-01&tags=cs.%7Bdotnet%2Csqlite%7D"
            + "&order=created_at.desc.nullslast%2Cid.asc&offset=40&limit=20");
        _deepEmbed = Parse("select=id%2Ctitle%2Cauthor%3Aprofiles%21author_id%28username%29%2Ccomments%28id%2Cbody%2Cauthor%3Aprofiles%28username%2Cposts%28id%29%29%29"
            + "&status=eq.published&or=%28title.ilike.*sqlite*%2Cbody.fts%28english%29.sqlite%29"
            + "&comments.author.username=neq.spam&comments.order=created_at.desc&comments.limit=5&order=created_at.desc&limit=10");
        foreach (var request in new[] { _pkLookup, _filteredPage, _deepEmbed })
        {
            var plan = QueryPlanner.Plan(request, _schema, Context);
            if (!plan.Succeeded)
            {
                throw new InvalidOperationException(plan.Error.ToString());
            }
        }
    }

    [Benchmark]
    public PlanResult PlanPkLookup() => QueryPlanner.Plan(_pkLookup, _schema, Context);

    [Benchmark]
    public PlanResult PlanFilteredPage() => QueryPlanner.Plan(_filteredPage, _schema, Context);

    [Benchmark]
    public PlanResult PlanDeepEmbed() => QueryPlanner.Plan(_deepEmbed, _schema, Context);

    private static ApiRequest Parse(string query)
    {
        var result = RequestParser.Parse(new RawRequest("GET", "posts", query));
        return result.Request ?? throw new InvalidOperationException(result.Error!.ToString());
    }
}
