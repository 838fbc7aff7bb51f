using System.Globalization;
using Basalt.TestIssuer;

// `Basalt.TestIssuer [port]`: serves the test issuer on 127.0.0.1 (0 picks a free port), prints its URL as the first
// line of stdout, and runs until stdin closes or the process is killed — so a test runner that dies takes it along.
// SIGTERM alone does not stop it (the web host inside takes that signal over): close stdin.
var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 0;
await using var issuer = await TestIssuerServer.StartAsync(port);
Console.WriteLine(issuer.Issuer);
await Console.Out.FlushAsync();
await Console.In.ReadToEndAsync();
