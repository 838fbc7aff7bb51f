namespace Basalt.Rest.Responses;

/// <summary>A body already in memory: errors, writes, and representations that had to be transformed (CSV, one object).</summary>
internal sealed class BytesBody(ReadOnlyMemory<byte> bytes) : RestBody
{
    public ReadOnlyMemory<byte> Bytes => bytes;

    public override long? Length => bytes.Length;

    public override Task WriteToAsync(Stream destination, CancellationToken cancellationToken) =>
        destination.WriteAsync(bytes, cancellationToken).AsTask();
}
