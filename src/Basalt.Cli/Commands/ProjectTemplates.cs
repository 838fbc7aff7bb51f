namespace Basalt.Cli.Commands;

/// <summary>The files <c>basalt init</c> writes. The spec must load as written: a test loads it.</summary>
internal static class ProjectTemplates
{
    public static string Spec(string name) => $$"""
        # {{name}}: a Basalt spec. Reference: docs/spec.md; editor schema: docs/basalt.schema.json
        # Apply changes with `basalt migrate plan` (writes reviewable SQL) and `basalt migrate apply`,
        # or just `basalt serve --migrate` while developing.
        version: 1
        name: {{name}}

        database:
          provider: sqlite              # sqlite (default) | postgres
          url: ./data/{{name}}.db       # sqlite: a file path relative to this file; postgres: postgres://user:pass@host:5432/db

        auth:
          site_url: http://localhost:3000
          # Set BASALT_JWT_SECRET (32+ characters) in production; the default is for a laptop only.
          jwt: { secret: "${BASALT_JWT_SECRET:-dev-only-secret-change-me-0123456789}", access_ttl: 1h, refresh_ttl: 30d }
          email: { confirm: true, smtp: "${SMTP_URL:-}" }   # without smtp, mails are written to the log
          password: { min_length: 10 }

        tables:
          todos:
            columns:
              id:         { type: bigint, primary: true, generated: identity }
              owner_id:   { type: uuid, references: auth.users, on_delete: cascade, default: auth.uid() }
              title:      { type: text, min_length: 1, max_length: 200 }
              done:       { type: boolean, default: false }
              created_at: { type: timestamptz, default: now() }
            indexes:
              - { columns: [owner_id, created_at desc] }
            policies:
              select: "owner_id = auth.uid()"
              insert: "owner_id = auth.uid()"
              update: "owner_id = auth.uid()"
              delete: "owner_id = auth.uid()"

        """;

    public static string EnvExample(string secret) => $"""
        # Copy to .env (never commit .env) and load it into the environment before `basalt serve`.
        BASALT_JWT_SECRET={secret}
        # SMTP_URL=smtp://user:password@smtp.example.com:587
        # DATABASE_URL=postgres://basalt:secret@127.0.0.1:5432/app

        """;

    public const string GitIgnore = """
        # Basalt
        data/
        *.db
        *.db-wal
        *.db-shm
        *.migrate-lock
        .env

        """;
}
