using Basalt.Auth.Passwords;
using Basalt.Spec.Settings;

namespace Basalt.Auth.Tests;

public sealed class PasswordTests
{
    private static readonly PasswordHasher Owasp = new(Argon2idParameters.Owasp);

    [Fact]
    public void Hashes_are_argon2id_with_OWASPs_parameters_and_a_fresh_salt()
    {
        var first = Owasp.Hash("correct horse");
        var second = Owasp.Hash("correct horse");
        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.True(Owasp.Verify("correct horse", first));
        Assert.True(Owasp.Verify("correct horse", second));
        Assert.False(Owasp.Verify("correct horsE", first));
    }

    [Fact]
    public void A_hash_verifies_with_the_parameters_it_carries_not_the_current_ones()
    {
        var old = new PasswordHasher(new Argon2idParameters(1024, 1, 1)).Hash("pa55word!");
        Assert.True(Owasp.Verify("pa55word!", old));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("$2a$10$abcdefghijklmnopqrstuv")]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtc2FsdA")]
    [InlineData("$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$!!!$aGFzaA")]
    public void Anything_but_a_well_formed_argon2id_hash_never_verifies(string? stored)
    {
        Assert.False(new PasswordHasher(new Argon2idParameters(1024, 1, 1)).Verify("plain-text-password", stored));
    }

    [Theory]
    [InlineData("short", 8, new string[0], "length")]
    [InlineData("longenough", 8, new[] { "digit" }, "characters")]
    [InlineData("abc", 8, new[] { "upper" }, "length,characters")]
    [InlineData("Longenough1!", 8, new[] { "lower", "upper", "digit", "symbol" }, "")]
    [InlineData("ééééééé", 8, new string[0], "length")]
    [InlineData("😀😀😀😀😀😀😀😀", 8, new string[0], "")]
    public void The_policy_names_what_is_missing(string password, int minLength, string[] require, string reasons)
    {
        var error = new PasswordPolicy(new PasswordSettings(minLength) { Require = require }).Check(password);
        Assert.Equal(reasons, error?.WeakPasswordReasons is { } r ? string.Join(",", r) : "");
        if (error is not null)
        {
            Assert.Equal((422, "weak_password"), (error.Status, error.Code));
        }
    }

    [Fact]
    public void A_password_over_the_limit_is_refused_before_hashing()
    {
        var error = new PasswordPolicy(new PasswordSettings(8)).Check(new string('a', PasswordPolicy.MaxLength + 1));
        Assert.Equal((400, "validation_failed"), (error!.Status, error.Code));
    }
}
