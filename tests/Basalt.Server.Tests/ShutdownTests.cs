using System.Net;
using System.Net.Sockets;
using Basalt.Server.Tests.Support;
using Basalt.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_lets_an_in_flight_request_finish_then_disposes_the_database()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await RunningServer.StartAsync(routes: app =>
            app.MapGet("/test/slow", async () =>
            {
                entered.SetResult();
                await release.Task;
                return Results.Text("finished");
            }));
        var port = server.Server.BoundUrl.Port;

        var inFlight = server.Client.GetAsync("/test/slow");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = server.Server.StopAsync();
        await WaitUntilRefusedAsync(port);

        // New connections are refused, yet the stop waits for the request it already accepted.
        Assert.False(stopping.IsCompleted);
        Assert.False(server.Database.IsDisposed);
        release.SetResult();
        using var response = await inFlight;
        await stopping;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("finished", await response.Content.ReadAsStringAsync());
        Assert.True(server.Database.IsDisposed);
        await server.Log.WaitForAsync(line => line.GetProperty("Message").GetString() == "stopped");
    }

    [Fact]
    public async Task Run_returns_once_asked_to_stop_and_leaves_the_database_disposed()
    {
        using var temp = new TempDirectory();
        var database = new SqliteFileDatabase(temp.File("app.db"));
        var log = new CapturedLog();
        await using var server = BasaltServer.Build(RunningServer.Spec(temp, database), database, new ServerOptions
        {
            Port = 0,
            MigrationStatus = _ => Task.FromResult(MigrationStatuses.UpToDate(applied: 0)),
            ConfigureLogging = log.AttachTo,
        });
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.App.Lifetime.ApplicationStarted.Register(started.SetResult);

        var running = server.RunAsync(stop.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var client = new HttpClient { BaseAddress = server.BoundUrl };
        using var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(running.IsCompleted);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(database.IsDisposed);
        await log.WaitForAsync(line => line.GetProperty("Message").GetString() == "stopped");
        await WaitUntilRefusedAsync(server.BoundUrl.Port);
    }

    private static async Task WaitUntilRefusedAsync(int port)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, port);
            }
            catch (SocketException)
            {
                return;
            }
            await Task.Delay(10);
        }
        throw new Xunit.Sdk.XunitException("the server kept accepting connections after stop began");
    }
}
