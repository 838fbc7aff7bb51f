using System.Data.Common;
using Basalt.Rest.Responses;

namespace Basalt.Rest.Execution;

/// <summary>
/// The JSON the database built for a response: text already read, or a column still on an open reader. A reader-backed
/// body is either read whole (<see cref="ReadAllAsync"/>, for transforms) or handed to the response to stream
/// (<see cref="ToRestBody"/>); either way the connection is released exactly once.
/// </summary>
internal sealed class ResultBody : IAsyncDisposable
{
    private readonly string? text;
    private readonly DbDataReader? reader;
    private readonly int ordinal;
    private readonly DatabaseLease? lease;

    private ResultBody(string? text, DbDataReader? reader, int ordinal, DatabaseLease? lease)
    {
        this.text = text;
        this.reader = reader;
        this.ordinal = ordinal;
        this.lease = lease;
    }

    public static ResultBody FromText(string text) => new(text, null, 0, null);

    public static ResultBody FromReader(DbDataReader reader, int ordinal, DatabaseLease lease) => new(null, reader, ordinal, lease);

    public async Task<string> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (text is not null)
        {
            return text;
        }
        try
        {
            using var column = reader!.GetTextReader(ordinal);
            return await column.ReadToEndAsync(cancellationToken);
        }
        finally
        {
            await lease!.DisposeAsync();
        }
    }

    /// <summary>The body for the response; the response owns the connection from here on.</summary>
    public RestBody ToRestBody() =>
        text is not null ? new BytesBody(System.Text.Encoding.UTF8.GetBytes(text)) : new StreamedTextBody(reader!, ordinal, lease!);

    public ValueTask DisposeAsync() => lease?.DisposeAsync() ?? ValueTask.CompletedTask;
}
