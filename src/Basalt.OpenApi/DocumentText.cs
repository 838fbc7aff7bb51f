namespace Basalt.OpenApi;

/// <summary>The document's introduction: the grammar every table shares, said once instead of on every operation.</summary>
internal static class DocumentText
{
    public const string Introduction = """
        Every table of the spec is served at `/rest/v1/{table}` with [PostgREST](https://docs.postgrest.org)'s URL
        grammar, headers, status codes and error bodies, so `@supabase/postgrest-js` and `supabase-js` work unchanged.

        **Authentication.** Send a key in `apikey` and/or a JWT in `Authorization: Bearer …`: the `anon` or
        `service_role` key that `basalt serve` prints, or a signed-in user's access token. `service_role` bypasses
        every policy: keep it on servers.

        **Reading.** `select` picks columns (`id,title`), renames them (`headline:title`), casts them (`id::text`),
        follows JSON paths (`data->a->>b`) and embeds related tables through their foreign keys
        (`*,author:profiles(username)`, `comments(count)`); each table's description lists its relations. Filter with
        `column=operator.value` (`status=eq.published`, `id=in.(1,2,3)`, `title=ilike.*rock*`, `deleted_at=is.null`,
        `not.` to negate; `is` takes `null`, `not_null`, `true`, `false`, `unknown`; a value holding `,.:()` is
        double-quoted), combine with `or=(…)` and `and=(…)`, sort with `order=created_at.desc.nullslast,id`, page
        with `limit`/`offset` or the `Range` header. Filters, `order`, `limit` and `offset` also apply inside an embed
        with the embed's name as prefix (`comments.order=created_at.desc&comments.limit=3`).

        **Writing.** POST inserts one object or an array (also CSV); `Prefer: resolution=merge-duplicates` makes it an
        upsert on the primary key or `on_conflict`. PATCH and DELETE change the rows the filters select; PUT replaces
        the one row its primary-key filters name. `Prefer: return=representation` returns the rows written.

        **Representations.** `Accept: application/json` (default, an array), `application/vnd.pgrst.object+json` (one
        object; 406 unless exactly one row), `text/csv`; `;nulls=stripped` on the vnd.pgrst types leaves out null values.

        **Errors** are `{code, message, details, hint}` with PostgREST's codes: `PGRST1xx` for the request,
        `PGRST2xx` for names not in the schema, `PGRST3xx` for the token, and PostgreSQL's SQLSTATE for data errors
        (`23505` duplicate key, `23503` foreign key). Every response carries an `X-Request-Id`.
        """;
}
