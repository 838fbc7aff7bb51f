using System.CommandLine;
using System.Globalization;
using Basalt.Auth.ApiKeys;
using Basalt.Auth.Storage;

namespace Basalt.Cli.Commands;

/// <summary>
/// <c>basalt keys create|list|revoke</c>: opaque API keys in the spec's database (migrated: <c>auth.api_keys</c>).
/// A running server notices a revocation made here within <see cref="ApiKeyRegistry.CacheLifetime"/>.
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Create, list and revoke long-lived API keys for machines.");
        command.Subcommands.Add(CreateKey());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Command CreateKey()
    {
        var spec = SpecArgument.Create();
        var name = new Option<string>("--name", "-n") { Description = "What the key is for (shown in lists).", Required = true };
        var role = new Option<string>("--role", "-r") { Description = "The role the key acts as: service_role, anon, …", Required = true };
        var expires = new Option<string?>("--expires") { Description = "Lifetime: a number of days, hours or minutes (30d, 12h, 90m). Default: never." };
        var command = new Command("create", """
            Create a key and print it once: only its SHA-256 is stored. Send it in the apikey header.

            Examples:
              basalt keys create --name ci --role service_role
              basalt keys create --name dashboard --role anon --expires 30d examples/blog/basalt.yaml
            """) { spec, name, role, expires };
        command.SetAction(async (result, ct) =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            DateTimeOffset? expiresAt = result.GetValue(expires) is { } text ? DateTimeOffset.UtcNow + Lifetime(text) : null;
            await using var database = DatabaseSession.Connect(app);
            var created = await DatabaseSession.RunAsync(database, () =>
                Registry(database).CreateAsync(result.GetValue(name), result.GetValue(role), expiresAt, ct));
            if (!created.IsSuccess)
            {
                throw new CliException(created.Error.Message, ExitCodes.UsageError);
            }
            var (key, secret) = created.Value;
            Console.WriteLine(secret);
            await Console.Error.WriteLineAsync($"Created key {key.Id} ({key.Name}, role {key.Role}{(key.ExpiresAt is { } e ? $", expires {e:u}" : "")}). It is shown only this once.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var spec = SpecArgument.Create();
        var command = new Command("list", """
            List the keys: id, name, prefix, role, expiry, state, last use and use count (never the keys themselves).
            Use counts are written by the server in batches, at most 10 seconds behind.
            """) { spec };
        command.SetAction(async (result, ct) =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            await using var database = DatabaseSession.Connect(app);
            var keys = await DatabaseSession.RunAsync(database, () => Registry(database).ListAsync(ct));
            if (keys.Count == 0)
            {
                Console.WriteLine("No API keys: create one with basalt keys create --name NAME --role ROLE");
                return ExitCodes.Ok;
            }
            var now = DateTimeOffset.UtcNow;
            foreach (var k in keys)
            {
                var state = k.RevokedAt is { } r ? $"revoked {r:u}" : k.ExpiresAt is { } e && e <= now ? $"expired {e:u}" : k.ExpiresAt is { } until ? $"expires {until:u}" : "active";
                var used = k.LastUsedAt is { } u ? $"last used {u:u}, {k.UseCount} uses" : "never used";
                Console.WriteLine($"{k.Id}  {k.Prefix}…  {k.Name}  role={k.Role}  {state}  {used}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke()
    {
        var spec = SpecArgument.Create();
        var id = new Argument<string>("id") { Description = "The key's id (from basalt keys list)." };
        var command = new Command("revoke", """
            Revoke a key. A running server refuses it within 10 seconds.

            Example:
              basalt keys revoke 0b6e… examples/blog/basalt.yaml
            """) { id, spec };
        command.SetAction(async (result, ct) =>
        {
            if (!Guid.TryParseExact(result.GetValue(id), "D", out var keyId))
            {
                throw new CliException($"'{result.GetValue(id)}' is not a key id (a uuid from basalt keys list)", ExitCodes.UsageError);
            }
            var app = SpecArgument.Load(result.GetValue(spec)!);
            await using var database = DatabaseSession.Connect(app);
            var revoked = await DatabaseSession.RunAsync(database, () => Registry(database).RevokeAsync(keyId, ct))
                ?? throw new CliException($"no API key {keyId}");
            Console.WriteLine($"Revoked key {revoked.Id} ({revoked.Name}) at {revoked.RevokedAt:u}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ApiKeyRegistry Registry(Basalt.Sql.IDatabase database) => new(new AuthDatabase(database), TimeProvider.System);

    private static TimeSpan Lifetime(string text)
    {
        if (text.Length >= 2 && long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100_000)
        {
            switch (text[^1])
            {
                case 'd': return TimeSpan.FromDays(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'm': return TimeSpan.FromMinutes(n);
            }
        }
        throw new CliException($"--expires '{text}' is not a lifetime like 30d, 12h or 90m", ExitCodes.UsageError);
    }
}
