using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Basalt.Server.Http;

/// <summary>
/// Which peers may speak for the client: behind a load balancer every connection comes from the balancer, so the
/// per-IP rate limits and the audit log need the address it forwards in <c>X-Forwarded-For</c>
/// (and <c>X-Forwarded-Proto</c> for the links Basalt builds). Only peers listed with <c>--trusted-proxy</c> are
/// believed; without one the headers are ignored, since any client can send them.
/// </summary>
public static class TrustedProxies
{
    /// <summary>An address (<c>10.0.0.5</c>, <c>::1</c>) or a network in CIDR form (<c>10.0.0.0/8</c>).</summary>
    public static bool TryParse(string text, out IPNetwork network)
    {
        if (IPAddress.TryParse(text, out var address) && !text.Contains('/', StringComparison.Ordinal))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }
        return IPNetwork.TryParse(text, out network);
    }

    public static ForwardedHeadersOptions Options(IReadOnlyList<IPNetwork> proxies)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // A chain of trusted proxies is walked from the right until the first address none of them owns.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownIPNetworks.Add(proxy);
        }
        return options;
    }
}
