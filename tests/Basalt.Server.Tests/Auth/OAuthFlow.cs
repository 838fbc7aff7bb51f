using System.Net;
using System.Security.Cryptography;
using System.Text;
using Basalt.Spec.Settings;
using Basalt.TestIssuer;

namespace Basalt.Server.Tests.Auth;

/// <summary>
/// A browser's part in a provider sign-in, without a browser: a cookie-keeping client that follows each redirect by
/// hand (so every hop can be checked) from <c>/authorize</c> through the test issuer back to the app's URL.
/// </summary>
internal sealed class OAuthFlow : IDisposable
{
    public const string Provider = "testidp";
    public const string AppUrl = "http://app.test/welcome";

    private readonly HttpClient browser;

    public OAuthFlow()
    {
        browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
    }

    public static OAuthProviderSettings Settings(TestIssuerServer issuer) =>
        new(Provider, TestIssuerServer.ClientId, TestIssuerServer.ClientSecret) { Issuer = issuer.Issuer };

    /// <summary>A PKCE verifier and its S256 challenge, as auth-js makes them.</summary>
    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (verifier, challenge);
    }

    /// <summary>Starts at <paramref name="authorizeUrl"/> and follows redirects (at most eight) until one leaves for the app.</summary>
    public async Task<Uri> RunAsync(Uri authorizeUrl)
    {
        var next = authorizeUrl;
        for (var hop = 0; hop < 8; hop++)
        {
            using var response = await browser.GetAsync(next);
            Assert.True(response.StatusCode is HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.Redirect,
                $"{next} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            next = new Uri(next, response.Headers.Location!);
            if (next.Host == "app.test")
            {
                return next;
            }
        }
        throw new InvalidOperationException("the sign-in did not come back to the app within eight redirects");
    }

    /// <summary>A query parameter of <paramref name="uri"/> (or of its fragment).</summary>
    public static string? Parameter(Uri uri, string name, bool fragment = false)
    {
        var part = fragment ? uri.Fragment.TrimStart('#') : uri.Query.TrimStart('?');
        return part.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : "")).FirstOrDefault();
    }

    public void Dispose() => browser.Dispose();
}
