using Basalt.Spec.Schema;
using Basalt.Spec.Settings;

namespace Basalt.Spec.Tests;

/// <summary>Valid specs beyond the blog: every key the format offers lands where the compiled schema and settings keep it.</summary>
public sealed class FeatureSpecTests
{
    [Fact]
    public void Postgres_settings_are_read_as_written()
    {
        var spec = SpecAssert.Valid("""
            name: shop
            database:
              provider: postgres
              url: postgresql://shop@db:5432/shop
              replicas: [postgres://replica-1/shop, "Host=replica-2;Database=shop"]
              redis: redis://cache:6379
            tables:
              t:
                columns:
                  id: { type: bigint, primary: true }
            """);

        Assert.Equal(DatabaseProvider.Postgres, spec.Database.Provider);
        Assert.Equal("postgresql://shop@db:5432/shop", spec.Database.Url);
        Assert.Equal(["postgres://replica-1/shop", "Host=replica-2;Database=shop"], spec.Database.Replicas);
        Assert.Equal("redis://cache:6379", spec.Database.Redis);
    }

    [Fact]
    public void Sqlite_defaults_to_a_file_named_after_the_app_beside_the_spec()
    {
        var spec = SpecAssert.Valid("name: shop\ndatabase:\n  synchronous: normal\ntables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n");

        Assert.Equal(Path.GetFullPath(Path.Combine("data", "shop.db")), spec.Database.Url);
        Assert.Equal("normal", spec.Database.Synchronous);
    }

    [Fact]
    public void Auth_settings_are_read_as_written()
    {
        var auth = SpecAssert.Valid("""
            name: app
            auth:
              site_url: https://app.example
              redirect_urls: [https://app.example/callback, "http://localhost:3000/**"]
              jwt: { secret: 0123456789abcdef0123456789abcdef, access_ttl: 5min, refresh_ttl: 7d, issuer: https://app.example/auth/v1 }
              email: { confirm: false, smtp: "smtps://user:pw@mail.example:465", from: "App <hello@app.example>", secure_change: false }
              password: { min_length: 12, require: [lower, upper, digit, symbol] }
              providers:
                github: { client_id: gh-id, client_secret: gh-secret }
                google: { client_id: "", client_secret: "" }
                keycloak: { client_id: kc, client_secret: kc-secret, issuer: https://id.example/realms/app, scopes: [openid, email] }
              mfa: { totp: false }
            tables:
              t:
                columns:
                  id: { type: bigint, primary: true }
            """).Auth;

        Assert.Equal(("https://app.example", false), (auth.SiteUrl, auth.MfaTotp));
        Assert.Equal(["https://app.example/callback", "http://localhost:3000/**"], auth.RedirectUrls);
        Assert.Equal(("0123456789abcdef0123456789abcdef", TimeSpan.FromMinutes(5), TimeSpan.FromDays(7), "https://app.example/auth/v1"),
            (auth.Jwt.Secret, auth.Jwt.AccessTtl, auth.Jwt.RefreshTtl, auth.Jwt.Issuer));
        Assert.Equal((false, "smtps://user:pw@mail.example:465", "App <hello@app.example>", false),
            (auth.Email.Confirm, auth.Email.Smtp, auth.Email.From, auth.Email.SecureChange));
        Assert.True(Basalt.Spec.Settings.AuthSettings.Default.Email.SecureChange);
        Assert.Equal(12, auth.Password.MinLength);
        Assert.Equal(["lower", "upper", "digit", "symbol"], auth.Password.Require);
        // google has no credentials here: switched off, not refused.
        Assert.Equal(["github", "keycloak"], auth.Providers.Select(p => p.Name));
        Assert.Equal(("gh-id", "gh-secret", null), (auth.Providers[0].ClientId, auth.Providers[0].ClientSecret, auth.Providers[0].Issuer));
        Assert.Equal("https://id.example/realms/app", auth.Providers[1].Issuer);
        Assert.Equal(["openid", "email"], auth.Providers[1].Scopes);
    }

    [Theory]
    [InlineData("500ms", 0, 0, 0, 500)]
    [InlineData("30s", 0, 0, 30, 0)]
    [InlineData("5m", 0, 5, 0, 0)]
    [InlineData("5min", 0, 5, 0, 0)]
    [InlineData("1h", 1, 0, 0, 0)]
    [InlineData("30d", 720, 0, 0, 0)]
    public void Durations_take_every_documented_unit(string text, int hours, int minutes, int seconds, int milliseconds)
    {
        var table = SpecAssert.Valid($"name: app\ntables:\n  t:\n    columns:\n      id: {{ type: bigint, primary: true }}\n    cache: {{ max_age: {text} }}\n").Schema.Find("t")!;

        Assert.Equal(new TimeSpan(0, hours, minutes, seconds, milliseconds), table.Cache!.MaxAge);
    }

