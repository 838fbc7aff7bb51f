using System.Runtime.CompilerServices;
using Basalt.Auth.ApiKeys;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Rest.Access;
using Basalt.Rest.Diagnostics;
using Basalt.Rest.Errors;
using Basalt.Rest.Execution;
using Basalt.Rest.Responses;
using Basalt.Spec;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql;

namespace Basalt.Rest;

/// <summary>
/// <c>/rest/v1/{table}</c>, independent of any web framework: one request in, one response out, through PostgREST's
/// pipeline — authenticate (<c>jwt</c>) → parse (<c>parse</c>) → plan (<c>plan</c>) → render one SQL command
/// (<c>render</c>) → run it once (<c>db</c>) → answer. Each stage is timed into <c>Server-Timing</c>, and the number of
/// SQL commands sent is reported in <c>X-Basalt-Sql-Commands</c> and the <c>basalt.sql.commands</c> counter. Every
/// refusal is PostgREST's error body; an unexpected failure is a generic 500 that carries the request id and hands the
/// exception to the host to log.
/// </summary>
public sealed class RestHandler
{
    public const string SqlCommandsHeader = "X-Basalt-Sql-Commands";

    private readonly DatabaseSchema schema;
    private readonly IDatabase database;
    private readonly CallerAuthenticator authenticator;
    private readonly QueryExecutor executor;
    private readonly Func<ApiRequest, DatabaseSchema, PlanContext, PlanResult> planner;
    private readonly TimeProvider time;

    // Npgsql streams a text column through GetTextReader. Microsoft.Data.Sqlite's GetTextReader and GetStream crash the
    // process on a computed column (seen with 10.0.1 over SQLitePCLRaw 2.1.13), and SQLite holds the value in memory
    // anyway, so SQLite bodies are read as one string.
    private readonly bool streamsText;

    /// <param name="apiKeys">The opaque API keys; the server passes the auth API's, so a revocation there applies here at once.</param>
    public RestHandler(AppSpec spec, IDatabase database, TimeProvider? time = null, ApiKeyRegistry? apiKeys = null)
        : this(spec, database, time, QueryPlanner.Plan, apiKeys)
    {
    }

    /// <summary>With another planner: tests drive the executor and responders with plans built by hand.</summary>
    internal RestHandler(
        AppSpec spec, IDatabase database, TimeProvider? time, Func<ApiRequest, DatabaseSchema, PlanContext, PlanResult> planner, ApiKeyRegistry? apiKeys = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        schema = spec.Schema;
        this.database = database;
        this.planner = planner;
        this.time = time ?? TimeProvider.System;
        streamsText = database.Dialect.Provider == DatabaseProvider.Postgres;
        authenticator = new CallerAuthenticator(new AccessTokenValidator(spec.Auth.Jwt, time),
            apiKeys ?? new ApiKeyRegistry(new AuthDatabase(database), this.time));
        executor = new QueryExecutor(database, schema);
    }

    /// <summary>An answer the host gives without the pipeline (a path that names no table, a body over the size limit).</summary>
    public static RestResponse Refuse(RestError error) => ResponseBuilder.Error(error);

    /// <summary>OPTIONS on the API root, as PostgREST answers it: the root serves its document with GET and HEAD.</summary>
    public static RestResponse RootOptions() =>
        new(200, [new("Allow", "OPTIONS,GET,HEAD"), new("Access-Control-Allow-Origin", "*")], null);

    public async Task<RestResponse> HandleAsync(RawRequest raw, string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var timings = new StageTimings();
        var sent = new StrongBox<int>();
        RestResponse response;
        try
        {
            response = await RunAsync(raw, timings, sent, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            response = ResponseBuilder.Error(RestErrors.Unexpected(requestId), exception);
        }
        if (response.Status < 400)
        {
            // As PostgREST: the answer depends on these request headers, so caches must key on them.
            response.AddHeader("Vary", "Accept, Prefer, Range");
        }
        response.AddHeader("Server-Timing", timings.Render());
        response.AddHeader(SqlCommandsHeader, sent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.SqlCommands = sent.Value;
        return response;
    }

    private async Task<RestResponse> RunAsync(RawRequest raw, StageTimings timings, StrongBox<int> sent, CancellationToken cancellationToken)
    {
        var (caller, refused) = await timings.MeasureAsync("jwt", () => authenticator.AuthenticateAsync(raw.Headers, cancellationToken));
        if (caller is null)
        {
            return ResponseBuilder.Error(refused!);
        }
        var (negotiated, badProfile) = ProfileNegotiation.Negotiate(raw);
        if (badProfile is not null)
        {
            return ResponseBuilder.Error(badProfile);
        }
        var parsed = timings.Measure("parse", () => RequestParser.Parse(raw));
        if (!parsed.Succeeded)
        {
            return ResponseBuilder.Error(RestErrors.From(parsed.Error));
        }
        var request = parsed.Request;
        if (request.Kind == RequestKind.Info)
        {
            return InfoResponder.Respond(request.Table, schema);
        }
        var planContext = caller.PlanContextAt(time.GetUtcNow());
        var planned = timings.Measure("plan", () => planner(request, schema, planContext));
        if (!planned.Succeeded)
        {
            return ResponseBuilder.Error(RestErrors.From(planned.Error));
        }
        var plan = planned.Plan;
        if (TableAccess.Check(caller, plan, planContext) is { } denied)
        {
            return ResponseBuilder.Error(denied);
        }
        var command = timings.Measure("render", () => database.Dialect.Queries.Render(plan));
        var representation = request.Representation;
        var options = new ExecutionOptions(
            Singular: representation.Kind == RepresentationKind.SingleObject,
            Stream: streamsText && plan is ReadPlan && !request.HeadOnly && representation.Kind == RepresentationKind.Json && !representation.StripNulls,
            Authenticated: caller.Authenticated);
        var outcome = await timings.MeasureAsync("db", () => executor.ExecuteAsync(plan, command, options, sent, cancellationToken));
        if (!outcome.Succeeded)
        {
            return ResponseBuilder.Error(outcome.Error, outcome.Failure);
        }
        var context = new ResponseContext(request, raw.QueryString ?? "", negotiated);
        return plan switch
        {
            ReadPlan read => await ReadResponder.RespondAsync(context, read, outcome.Result, cancellationToken),
            MutationPlan write => await WriteResponder.RespondAsync(context, write, outcome.Result, cancellationToken),
            _ => throw new InvalidOperationException($"no responder for {plan.GetType().Name}"),
        };
    }
}
