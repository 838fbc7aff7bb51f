using Basalt.Rest.Responses;

namespace Basalt.Rest.Tests.Responses;

/// <summary>PostgREST's Content-Range and read status (RangeQuery.rangeStatusHeader), case by case.</summary>
public sealed class ContentRangeTests
{
    [Theory]
    // No count asked: always 200, total '*'.
    [InlineData(0, 20, null, 200, "0-19/*")]
    [InlineData(0, 0, null, 200, "*/*")]
    [InlineData(10, 5, null, 200, "10-14/*")]
    [InlineData(500, 0, null, 200, "*/*")]
    // A whole result with a count.
    [InlineData(0, 100, 100L, 200, "0-99/100")]
    [InlineData(0, 1, 1L, 200, "0-0/1")]
    // A page of a larger result: partial content.
    [InlineData(0, 20, 100L, 206, "0-19/100")]
    [InlineData(90, 10, 100L, 206, "90-99/100")]
    [InlineData(1, 99, 100L, 206, "1-99/100")]
    // Nothing at all.
    [InlineData(0, 0, 0L, 200, "*/0")]
    // Starting exactly at the end: empty, still satisfiable (PostgREST answers 206 here).
    [InlineData(100, 0, 100L, 206, "*/100")]
    // Starting beyond the end: not satisfiable.
    [InlineData(101, 0, 100L, 416, "*/100")]
    [InlineData(5, 0, 0L, 416, "*/0")]
    public void Reads(long offset, long rows, long? total, int status, string header)
    {
        Assert.Equal((status, header), ContentRange.ForRead(offset, rows, total));
    }

    [Theory]
    [InlineData(null, "*/*")]
    [InlineData(3L, "*/3")]
    [InlineData(0L, "*/0")]
    public void Inserts_and_deletes_never_have_a_range(long? total, string header)
    {
        Assert.Equal(header, ContentRange.ForInsertOrDelete(total));
    }

    [Theory]
    [InlineData(3, null, "0-2/*")]
    [InlineData(3, 3L, "0-2/3")]
    [InlineData(1, null, "0-0/*")]
    [InlineData(0, null, "*/*")]
    [InlineData(0, 0L, "*/0")]
    public void Updates_count_from_zero(long rows, long? total, string header)
    {
        Assert.Equal(header, ContentRange.ForUpdate(rows, total));
    }
}
