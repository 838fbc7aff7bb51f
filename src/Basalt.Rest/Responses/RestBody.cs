namespace Basalt.Rest.Responses;

/// <summary>
/// The body of a <see cref="RestResponse"/>: bytes already in memory, or JSON still being read from the database
/// (the connection stays open until the body is written or the response disposed).
/// </summary>
public abstract class RestBody : IAsyncDisposable
{
    /// <summary>The length in bytes when known before writing (for <c>Content-Length</c>).</summary>
    public abstract long? Length { get; }

    public abstract Task WriteToAsync(Stream destination, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
