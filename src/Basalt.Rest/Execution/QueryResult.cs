using System.Text.Json;

namespace Basalt.Rest.Execution;

/// <summary>
/// What the one command returned, read as <see cref="Basalt.Sql.Rendering.ResultShape"/> describes: the objects in the
/// page or the rows a write affected (<see cref="Rows"/>), the count <c>Prefer: count</c> asked for
/// (<see cref="Total"/>), the affected rows' primary keys (<see cref="Keys"/>), how many rows an upsert inserted when
/// the command reports it (<see cref="Inserted"/>), and the JSON array (<see cref="Body"/>, null for none).
/// <see cref="Denied"/> counts the written rows a policy check refused.
/// </summary>
internal sealed record QueryResult(long Rows, long? Total, IReadOnlyList<JsonElement> Keys, long? Inserted, ResultBody? Body) : IAsyncDisposable
{
    public long Denied { get; init; }

    public ValueTask DisposeAsync() => Body?.DisposeAsync() ?? ValueTask.CompletedTask;
}
