using Basalt.OpenApi.Parameters;
using Basalt.OpenApi.Responses;
using Basalt.Query.Request;
using Basalt.Spec.Schema;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Operations;

/// <summary>
/// <c>/{table}</c> with its six verbs. Each operation lists only the parameters its request kind reads and the
/// statuses it can answer with; the parameters and error responses themselves are shared components.
/// </summary>
internal static class TablePath
{
    private static readonly int[] ReadErrors = [300, 400, 401, 403, 404, 406, 414, 416, 500, 503];
    private static readonly int[] WriteErrors = [300, 400, 401, 403, 404, 406, 409, 413, 414, 500, 503];
    private static readonly int[] DeleteErrors = [300, 400, 401, 403, 404, 406, 409, 414, 500, 503];

    public static OpenApiPathItem Build(OpenApiDocument document, TableSchema table)
    {
        var name = table.Name.Name;
        var policies = table.Policies;
        var item = new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation>() };
        var ops = item.Operations;

        ops[HttpMethod.Get] = Operation(document, table, "read", $"Read {name} rows",
            $"The rows the filters select, in `order`, paged by `limit`/`offset` or `Range`.\n\n{PolicyText.Describe("select", policies.Select)}",
            ReadParameters(document, table, RequestKind.Read));
        ops[HttpMethod.Get].Responses = Responses(
            ("200", RowResponses.With(document, table, "The rows.", ResponseHeaders.ContentRange)),
            ("206", RowResponses.With(document, table, "Part of the rows: a range or page of a counted total.", ResponseHeaders.ContentRange)));
        ErrorResponses.AddTo(ops[HttpMethod.Get].Responses!, document, ReadErrors);

        ops[HttpMethod.Head] = Operation(document, table, "head", $"Count {name} rows (headers only)",
            $"GET without a body: with `Prefer: count=exact` the total is in `Content-Range`.\n\n{PolicyText.Describe("select", policies.Select)}",
            ReadParameters(document, table, RequestKind.Read));
        ops[HttpMethod.Head].Responses = Responses(
            ("200", RowResponses.Without(document, "The rows' range and count.", ResponseHeaders.ContentRange)),
            ("206", RowResponses.Without(document, "Part of the rows.", ResponseHeaders.ContentRange)));
        ErrorResponses.AddTo(ops[HttpMethod.Head].Responses!, document, ReadErrors, head: true);

        ops[HttpMethod.Post] = Operation(document, table, "insert", $"Insert {name} rows",
            "Inserts one row or an array in one statement; with `Prefer: resolution=merge-duplicates|ignore-duplicates` an upsert.\n\n"
            + PolicyText.Describe("insert", policies.Insert),
            [Ref(document, ParameterNames.Select(table)), Ref(document, ParameterNames.Columns(table)),
             Ref(document, ParameterNames.OnConflict(table)), Ref(document, ParameterNames.Prefer(RequestKind.Insert))]);
        ops[HttpMethod.Post].RequestBody = new OpenApiRequestBodyReference(TableRequestBodies.Insert(table), document);
        ops[HttpMethod.Post].Responses = Responses(
            ("200", RowResponses.With(document, table, "An upsert with `resolution=merge-duplicates` that only updated rows.",
                ResponseHeaders.ContentRange, ResponseHeaders.PreferenceApplied)),
            ("201", RowResponses.With(document, table, "Inserted. A body only with `Prefer: return=representation`.",
                ResponseHeaders.Location, ResponseHeaders.ContentRange, ResponseHeaders.PreferenceApplied)));
        ErrorResponses.AddTo(ops[HttpMethod.Post].Responses!, document, WriteErrors);

        ops[HttpMethod.Patch] = Operation(document, table, "update", $"Update {name} rows",
            $"Changes the given columns of every row the filters select (all rows without filters).\n\n{PolicyText.Describe("update", policies.Update)}",
            [.. FilterParameters(document, table), Ref(document, ParameterNames.Order(table)), Ref(document, ParameterNames.Limit),
             Ref(document, ParameterNames.Select(table)), Ref(document, ParameterNames.Columns(table)), Ref(document, ParameterNames.Prefer(RequestKind.Update))]);
        ops[HttpMethod.Patch].RequestBody = new OpenApiRequestBodyReference(TableRequestBodies.Update(table), document);
        ops[HttpMethod.Patch].Responses = WriteResponses(document, table, "Updated");
        ErrorResponses.AddTo(ops[HttpMethod.Patch].Responses!, document, WriteErrors);

