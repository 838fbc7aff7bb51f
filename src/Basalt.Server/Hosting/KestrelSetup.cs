using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Basalt.Server.Hosting;

/// <summary>Kestrel bound to exactly one address, with no <c>Server</c> header and Basalt's request limits.</summary>
internal static class KestrelSetup
{
    public static void Configure(KestrelServerOptions kestrel, ServerOptions options)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        // A longer request line is answered 414, larger headers 431; PostgREST URLs with long filters fit in 16 KiB.
        kestrel.Limits.MaxRequestLineSize = 16 * 1024;
        kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        kestrel.Limits.MaxRequestHeaderCount = 100;

        if (options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(options.Port);
        }
        else if (IPAddress.TryParse(options.Host, out var address))
        {
            kestrel.Listen(address, options.Port);
        }
        else
        {
            throw new ArgumentException($"host '{options.Host}' is not an IP address or 'localhost'.", nameof(options));
        }
    }
}
