using Basalt.Auth.Errors;
using Basalt.Spec.Settings;

namespace Basalt.Auth.Passwords;

/// <summary>
/// The spec's password rules (<c>auth.password.min_length</c>, <c>require</c>) with GoTrue's messages and its
/// <c>weak_password.reasons</c> (<c>length</c>, <c>characters</c>). Length counts characters (runes), as GoTrue does.
/// </summary>
public sealed class PasswordPolicy(PasswordSettings settings)
{
    /// <summary>Longer passwords are refused outright: hashing is the expensive part of a request.</summary>
    public const int MaxLength = 1024;

    private static readonly Dictionary<string, (Func<char, bool> Has, string Characters)> Classes = new()
    {
        ["lower"] = (char.IsLower, "abcdefghijklmnopqrstuvwxyz"),
        ["upper"] = (char.IsUpper, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        ["digit"] = (char.IsDigit, "0123456789"),
        ["symbol"] = (c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c), "!@#$%^&*()_+-=[]{};'\\:\"|<>?,./`~"),
    };

    public int MinLength => settings.MinLength;

    /// <summary>Null when the password is acceptable, else <c>weak_password</c> (or <c>validation_failed</c> when over <see cref="MaxLength"/>).</summary>
    public AuthError? Check(string password)
    {
        var length = password.EnumerateRunes().Count();
        if (length > MaxLength)
        {
            return AuthErrors.PasswordTooLong(MaxLength);
        }
        var reasons = new List<string>();
        var messages = new List<string>();
        if (length < settings.MinLength)
        {
            reasons.Add("length");
            messages.Add($"Password should be at least {settings.MinLength} characters.");
        }
        var missing = settings.Require.Where(c => Classes.ContainsKey(c) && !password.Any(Classes[c].Has)).ToList();
        if (missing.Count > 0)
        {
            reasons.Add("characters");
            messages.Add("Password should contain at least one character of each: "
                + string.Join(", ", settings.Require.Where(Classes.ContainsKey).Select(c => Classes[c].Characters)) + ".");
        }
        return reasons.Count == 0 ? null : AuthErrors.WeakPassword(string.Join(" ", messages), reasons);
    }
}
