using System.Data.Common;
using System.Text.RegularExpressions;
using Basalt.Auth.Passwords;
using Basalt.Migrations.Diffing;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql;
using Basalt.Sql.Postgres;
using Basalt.Sql.Sqlite;
using Basalt.Testing;

namespace Basalt.Auth.Tests.Support;

/// <summary>
/// The auth core on a fresh database of one engine — a SQLite file in a temp folder or a new PostgreSQL database —
/// with Basalt's system tables created as a migration creates them, a hand-moved clock and a recording mail sender.
/// Password hashing is cheap here (the Argon2id tests use the real cost).
/// </summary>
internal sealed partial class AuthHarness : IAsyncDisposable
{
    public static TheoryData<string> Engines => new() { "sqlite", "postgres" };

    public static readonly AuthClient Client = new("203.0.113.7", "test-agent/1.0", "http://auth.test/auth/v1");

    private readonly TempDirectory? temp;
    private readonly string? postgresUrl;

    private AuthHarness(IDatabase database, AuthService service, ManualTime time, RecordingMailSender mail, TempDirectory? temp, string? postgresUrl)
    {
        Database = database;
        Service = service;
        Time = time;
        Mail = mail;
        this.temp = temp;
        this.postgresUrl = postgresUrl;
    }

    public IDatabase Database { get; }

    public AuthService Service { get; }

    public ManualTime Time { get; }

    public RecordingMailSender Mail { get; }

    public static AuthSettings Settings(bool confirm = true) => AuthSettings.Default with
    {
        Email = new EmailSettings(confirm, null),
        Password = new PasswordSettings(8),
    };

    public static async Task<AuthHarness> StartAsync(string engine, AuthSettings? settings = null, Func<AuthOptions, AuthOptions>? configure = null)
    {
        TempDirectory? temp = null;
        string? url = null;
        IDatabase database;
        if (engine == "sqlite")
        {
            temp = new TempDirectory("basalt-auth");
            database = SqliteDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Sqlite, temp.File("auth.db")));
        }
        else
        {
            url = await TestPostgres.CreateDatabaseAsync("auth");
            database = PostgresDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Postgres, url));
        }
        await MigrateAsync(database);
        var options = new AuthOptions(settings ?? Settings()) { PasswordHashing = new Argon2idParameters(1024, 1, 1) };
        options = configure?.Invoke(options) ?? options;
        var time = new ManualTime(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var mail = new RecordingMailSender();
        return new AuthHarness(database, new AuthService(database, options, mail, time: time), time, mail, temp, url);
    }

    private static async Task MigrateAsync(IDatabase database)
    {
        await using var connection = await database.OpenAsync();
        foreach (var statement in database.Dialect.RenderMigration(SchemaDiffer.Diff(DatabaseSchema.Empty, new DatabaseSchema(SystemTables.All))))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The link token and the code of the last mail to <paramref name="email"/>, read from the mail's text.</summary>
    public (string Token, string Code) LastConfirmation(string email)
    {
        var mail = Mail.Sent.Last(m => m.To == email);
        return (Uri.UnescapeDataString(TokenPattern().Match(mail.BodyText).Groups[1].Value), CodePattern().Match(mail.BodyText).Groups[1].Value);
    }

    /// <summary>A scalar from the database (counts, a column of one row).</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async Task<long> CountAsync(string table, string where = "1 = 1") =>
        Convert.ToInt64(await ScalarAsync($"SELECT count(*) FROM {Table(table)} WHERE {where}"), System.Globalization.CultureInfo.InvariantCulture);

    public string Table(string name) => Database.Dialect.QuoteTable(new TableName("auth", name));

    public async Task<IReadOnlyList<string>> AuditActionsAsync() =>
        [.. (await AuditPayloadsAsync()).Select(p => p.GetProperty("action").GetString()!)];

    /// <summary>Every audit payload, oldest first.</summary>
    public async Task<IReadOnlyList<System.Text.Json.JsonElement>> AuditPayloadsAsync()
    {
        await using var connection = await Database.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT payload FROM {Table("audit_log_entries")} ORDER BY created_at, id";
        var payloads = new List<System.Text.Json.JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            using var doc = System.Text.Json.JsonDocument.Parse(reader.GetString(0));
            payloads.Add(doc.RootElement.Clone());
        }
        return payloads;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (postgresUrl is not null)
        {
            await TestPostgres.DropDatabaseAsync(postgresUrl);
        }
        temp?.Dispose();
    }

    [GeneratedRegex(@"[?&]token=([^&\s]+)")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"code: (\d{6})")]
    private static partial Regex CodePattern();
}