    [Fact]
    public void Keys_constraints_and_column_options_compile_in_declaration_order()
    {
        var schema = SpecAssert.Valid("""
            name: app
            roles: [editor]
            tables:
              members:
                description: Who belongs to which team.
                columns:
                  team_id: { type: integer, primary: true }
                  user_id: { type: uuid, primary: true, references: auth.users.id, on_delete: restrict }
                  email: { type: text, unique: true, sensitive: true, renamed_from: mail, description: Work address. }
                  handle: { type: text, nullable: true }
                  tenant: { type: text }
                  score: { type: "numeric", precision: 10, scale: 2, min: 0, max: 100.5, check: "score >= 0 and (score <= 100 or coalesce(handle, '') = '')" }
                  code: { type: text, unique: true }
                unique: [[tenant, handle], [tenant, code]]
                indexes:
                  - { columns: [handle asc, score desc], unique: true, name: members_by_handle }
                  - { columns: [email] }
                policies:
                  select: { authenticated: "true", editor: "team_id > 0" }
                  delete: "auth.has_role('editor')"
                rate_limit: { anon: 10/s, authenticated: 100/minute, editor: 1000/hour, service_role: 100000/day }
              invites:
                columns:
                  id: { type: uuid, primary: true, default: gen_random_uuid() }
                  email: { type: text, references: members.email, on_delete: set null, nullable: true }
                  parent: { type: uuid, references: invites.id, on_delete: set default, default: gen_random_uuid() }
            """).Schema;

        var members = schema.Find("members")!;
        Assert.Equal("Who belongs to which team.", members.Description);
        Assert.Equal(["team_id", "user_id"], members.PrimaryKey);
        Assert.Equal([("members_email_key", "email"), ("members_code_key", "code"), ("members_tenant_handle_key", "tenant,handle"), ("members_tenant_code_key", "tenant,code")],
            members.Uniques.Select(u => (u.Name, string.Join(",", u.Columns))));
        var userKey = Assert.Single(members.ForeignKeys);
        Assert.Equal(("members_user_id_fkey", "auth.users", "id", ReferentialAction.Restrict), (userKey.Name, userKey.RefTable.ToString(), userKey.RefColumns.Single(), userKey.OnDelete));
        Assert.Equal(["members_by_handle (handle, score desc) unique", "members_email_idx (email)"], members.Indexes.Select(i => i.ToString()));
        var email = members.Column("email");
        Assert.Equal((true, "mail", "Work address.", false), (email.Sensitive, email.RenamedFrom, email.Description, email.Nullable));
        var score = members.Column("score");
        Assert.Equal(new ColumnType(ColumnKind.Numeric, Precision: 10, Scale: 2), score.Type);
        Assert.Equal((0m, 100.5m), (score.Min, score.Max));
        Assert.Equal("score >= 0 and (score <= 100 or coalesce(handle, '') = '')", score.Check);
        Assert.Equal(["authenticated", "editor"], members.Policies.Select!.ByRole.Keys);
        Assert.Equal("team_id > 0", members.Policies.Select.ByRole["editor"].Text);
        Assert.Null(members.Policies.Insert);
        Assert.Equal("auth.has_role('editor')", members.Policies.Delete!.ByRole[PolicyRule.AnyRole].Text);
        Assert.Equal(["anon 10/s", "authenticated 100/min", "editor 1000/h", "service_role 100000/day"], members.RateLimits.Select(r => $"{r.Key} {r.Value}"));

        var invites = schema.Find("invites")!;
        Assert.Equal(ColumnDefault.GenRandomUuid, invites.Column("id").Default);
        Assert.Equal([("invites_email_fkey", "members", "email", ReferentialAction.SetNull), ("invites_parent_fkey", "invites", "id", ReferentialAction.SetDefault)],
            invites.ForeignKeys.Select(k => (k.Name, k.RefTable.ToString(), k.RefColumns.Single(), k.OnDelete)));
    }

    [Fact]
    public void Unique_on_a_sole_primary_key_adds_nothing_but_on_part_of_a_composite_key_stays()
    {
        var schema = SpecAssert.Valid("""
            name: app
            tables:
              a:
                columns:
                  id: { type: bigint, primary: true, unique: true }
              b:
                columns:
                  x: { type: bigint, primary: true, unique: true }
                  y: { type: bigint, primary: true }
            """).Schema;

        Assert.Empty(schema.Find("a")!.Uniques);
        Assert.Equal(["b_x_key"], schema.Find("b")!.Uniques.Select(u => u.Name));
    }

    [Fact]
    public void Version_may_be_left_out()
    {
        Assert.Equal(1, SpecAssert.Valid("name: app\ntables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n").Version);
    }

    [Fact]
    public void Anchors_and_aliases_reuse_a_definition()
    {
        var table = SpecAssert.Valid("""
            name: app
            tables:
              t:
                columns:
                  id: &key { type: bigint, primary: true, generated: identity }
                  created_at: &stamp { type: timestamptz, default: now() }
                  updated_at: *stamp
            """).Schema.Find("t")!;

        Assert.Equal(ColumnDefault.Now, table.Column("updated_at").Default);
        Assert.Equal(new ColumnType(ColumnKind.TimestampTz), table.Column("updated_at").Type);
    }
}
