using System.Buffers;
using System.Data.Common;
using System.Text;
using Basalt.Rest.Execution;

namespace Basalt.Rest.Responses;

/// <summary>
/// The JSON text of one result column, copied from the data reader to the response in chunks and encoded as UTF-8
/// on the way, so a large page is never held as one string. Owns the connection until written or disposed.
/// </summary>
internal sealed class StreamedTextBody(DbDataReader reader, int ordinal, DatabaseLease lease) : RestBody
{
    // Small enough that a one-row answer does not pay for a large buffer, large enough that a big page takes few writes.
    private const int ChunkChars = 4 * 1024;

    public override long? Length => null;

    public override async Task WriteToAsync(Stream destination, CancellationToken cancellationToken)
    {
        // Pooled: a buffer per response was most of what a small read allocated, and so most of its garbage collection.
        var chars = ArrayPool<char>.Shared.Rent(ChunkChars);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(ChunkChars));
        try
        {
            var encoder = Encoding.UTF8.GetEncoder();
            using var text = reader.GetTextReader(ordinal);
            int read;
            while ((read = await text.ReadAsync(chars.AsMemory(0, ChunkChars), cancellationToken)) > 0)
            {
                var count = encoder.GetBytes(chars, 0, read, bytes, 0, flush: false);
                await destination.WriteAsync(bytes.AsMemory(0, count), cancellationToken);
            }
            var rest = encoder.GetBytes(chars, 0, 0, bytes, 0, flush: true);
            if (rest > 0)
            {
                await destination.WriteAsync(bytes.AsMemory(0, rest), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
        await lease.DisposeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await lease.DisposeAsync();
        await base.DisposeAsync();
    }
}
