namespace Basalt.Testing;

/// <summary>
/// The Redis server that <c>./test.sh</c> starts on loopback. Like <see cref="TestPostgres"/>, tests fail rather than
/// skip when it is missing, so a green run always means Redis was exercised. Tests keep apart by their own keys.
/// </summary>
public static class TestRedis
{
    public const string UrlVariable = "BASALT_TEST_REDIS_URL";

    /// <summary>The server's URL (<c>redis://127.0.0.1:port</c>).</summary>
    public static string Url =>
        Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url
            ? url
            : throw new InvalidOperationException(
                $"{UrlVariable} is not set: run the tests through ./test.sh, which starts Redis on 127.0.0.1, or export {UrlVariable}=redis://127.0.0.1:6379");
}