        ops[HttpMethod.Put] = Operation(document, table, "upsert", $"Insert or replace one {name} row",
            $"Filter on every primary-key column with `eq` ({string.Join(", ", table.PrimaryKey.Select(k => $"`{k}=eq.…`"))}) and send the "
            + "whole row: it is inserted, or replaces the existing one. `limit` and `offset` are refused (PGRST114).\n\n"
            + PolicyText.Describe("insert", policies.Insert) + " " + PolicyText.Describe("update", policies.Update),
            [.. table.PrimaryKey.Select(k => Ref(document, ParameterNames.Filter(table, table.Column(k)))),
             Ref(document, ParameterNames.Select(table)), Ref(document, ParameterNames.Columns(table)), Ref(document, ParameterNames.Prefer(RequestKind.Upsert))]);
        ops[HttpMethod.Put].RequestBody = new OpenApiRequestBodyReference(TableRequestBodies.Replace(table), document);
        ops[HttpMethod.Put].Responses = WriteResponses(document, table, "Replaced",
            RowResponses.With(document, table, "Inserted, with `Prefer: return=representation`: the row.", ResponseHeaders.ContentRange, ResponseHeaders.PreferenceApplied));
        ErrorResponses.AddTo(ops[HttpMethod.Put].Responses!, document, WriteErrors);

        ops[HttpMethod.Delete] = Operation(document, table, "delete", $"Delete {name} rows",
            $"Deletes every row the filters select (all rows without filters).\n\n{PolicyText.Describe("delete", policies.Delete)}",
            [.. FilterParameters(document, table), Ref(document, ParameterNames.Order(table)), Ref(document, ParameterNames.Limit),
             Ref(document, ParameterNames.Select(table)), Ref(document, ParameterNames.Prefer(RequestKind.Delete))]);
        ops[HttpMethod.Delete].Responses = WriteResponses(document, table, "Deleted");
        ErrorResponses.AddTo(ops[HttpMethod.Delete].Responses!, document, DeleteErrors);
        return item;
    }

    private static OpenApiOperation Operation(OpenApiDocument document, TableSchema table, string verb, string summary, string description,
        List<IOpenApiParameter> parameters) => new()
    {
        OperationId = $"{verb}_{table.Name.Name}",
        Summary = summary,
        Description = description,
        Tags = new HashSet<OpenApiTagReference> { new(table.Name.Name, document) },
        Parameters = parameters,
    };

    private static List<IOpenApiParameter> ReadParameters(OpenApiDocument document, TableSchema table, RequestKind kind) =>
    [
        Ref(document, ParameterNames.Select(table)), .. FilterParameters(document, table),
        Ref(document, ParameterNames.Order(table)), Ref(document, ParameterNames.Limit), Ref(document, ParameterNames.Offset),
        Ref(document, ParameterNames.Range), Ref(document, ParameterNames.RangeUnit), Ref(document, ParameterNames.Prefer(kind)),
    ];

    /// <summary>One filter per column, then the logic trees.</summary>
    private static IEnumerable<IOpenApiParameter> FilterParameters(OpenApiDocument document, TableSchema table) =>
        TableParameters.Filterable(table).Select(c => Ref(document, ParameterNames.Filter(table, c)))
            .Append(Ref(document, ParameterNames.Or)).Append(Ref(document, ParameterNames.And));

    /// <summary>200 with the rows, 204 without; PUT adds the 201 of an insert between them.</summary>
    private static OpenApiResponses WriteResponses(OpenApiDocument document, TableSchema table, string done, OpenApiResponse? created = null)
    {
        var responses = Responses(("200", RowResponses.With(document, table, $"{done}, with `Prefer: return=representation`: the rows.",
            ResponseHeaders.ContentRange, ResponseHeaders.PreferenceApplied)));
        if (created is not null)
        {
            responses["201"] = created;
        }
        responses["204"] = RowResponses.Without(document, $"{done} (the default `return=minimal`).", ResponseHeaders.ContentRange, ResponseHeaders.PreferenceApplied);
        return responses;
    }

    private static OpenApiResponses Responses(params (string Status, OpenApiResponse Response)[] responses)
    {
        var result = new OpenApiResponses();
        foreach (var (status, response) in responses)
        {
            result[status] = response;
        }
        return result;
    }

    private static OpenApiParameterReference Ref(OpenApiDocument document, string name) => new(name, document);
}
