namespace Basalt.Sql.Rendering.Tests.Support;

public static class Ids
{
    /// <summary>The <c>id</c> of each object of the body, in order.</summary>
    public static long[] Of(EngineResult result) => result.Array.Select(o => o!["id"]!.GetValue<long>()).ToArray();
}
