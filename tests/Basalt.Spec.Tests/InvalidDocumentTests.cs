namespace Basalt.Spec.Tests;

/// <summary>Invalid specs, one problem each, at the document level and in the database and auth sections.</summary>
public sealed class InvalidDocumentTests
{
    private const string Tables = "tables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n";
    private const string Head = "version: 1\nname: app\n";
    private const string Valid = Head + Tables;

    public static TheoryData<string, string, int, int, string, string> Cases => new()
    {
        {
            "unknown top-level key", Head + "tabels: {}\n" + Tables,
            3, 1, "tabels", "unknown key 'tabels'; did you mean 'tables'? valid: version, name, database, auth, roles, tables"
        },
        {
            "unknown top-level key without a close match", Head + "plugins: []\n" + Tables,
            3, 1, "plugins", "unknown key 'plugins'; valid: version, name, database, auth, roles, tables"
        },
        {
            "version 2", "version: 2\nname: app\n" + Tables,
            1, 10, "version", "unsupported version 2; this Basalt reads version 1"
        },
        {
            "version not a number", "version: one\nname: app\n" + Tables,
            1, 10, "version", "expected a whole number, found 'one'"
        },
        {
            "missing name", "version: 1\n" + Tables,
            1, 1, "", "missing required key 'name'; e.g. name: blog"
        },
        {
            "empty name", "name:\n" + Tables,
            1, 6, "name", "expected a name, found nothing; e.g. name: blog"
        },
        {
            "invalid name", "name: My App\n" + Tables,
            1, 7, "name", "invalid name 'My App'; use lowercase letters, digits, '_' and '-', starting with a letter"
        },
        {
            "tables missing", Head,
            1, 1, "", "missing required key 'tables'; a spec declares at least one table"
        },
        {
            "tables empty", Head + "tables: {}\n",
            3, 9, "tables", "a spec needs at least one table"
        },
        {
            "tables is a list where a map is expected", Head + "tables:\n  - posts\n",
            4, 3, "tables", "expected a mapping, found a list"
        },
        {
            "root is a list", "- version: 1\n",
            1, 1, "", "expected a mapping, found a list"
        },
        {
            "empty file", "# nothing here\n",
            1, 1, "", "the spec is empty; it needs at least name and tables"
        },
        {
            "malformed YAML", Head + "tables: { t: { columns: { id: { type: bigint, primary: true } }\n",
            4, 1, "", "invalid YAML: While parsing a flow mapping, did not find expected ',' or '}'."
        },
        {
            "malformed YAML: a value on a key's line", Head + "database: provider: sqlite\n" + Tables,
            3, 19, "", "invalid YAML: While scanning a plain scalar value, found invalid mapping."
        },
        {
            "malformed YAML: an unclosed list", Head + "roles: [editor\n" + Tables,
            3, 6, "", "invalid YAML after this point; is a '[' or '{' left unclosed?"
        },
        {
            "a key that is a list", Head + "? [a]\n: b\n" + Tables,
            3, 3, "", "a key must be a plain string, not a list or a mapping"
        },
        {
            "a second YAML document", Valid + "---\nname: other\n",
            7, 1, "", "a spec holds one YAML document; remove this second one"
        },
        {
            "unknown alias", Head + "database: *db\n" + Tables,
            3, 11, "database", "unknown alias '*db'; define it first with '&db'"
        },
        {
            "custom role reusing a built-in name", Head + "roles: [editor, anon]\n" + Tables,
            3, 17, "roles[1]", "'anon' is a built-in role; custom roles cannot reuse anon, authenticated, service_role"
        },
        {
            "invalid custom role name", Head + "roles: [Editor]\n" + Tables,
            3, 9, "roles[0]", "invalid role name 'Editor'; use lowercase letters, digits and '_', starting with a letter"
        },
        {
            "roles as a mapping", Head + "roles: { editor: true }\n" + Tables,
            3, 8, "roles", "expected a list, found a mapping"
        },
        {
            "provider typo", Head + "database: { provider: postgress, url: \"postgres://localhost/app\" }\n" + Tables,
            3, 23, "database.provider", "unknown provider 'postgress'; did you mean 'postgres'? valid: sqlite, postgres"
        },
        {
            "unknown database key", Head + "database: { provider: sqlite, path: app.db }\n" + Tables,
            3, 31, "database.path", "unknown key 'path'; valid: provider, url, replicas, redis, synchronous"
        },
        {
            "redis url of another scheme", Head + "database: { redis: \"http://cache:6379\" }\n" + Tables,
            3, 20, "database.redis", "invalid Redis URL; expected redis://[user:password@]host[:port][/db] or rediss://…"
        },
        {
            "redis url with a database that is not a number", Head + "database: { redis: \"redis://:secret@cache:6379/app\" }\n" + Tables,
            3, 20, "database.redis", "invalid Redis URL; expected redis://[user:password@]host[:port][/db] or rediss://…"
        },
        {
            "postgres without url", Head + "database:\n  provider: postgres\n" + Tables,
            4, 3, "database", "missing required key 'url'; postgres needs a postgres:// or postgresql:// URL, or a Host=… connection string"
        },
        {
            "postgres with a url that expands to nothing", Head + "database:\n  provider: postgres\n  url: \"${DATABASE_URL:-}\"\n" + Tables,
            5, 8, "database.url", "the url is empty; postgres needs a postgres:// or postgresql:// URL, or a Host=… connection string"
        },
        {
            "sqlite path with a NUL character", Head + "database:\n  url: \"data/a\\0.db\"\n" + Tables,
            4, 8, "database.url", "invalid file path for sqlite"
        },
        {
            "postgres with a MySQL url", Head + "database:\n  provider: postgres\n  url: mysql://localhost/app\n" + Tables,
            5, 8, "database.url", "invalid PostgreSQL connection; expected a postgres:// or postgresql:// URL, or a Host=… connection string"
        },
        {
            "sqlite with a postgres url", Head + "database:\n  url: postgres://localhost/app\n" + Tables,
            4, 8, "database.url", "this is a PostgreSQL connection but provider is sqlite; add provider: postgres"
        },
        {
            "replicas on sqlite", Head + "database:\n  replicas: [\"postgres://replica/app\"]\n" + Tables,
            4, 13, "database.replicas", "replicas are for provider postgres only"
        },
        {
            "synchronous on postgres", Head + "database:\n  provider: postgres\n  url: Host=localhost;Database=app\n  synchronous: normal\n" + Tables,
            6, 16, "database.synchronous", "synchronous is for provider sqlite only"
        },
        {
            "unknown synchronous mode", Head + "database:\n  synchronous: off\n" + Tables,
            4, 16, "database.synchronous", "unknown synchronous mode 'off'; valid: full, normal"
        },
        {
            "secret too short", Head + "auth:\n  jwt: { secret: short-secret }\n" + Tables,
            4, 18, "auth.jwt.secret", "the JWT secret must be at least 32 characters, found 12; generate one with: openssl rand -base64 48"
        },
        {
            "bad duration", Head + "auth:\n  jwt: { access_ttl: 1 hour }\n" + Tables,
            4, 22, "auth.jwt.access_ttl", "invalid duration '1 hour'; write a number and a unit: 500ms, 30s, 5m (or 5min), 1h, 30d"
        },
        {
            "zero lifetime", Head + "auth:\n  jwt: { refresh_ttl: 0s }\n" + Tables,
            4, 23, "auth.jwt.refresh_ttl", "a lifetime must be longer than zero"
        },
        {
            "unknown auth key with a close match", Head + "auth:\n  site_ur: http://localhost:3000\n" + Tables,
            4, 3, "auth.site_ur", "unknown key 'site_ur'; did you mean 'site_url'? valid: site_url, redirect_urls, jwt, email, password, providers, mfa, rate_limits"
        },
        {
            "site_url not a URL", Head + "auth:\n  site_url: localhost\n" + Tables,
            4, 13, "auth.site_url", "expected an http:// or https:// URL, found 'localhost'"
        },
        {
            "password shorter than 6", Head + "auth:\n  password: { min_length: 4 }\n" + Tables,
            4, 27, "auth.password.min_length", "min_length must be at least 6, found 4"
        },
        {
            "unknown password class", Head + "auth:\n  password: { require: [lower, digits] }\n" + Tables,
            4, 32, "auth.password.require[1]", "unknown character class 'digits'; did you mean 'digit'? valid: lower, upper, digit, symbol"
        },
        {
            "smtp not a URL", Head + "auth:\n  email: { smtp: mail.example.com }\n" + Tables,
            4, 18, "auth.email.smtp", "expected an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465"
        },
        {
            "email confirm not a boolean", Head + "auth:\n  email: { confirm: yes }\n" + Tables,
            4, 21, "auth.email.confirm", "expected true or false, found 'yes'"
        },
        {
            "OIDC provider without issuer", Head + "auth:\n  providers:\n    gitlab: { client_id: abc, client_secret: def }\n" + Tables,
            5, 13, "auth.providers.gitlab", "missing required key 'issuer'; providers other than github and google need their OpenID Connect issuer URL"
        },
        {
            "OIDC issuer over http on another host", Head + "auth:\n  providers:\n    gitlab: { client_id: abc, client_secret: def, issuer: http://id.example }\n" + Tables,
            5, 59, "auth.providers.gitlab.issuer", "expected the issuer's https:// URL (http:// only on a loopback host), found 'http://id.example'"
        },
        {
            "github with an issuer", Head + "auth:\n  providers:\n    github: { client_id: abc, client_secret: def, issuer: https://github.example }\n" + Tables,
            5, 59, "auth.providers.github.issuer", "github has no issuer to set (its endpoints are fixed); remove 'issuer'"
        },
        {
            "provider without client_secret", Head + "auth:\n  providers:\n    github: { client_id: abc }\n" + Tables,
            5, 13, "auth.providers.github", "missing required key 'client_secret'"
        },
        {
            "mfa as a boolean", Head + "auth:\n  mfa: true\n" + Tables,
            4, 8, "auth.mfa", "expected a mapping, found 'true'"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_problem_with_its_position_path_and_message(string name, string yaml, int line, int column, string path, string message)
    {
        Assert.NotEmpty(name);
        SpecAssert.SingleError(yaml, line, column, path, message);
    }

    [Fact]
    public void The_base_of_these_cases_is_valid()
    {
        SpecAssert.Valid(Valid);
    }
}
