using System.Text.Json;
using Basalt.Spec.Loading;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;

namespace Basalt.Spec.Tests;

/// <summary>The blog spec of DESIGN.md, as YAML and as JSON, compiles to exactly the schema and settings expected.</summary>
public sealed class ValidSpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs");
    private static readonly string BlogYaml = Path.Combine(Folder, "blog.yaml");
    private static readonly string BlogJson = Path.Combine(Folder, "blog.json");
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void The_blog_spec_compiles_to_exactly_the_expected_schema()
    {
        var spec = LoadFile(BlogYaml);

        Assert.Equal(SchemaSnapshot.Serialize(BlogSchema.Expected(BlogYaml)), SchemaSnapshot.Serialize(spec.Schema));
    }

    [Fact]
    public void The_blog_spec_names_its_constraints_as_postgres_would()
    {
        var schema = LoadFile(BlogYaml).Schema;

        Assert.Equal(
            ["auth.users", "auth.sessions", "auth.refresh_tokens", "auth.one_time_tokens", "auth.audit_log_entries", "auth.mail_outbox", "auth.mfa_factors", "auth.mfa_challenges", "auth.api_keys", "auth.identities", "auth.flow_state", "profiles", "posts", "comments"],
            schema.Tables.Select(t => t.Name.ToString()));
        Assert.Same(SystemTables.AuthUsers, schema.Tables[0]);
        Assert.Equal(["profiles_id_fkey", "posts_author_id_fkey", "comments_post_id_fkey", "comments_parent_id_fkey", "comments_author_id_fkey"],
            schema.UserTables.SelectMany(t => t.ForeignKeys).Select(k => k.Name));
        Assert.Equal(["profiles_username_key"], schema.UserTables.SelectMany(t => t.Uniques).Select(u => u.Name));
        Assert.Equal(["posts_author_id_created_at_idx", "posts_title_body_fts", "comments_post_id_created_at_idx"],
            schema.UserTables.SelectMany(t => t.Indexes).Select(i => i.Name));
        var profilesKey = schema.Find("profiles")!.ForeignKeys.Single();
        Assert.Equal((new TableName("auth", "users"), ReferentialAction.Cascade), (profilesKey.RefTable, profilesKey.OnDelete));
    }

    [Fact]
    public void The_blog_spec_keeps_defaults_enum_values_policies_rate_limits_and_cache()
    {
        var posts = LoadFile(BlogYaml).Schema.Find("posts")!;

        Assert.Equal(["draft", "published"], posts.Column("status").Type.Values);
        Assert.Equal(["auth.uid()", "\"\"", "\"draft\"", "[]", "now()"],
            posts.Columns.Where(c => c.Default is not null).Select(c => c.Default!.ToString()));
        Assert.Equal(DefaultKind.Literal, posts.Column("tags").Default!.Kind);
        Assert.Null(posts.Column("id").Default);
        Assert.True(posts.Column("id").Identity);
        var delete = Assert.Single(posts.Policies.Delete!.ByRole);
        Assert.Equal(PolicyRule.AnyRole, delete.Key);
        Assert.Equal("author_id = auth.uid() or auth.has_role('admin')", delete.Value.Text);
        Assert.Equal(new SourceLocation(BlogYaml, 42, 15), delete.Value.Location);
        Assert.Equal("60/min", posts.RateLimits["anon"].ToString());
        Assert.Equal(new RateLimitRule(600, TimeSpan.FromMinutes(1)), posts.RateLimits["authenticated"]);
        Assert.Equal(TimeSpan.FromSeconds(30), posts.Cache!.MaxAge);
    }

    [Fact]
    public void The_blog_spec_reads_its_settings_and_resolves_the_sqlite_path_against_its_folder()
    {
        var spec = LoadFile(BlogYaml);

        Assert.Equal(("blog", 1, BlogYaml), (spec.Name, spec.Version, spec.SourcePath));
        Assert.Equal(["editor", "admin"], spec.Roles);
        Assert.Equal(DatabaseProvider.Sqlite, spec.Database.Provider);
        Assert.Equal(Path.Combine(Folder, "data", "blog.db"), spec.Database.Url);
        Assert.True(Path.IsPathFullyQualified(spec.Database.Url));
        Assert.Equal(("full", null, 0), (spec.Database.Synchronous, spec.Database.Redis, spec.Database.Replicas.Count));
        Assert.Equal("http://localhost:5173", spec.Auth.SiteUrl);
        Assert.Equal(AuthSettings.DevelopmentSecret, spec.Auth.Jwt.Secret);
        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromDays(30)), (spec.Auth.Jwt.AccessTtl, spec.Auth.Jwt.RefreshTtl));
        Assert.Equal((true, null), (spec.Auth.Email.Confirm, spec.Auth.Email.Smtp));
        Assert.Equal(10, spec.Auth.Password.MinLength);
        Assert.Empty(spec.Auth.Providers);
        Assert.True(spec.Auth.MfaTotp);
    }

    [Fact]
    public void The_blog_spec_written_as_json_loads_the_same()
    {
        var yaml = LoadFile(BlogYaml);
        var json = LoadFile(BlogJson);

        Assert.Equal(SchemaSnapshot.Serialize(BlogSchema.WithoutLocations(yaml.Schema)), SchemaSnapshot.Serialize(BlogSchema.WithoutLocations(json.Schema)));
        Assert.Equal(JsonSerializer.Serialize(yaml.Database), JsonSerializer.Serialize(json.Database));
        Assert.Equal(JsonSerializer.Serialize(yaml.Auth), JsonSerializer.Serialize(json.Auth));
        Assert.Equal(yaml.Roles, json.Roles);
        var select = json.Schema.Find("profiles")!.Policies.Select!.ByRole[PolicyRule.AnyRole];
        Assert.Equal(new SourceLocation(BlogJson, 52, 19), select.Location);
    }

    [Fact]
    public void A_json_spec_reports_errors_at_json_positions()
    {
        var result = SpecLoader.LoadText("{\n  \"name\": \"app\",\n  \"tables\": {\n    \"t\": { \"columns\": { \"id\": { \"type\": \"bigint\", \"primary\": true, \"nulable\": true } } }\n  }\n}\n",
            "app.json", NoEnvironment);

        var error = Assert.Single(result.Errors);
        Assert.Equal("app.json:4:68: tables.t.columns.id.nulable: unknown key 'nulable'; did you mean 'nullable'? valid: "
            + "type, primary, generated, nullable, unique, default, references, on_delete, check, min_length, max_length, pattern, min, max, "
            + "sensitive, renamed_from, description, values, precision, scale", error.ToString());
    }

    [Fact]
    public void A_missing_file_is_one_error_at_its_first_line()
    {
        var path = Path.Combine(Folder, "no-such-spec.yaml");

        var result = SpecLoader.LoadFile(path, NoEnvironment);

        Assert.Null(result.Spec);
        Assert.Equal($"{path}:1:1: cannot read the spec file: it does not exist", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_folder_is_not_a_readable_spec()
    {
        var error = Assert.Single(SpecLoader.LoadFile(Folder, NoEnvironment).Errors);

        Assert.Equal((1, 1, ""), (error.Location.Line, error.Location.Column, error.Path));
        Assert.StartsWith("cannot read the spec file: ", error.Message, StringComparison.Ordinal);
    }

    private static AppSpec LoadFile(string path)
    {
        var result = SpecLoader.LoadFile(path, NoEnvironment);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Spec!;
    }
}
