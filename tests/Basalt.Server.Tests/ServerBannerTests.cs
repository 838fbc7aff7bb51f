using Basalt.Auth.Keys;
using Basalt.Server.Tests.Support;
using Basalt.Spec.Loading;
using Basalt.Spec.Settings;
using Basalt.Testing;

namespace Basalt.Server.Tests;

public sealed class ServerBannerTests
{
    private static readonly ServiceKeys Keys = new("anon.key.value", "service.key.value");

    [Fact]
    public void The_banner_lists_the_urls_the_database_and_both_keys()
    {
        using var temp = new TempDirectory();
        var spec = RunningServer.Spec(temp, new SqliteFileDatabase(temp.File("app.db")), "a-production-secret-0123456789abcdef");

        var banner = ServerBanner.Render(spec, "/srv/data/app.db", new Uri("http://127.0.0.1:8080"), Keys);

        Assert.Contains("http://127.0.0.1:8080/rest/v1/{table}", banner, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080/docs", banner, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080/health/ready", banner);
        Assert.Contains("sqlite: /srv/data/app.db", banner);
        Assert.Contains("anon key          anon.key.value", banner);
        Assert.Contains("service_role key  service.key.value", banner);
        Assert.DoesNotContain("WARNING", banner);
    }

    [Fact]
    public void The_banner_warns_when_the_development_secret_is_in_use()
    {
        using var temp = new TempDirectory();
        var spec = RunningServer.Spec(temp, new SqliteFileDatabase(temp.File("app.db")), AuthSettings.DevelopmentSecret);

        var banner = ServerBanner.Render(spec, "app.db", new Uri("http://127.0.0.1:8080"), Keys);

        Assert.Contains("WARNING: auth.jwt.secret is the public development secret", banner);
    }

    [Fact]
    public async Task A_running_server_renders_its_bound_address_and_valid_keys()
    {
        await using var server = await RunningServer.StartAsync();

        var banner = server.Server.RenderBanner();
        var anonKey = banner.Split('\n').Single(line => line.Contains("anon key")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

        Assert.Contains($"{server.Server.BoundUrl.GetLeftPart(UriPartial.Authority)}/health/live", banner);
        Assert.NotEqual(0, server.Server.BoundUrl.Port);
        Assert.Equal(ServiceKeyValidation.Valid("anon"), await ServiceKeys.ValidateAsync(anonKey, server.Server.Spec.Auth.Jwt));
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/health/live")]
    [InlineData("http://[::]:8080", "http://[::1]:8080/health/live")]
    public void A_wildcard_listen_address_is_shown_as_a_url_that_opens(string listening, string shown)
    {
        var spec = SpecLoader.LoadText("version: 1\nname: app\ntables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n", "basalt.yaml", new Dictionary<string, string?>()).Spec!;
        var banner = ServerBanner.Render(spec, "app.db", new Uri(listening), Keys);
        Assert.Contains(shown, banner, StringComparison.Ordinal);
        Assert.Contains("listening on every interface", banner, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0.0.0:8080/health", banner, StringComparison.Ordinal);
    }
}
