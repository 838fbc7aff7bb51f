namespace Basalt.Query.Request;

/// <summary>The negotiated response format; <see cref="StripNulls"/> comes from the <c>nulls=stripped</c> parameter.</summary>
public sealed record Representation(RepresentationKind Kind, bool StripNulls)
{
    public static Representation Json { get; } = new(RepresentationKind.Json, false);

    public override string ToString() => Kind switch
    {
        RepresentationKind.SingleObject => "application/vnd.pgrst.object+json",
        RepresentationKind.Csv => "text/csv",
        _ => StripNulls ? "application/vnd.pgrst.array+json" : "application/json",
    } + (StripNulls ? ";nulls=stripped" : "");
}
