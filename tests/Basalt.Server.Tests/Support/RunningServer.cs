using Basalt.Migrations.Diffing;
using Basalt.Spec;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Testing;
using Microsoft.AspNetCore.Builder;

namespace Basalt.Server.Tests.Support;

/// <summary>
/// A real Basalt server on 127.0.0.1 and a free port, over a real SQLite file in a temp folder, with its log
/// captured. Tests may add routes of their own before it starts.
/// </summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly TempDirectory temp;

    private RunningServer(TempDirectory temp, SqliteFileDatabase database, BasaltServer server, CapturedLog log)
    {
        this.temp = temp;
        Database = database;
        Server = server;
        Log = log;
        Client = new HttpClient { BaseAddress = server.BoundUrl };
    }

    public BasaltServer Server { get; }

    public SqliteFileDatabase Database { get; }

    public CapturedLog Log { get; }

    public HttpClient Client { get; }

    /// <summary>Migrations are reported up to date unless the options say otherwise: the real runner is not this project's.</summary>
    /// <param name="schema">Tables to create in the database and serve (none by default).</param>
    public static async Task<RunningServer> StartAsync(
        ServerOptions? options = null, Action<WebApplication>? routes = null, string? databasePath = null, string jwtSecret = AuthSettings.DevelopmentSecret,
        DatabaseSchema? schema = null, AuthSettings? auth = null, string? redis = null)
    {
        var temp = new TempDirectory("basalt-server");
        var database = new SqliteFileDatabase(databasePath ?? temp.File("app.db"), asInProduction: schema is not null);
        var log = new CapturedLog();
        var spec = Spec(temp, database, jwtSecret) with { Schema = schema ?? DatabaseSchema.Empty };
        spec = spec with { Database = spec.Database with { Redis = redis } };
        if (auth is not null)
        {
            spec = spec with { Auth = auth with { Jwt = spec.Auth.Jwt } };
        }
        if (schema is not null)
        {
            await MigrateAsync(database, schema);
        }
        options ??= new ServerOptions();
        var server = BasaltServer.Build(spec, database, options with
        {
            Port = 0,
            MigrationStatus = options.MigrationStatus ?? (_ => Task.FromResult(MigrationStatuses.UpToDate(applied: 2))),
            ConfigureLogging = log.AttachTo,
        });
        routes?.Invoke(server.App);
        await server.StartAsync();
        return new RunningServer(temp, database, server, log);
    }

    public static AppSpec Spec(TempDirectory temp, SqliteFileDatabase database, string jwtSecret = AuthSettings.DevelopmentSecret) => new(
        "testapp",
        temp.File("basalt.yaml"),
        new DatabaseSettings(DatabaseProvider.Sqlite, database.DisplayName),
        AuthSettings.Default with { Jwt = AuthSettings.Default.Jwt with { Secret = jwtSecret } },
        DatabaseSchema.Empty);

    /// <summary>Creates the schema's tables the way a migration does.</summary>
    private static async Task MigrateAsync(SqliteFileDatabase database, DatabaseSchema schema)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var statement in database.Dialect.RenderMigration(SchemaDiffer.Diff(DatabaseSchema.Empty, schema)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
