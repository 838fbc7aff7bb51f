using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Loading;
using Basalt.Spec.Schema;

namespace Basalt.Bench;

/// <summary>
/// What row-level policies add to planning: the blog example's requests planned for <c>service_role</c> (which
/// bypasses policies: the baseline) and for a signed-in user, whose plan carries the compiled select policies of
/// every level (posts: published or own; comments and profiles: their own policies) with <c>auth.uid()</c> folded to
/// a parameter. Parsing happens once in setup.
/// </summary>
[MemoryDiagnoser]
public class PolicyPlanBenchmarks
{
    private static readonly PlanContext Service = PlanContext.ServiceRole;

    private PlanContext user = null!;
    private DatabaseSchema schema = DatabaseSchema.Empty;
    private ApiRequest filteredPage = null!;
    private ApiRequest deepEmbed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = SpecLoader.LoadFile(BenchPaths.Example("blog"), new Dictionary<string, string?>());
        schema = spec.Spec?.Schema ?? throw new InvalidOperationException(string.Join("; ", spec.Errors));
        const string Id = "8d0fd2b2-9a4e-4a1e-9d1b-5f1f7d6c0a11";
        var claims = JsonDocument.Parse($$$"""{"sub":"{{{Id}}}","role":"authenticated","aud":"authenticated","app_metadata":{"roles":["editor"]}}""").RootElement.Clone();
        user = new PlanContext("authenticated", Id) { Claims = claims };
        filteredPage = Parse("select=id%2Ctitle%2Cstatus%2Ccreated_at&status=eq.published&order=created_at.desc&limit=20");
        deepEmbed = Parse("select=id%2Ctitle%2Cauthor%3Aprofiles%21author_id%28username%29%2Ccomments%28id%2Cbody%2Cauthor%3Aprofiles%28username%29%29&limit=10");
        foreach (var request in new[] { filteredPage, deepEmbed })
        {
            foreach (var context in new[] { Service, user })
            {
                var plan = QueryPlanner.Plan(request, schema, context);
                if (!plan.Succeeded)
                {
                    throw new InvalidOperationException(plan.Error.ToString());
                }
            }
        }
    }

    [Benchmark(Baseline = true)]
    public PlanResult PageAsServiceRole() => QueryPlanner.Plan(filteredPage, schema, Service);

    [Benchmark]
    public PlanResult PageAsUser() => QueryPlanner.Plan(filteredPage, schema, user);

    [Benchmark]
    public PlanResult EmbedAsServiceRole() => QueryPlanner.Plan(deepEmbed, schema, Service);

    [Benchmark]
    public PlanResult EmbedAsUser() => QueryPlanner.Plan(deepEmbed, schema, user);

    private static ApiRequest Parse(string query)
    {
        var result = RequestParser.Parse(new RawRequest("GET", "posts", query));
        return result.Request ?? throw new InvalidOperationException(result.Error!.ToString());
    }
}
