using Basalt.Spec.Loading;
using Basalt.Spec.Settings;

namespace Basalt.Spec.Tests;

/// <summary><c>${NAME}</c>, <c>${NAME:-default}</c> and <c>$${</c> in every scalar value.</summary>
public sealed class EnvironmentExpansionTests
{
    private const string Tables = "tables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n";

    private static Dictionary<string, string?> Env(params (string Name, string? Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void A_set_variable_is_substituted_inside_a_value()
    {
        var spec = SpecAssert.Valid("name: app\ndatabase:\n  provider: postgres\n  url: postgres://app:${DB_PASSWORD}@${DB_HOST}:5432/app\n" + Tables,
            Env(("DB_PASSWORD", "s3cret"), ("DB_HOST", "db.internal")));

        Assert.Equal("postgres://app:s3cret@db.internal:5432/app", spec.Database.Url);
    }

    [Theory]
    [InlineData(null, "smtp://fallback:25")]
    [InlineData("", "smtp://fallback:25")]
    [InlineData("smtp://mail:25", "smtp://mail:25")]
    public void A_default_applies_when_the_variable_is_unset_or_empty(string? value, string expected)
    {
        var environment = value is null ? Env() : Env(("SMTP_URL", value));

        var spec = SpecAssert.Valid("name: app\nauth:\n  email: { smtp: \"${SMTP_URL:-smtp://fallback:25}\" }\n" + Tables, environment);

        Assert.Equal(expected, spec.Auth.Email.Smtp);
    }

    [Fact]
    public void An_empty_default_leaves_an_optional_setting_unset()
    {
        var spec = SpecAssert.Valid("name: app\ndatabase:\n  redis: \"${REDIS_URL:-}\"\nauth:\n  email: { smtp: \"${SMTP_URL:-}\" }\n" + Tables);

        Assert.Null(spec.Database.Redis);
        Assert.Null(spec.Auth.Email.Smtp);
    }

    [Fact]
    public void An_empty_variable_without_default_is_set_and_empty()
    {
        var spec = SpecAssert.Valid("name: app\ndatabase:\n  redis: \"${REDIS_URL}\"\n" + Tables, Env(("REDIS_URL", "")));

        Assert.Null(spec.Database.Redis);
    }

    [Fact]
    public void A_doubled_dollar_writes_a_literal_reference()
    {
        var spec = SpecAssert.Valid("name: app\n" + Tables + "      c: { type: text, default: \"cost: $${PRICE} and $5\" }\n");

        Assert.Equal("\"cost: ${PRICE} and $5\"", spec.Schema.Find("t")!.Column("c").Default!.LiteralJson);
    }

    [Fact]
    public void Expanded_plain_values_are_typed_after_expansion()
    {
        // Block style: inside { } a plain ${...} would end at its '}', so flow mappings quote such values.
        var spec = SpecAssert.Valid("name: app\nauth:\n  email:\n    confirm: ${CONFIRM}\n  password:\n    min_length: ${MIN:-12}\n  jwt: { access_ttl: \"${TTL}\" }\n" + Tables,
            Env(("CONFIRM", "false"), ("TTL", "15m")));

        Assert.False(spec.Auth.Email.Confirm);
        Assert.Equal(12, spec.Auth.Password.MinLength);
        Assert.Equal(TimeSpan.FromMinutes(15), spec.Auth.Jwt.AccessTtl);
    }

    [Fact]
    public void An_unset_variable_is_an_error_at_its_scalar_naming_it()
    {
        SpecAssert.SingleError("name: app\nauth:\n  email: { smtp: \"${SMTP_URL}\" }\n" + Tables,
            3, 18, "auth.email.smtp", "environment variable SMTP_URL is not set; set it or write ${SMTP_URL:-default}");
    }

    [Fact]
    public void Every_unset_variable_of_a_scalar_is_reported_and_nothing_else_about_it()
    {
        // The secret would be too short if expanded to nothing: that second error would only mislead.
        SpecAssert.Errors(SpecAssert.Load("name: app\nauth:\n  jwt: { secret: \"${JWT_PREFIX}${JWT_SECRET}\" }\n" + Tables),
            "basalt.yaml:3:18: auth.jwt.secret: environment variable JWT_PREFIX is not set; set it or write ${JWT_PREFIX:-default}",
            "basalt.yaml:3:18: auth.jwt.secret: environment variable JWT_SECRET is not set; set it or write ${JWT_SECRET:-default}");
    }

    [Fact]
    public void An_unset_variable_in_a_required_value_is_reported_once()
    {
        SpecAssert.SingleError("name: ${APP_NAME}\n" + Tables,
            1, 7, "name", "environment variable APP_NAME is not set; set it or write ${APP_NAME:-default}");
    }

    [Theory]
    [InlineData("\"${SMTP-URL}\"", "invalid reference '${SMTP-URL}'; write ${NAME} or ${NAME:-default}, NAME made of letters, digits and '_'")]
    [InlineData("\"${}\"", "invalid reference '${}'; write ${NAME} or ${NAME:-default}, NAME made of letters, digits and '_'")]
    [InlineData("\"smtp://${HOST\"", "unterminated '${'; write ${NAME}, ${NAME:-default}, or $${ for a literal '${'")]
    [InlineData("\"${A:-${B}}\"", "invalid reference '${A:-${B}'; a default cannot contain another ${...}")]
    public void A_malformed_reference_is_an_error(string value, string message)
    {
        SpecAssert.SingleError($"name: app\nauth:\n  email: {{ smtp: {value} }}\n" + Tables, 3, 18, "auth.email.smtp", message);
    }

    [Fact]
    public void Keys_are_not_expanded()
    {
        SpecAssert.SingleError("name: app\nauth:\n  ${KEY}: x\n" + Tables, 3, 3, "auth.${KEY}",
            "unknown key '${KEY}'; valid: site_url, redirect_urls, jwt, email, password, providers, mfa, rate_limits");
    }

    [Fact]
    public void Replicas_that_expand_to_nothing_are_dropped()
    {
        var spec = SpecAssert.Valid("name: app\ndatabase:\n  provider: postgres\n  url: Host=db;Database=app\n  replicas: [\"${REPLICA_1:-}\", \"${REPLICA_2}\"]\n" + Tables,
            Env(("REPLICA_2", "postgresql://replica-2/app")));

        Assert.Equal(DatabaseProvider.Postgres, spec.Database.Provider);
        Assert.Equal(["postgresql://replica-2/app"], spec.Database.Replicas);
    }

    [Fact]
    public void Without_an_environment_argument_the_process_environment_is_read()
    {
        var name = $"BASALT_SPEC_TEST_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(name, "https://from-process.example");
        try
        {
            var result = SpecLoader.LoadText($"name: app\nauth:\n  site_url: ${{{name}}}\n" + Tables, "basalt.yaml");

            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            Assert.Equal("https://from-process.example", result.Spec!.Auth.SiteUrl);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void A_given_environment_replaces_the_process_environment()
    {
        var name = $"BASALT_SPEC_TEST_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(name, "https://from-process.example");
        try
        {
            var result = SpecAssert.Load($"name: app\nauth:\n  site_url: ${{{name}:-https://default.example}}\n" + Tables);

            Assert.Equal("https://default.example", result.Spec!.Auth.SiteUrl);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
