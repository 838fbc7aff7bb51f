using System.CommandLine;
using System.Text;
using Basalt.OpenApi;

namespace Basalt.Cli.Commands;

/// <summary>
/// <c>basalt openapi [SPEC] [--output FILE]</c>: the OpenAPI 3.1 document of the spec's REST API, as the server
/// serves it at <c>/openapi.json</c>. Needs no database, so it runs in CI, for client generators and linters.
/// </summary>
internal static class OpenApiCommand
{
    public static Command Create()
    {
        var spec = SpecArgument.Create();
        var output = new Option<string?>("--output", "-o") { Description = "Write the document to this file instead of standard output." };
        var command = new Command("openapi", """
            Print the OpenAPI 3.1 document (JSON) of the spec's REST API: every table with its verbs,
            parameters, row schemas, errors and security. The same document `serve` has at /openapi.json.
            Needs no database.

            Examples:
              basalt openapi
              basalt openapi examples/blog/basalt.yaml --output openapi.json
            """) { spec, output };
        command.SetAction(async (result, ct) =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            var json = OpenApiGenerator.GenerateJson(app);
            if (result.GetValue(output) is { } path)
            {
                try
                {
                    await File.WriteAllTextAsync(path, json, new UTF8Encoding(false), ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"cannot write {path}: {e.Message}");
                }
                await Console.Error.WriteLineAsync($"Wrote the OpenAPI document of '{app.Name}' ({app.Schema.UserTables.Count()} tables) to {path}.");
            }
            else
            {
                await Console.Out.WriteAsync(json);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
