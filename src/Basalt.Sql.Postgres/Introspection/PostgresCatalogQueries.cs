namespace Basalt.Sql.Postgres.Introspection;

/// <summary>
/// The catalog queries of <see cref="PostgresIntrospector"/>, run as one batch. Only the <c>public</c> and
/// <c>auth</c> schemas are read, and the migration history table is not part of any schema. Names of tables in
/// <c>public</c> are bare, others are qualified (<c>auth.users</c>); enum type names are spelled as
/// <c>format_type</c> would with <c>public</c> on the search path, whatever the session's search path is.
/// </summary>
internal static class PostgresCatalogQueries
{
    private const string Tables = """
        WITH tables AS (
            SELECT c.oid, CASE WHEN n.nspname = 'public' THEN c.relname::text ELSE n.nspname || '.' || c.relname END AS name
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'auth')
              AND NOT (n.nspname = 'public' AND c.relname = '_basalt_migrations'))
        """;

    private static string Names(string keys, string table) =>
        $"ARRAY(SELECT a.attname::text FROM unnest({keys}) WITH ORDINALITY k(num, ord) JOIN pg_attribute a ON a.attrelid = {table} AND a.attnum = k.num ORDER BY k.ord)";

    public static string Batch { get; } = string.Join(";\n",
        Tables + "\nSELECT name FROM tables ORDER BY name",

        Tables + """

        SELECT t.name, a.attname::text,
            CASE WHEN et.typtype = 'e'
                THEN CASE WHEN en.nspname = 'public' THEN '' ELSE quote_ident(en.nspname) || '.' END
                    || quote_ident(et.typname) || CASE WHEN et.oid <> ty.oid THEN '[]' ELSE '' END
                ELSE format_type(a.atttypid, a.atttypmod) END,
            a.attnotnull, a.attidentity::text, pg_get_expr(d.adbin, d.adrelid)
        FROM tables t
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
        JOIN pg_type ty ON ty.oid = a.atttypid
        JOIN pg_type et ON et.oid = CASE WHEN ty.typcategory = 'A' AND ty.typelem <> 0 THEN ty.typelem ELSE ty.oid END
        JOIN pg_namespace en ON en.oid = et.typnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        ORDER BY t.name, a.attnum
        """,

        Tables + $"""

        SELECT t.name, {Names("con.conkey", "con.conrelid")}
        FROM pg_constraint con JOIN tables t ON t.oid = con.conrelid
        WHERE con.contype = 'p'
        """,

        // indoption is an int2vector, subscripted from 0; bit 0 is DESC.
        Tables + """

        SELECT t.name, ic.relname::text, i.indisunique,
            ARRAY(SELECT CASE WHEN k.num = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, false)
                        ELSE (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = k.num) END
                    || CASE WHEN i.indoption[k.ord - 1] & 1 = 1 THEN ' desc' ELSE '' END
                FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)
                WHERE k.ord <= i.indnkeyatts ORDER BY k.ord)
        FROM pg_index i JOIN tables t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
        WHERE NOT i.indisprimary
        ORDER BY t.name, ic.relname
        """,

        Tables + $"""

        SELECT t.name, con.conname::text, {Names("con.conkey", "con.conrelid")},
            CASE WHEN rn.nspname = 'public' THEN rc.relname::text ELSE rn.nspname || '.' || rc.relname END,
            {Names("con.confkey", "con.confrelid")}, con.confdeltype::text
        FROM pg_constraint con JOIN tables t ON t.oid = con.conrelid
        JOIN pg_class rc ON rc.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE con.contype = 'f'
        ORDER BY t.name, con.conname
        """,

        Tables + """

        SELECT t.name, con.conname::text
        FROM pg_constraint con JOIN tables t ON t.oid = con.conrelid
        WHERE con.contype = 'c'
        ORDER BY t.name, con.conname
        """,

        """
        SELECT CASE WHEN n.nspname = 'public' THEN '' ELSE quote_ident(n.nspname) || '.' END || quote_ident(ty.typname),
            ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = ty.oid ORDER BY e.enumsortorder)
        FROM pg_type ty JOIN pg_namespace n ON n.oid = ty.typnamespace
        WHERE ty.typtype = 'e' AND n.nspname IN ('public', 'auth')
        ORDER BY 1
        """);
}
