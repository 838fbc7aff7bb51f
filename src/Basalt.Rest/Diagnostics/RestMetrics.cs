using System.Diagnostics.Metrics;
using Basalt.Query.Planning;

namespace Basalt.Rest.Diagnostics;

/// <summary>
/// The REST surface's instruments on the <c>Basalt</c> meter. <c>basalt.sql.commands</c> counts the SQL commands sent
/// for requests, tagged with the operation, so a dashboard shows that each request runs one.
/// </summary>
public static class RestMetrics
{
    public const string MeterName = "Basalt";

    public const string SqlCommandsInstrument = "basalt.sql.commands";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> SqlCommands = Meter.CreateCounter<long>(
        SqlCommandsInstrument, unit: "{command}", description: "SQL commands sent to the database for REST requests.");

    internal static void CountCommand(QueryPlan plan) =>
        SqlCommands.Add(1, new KeyValuePair<string, object?>("operation", Operation(plan)));

    private static string Operation(QueryPlan plan) => plan switch
    {
        ReadPlan => "read",
        InsertPlan => "insert",
        UpdatePlan => "update",
        DeletePlan => "delete",
        _ => "other",
    };
}
