using System.Globalization;

namespace Basalt.Rest.Responses;

/// <summary>
/// PostgREST's <c>Content-Range</c> header and read status (its <c>RangeQuery.rangeStatusHeader</c>):
/// <c>first-last/total</c>, with <c>*</c> for the range when nothing is in it (or the total is 0) and <c>*</c> for a
/// total nobody asked to count. A read with a known total is 416 when it starts beyond the total, 206 when it holds
/// fewer rows than the total, 200 otherwise; without a total it is always 200.
/// </summary>
public static class ContentRange
{
    public static (int Status, string Header) ForRead(long offset, long rows, long? total)
    {
        var lower = offset;
        var upper = lower + rows - 1;
        var status = total switch
        {
            null => 200,
            { } t when lower > t => 416,
            { } t when rows < t => 206,
            _ => 200,
        };
        return (status, Format(lower, upper, total));
    }

    /// <summary>POST and DELETE: never a range, only the count (<c>*/*</c>, <c>*/3</c>).</summary>
    public static string ForInsertOrDelete(long? total) => Format(1, 0, total);

    /// <summary>PATCH: the affected rows as a range from 0 (<c>0-2/*</c>, <c>0-2/3</c>, <c>*/*</c> when none).</summary>
    public static string ForUpdate(long rows, long? total) => Format(0, rows - 1, total);

    public static string Format(long lower, long upper, long? total)
    {
        var range = total != 0 && lower <= upper
            ? lower.ToString(CultureInfo.InvariantCulture) + "-" + upper.ToString(CultureInfo.InvariantCulture)
            : "*";
        return range + "/" + (total is { } count ? count.ToString(CultureInfo.InvariantCulture) : "*");
    }
}
