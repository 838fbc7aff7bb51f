using System.Text.Json.Nodes;

namespace Basalt.Auth.Storage;

/// <summary>One auth event for <see cref="AuditLog"/>, with GoTrue's action names and log types.</summary>
public sealed record AuditEvent(string Action, string LogType, Guid? ActorId, string? ActorUsername, JsonObject? Traits = null)
{
    public static AuditEvent SignedUp(UserRecord user) => Account("user_signedup", user);

    public static AuditEvent ConfirmationRequested(UserRecord user) => new("user_confirmation_requested", "user", user.Id, user.Email, Provider());

    public static AuditEvent RepeatedSignUp(UserRecord user) => new("user_repeated_signup", "user", user.Id, user.Email, Provider());

    public static AuditEvent Login(UserRecord user, string method) =>
        new("login", "account", user.Id, user.Email, new JsonObject { ["provider"] = "email", ["method"] = method });

    /// <summary>
    /// A password sign-in that was refused (Basalt's action; GoTrue logs none): the user when the address has an account,
    /// else the address asked about, and why — so a guessing run shows in the log.
    /// </summary>
    public static AuditEvent LoginFailed(UserRecord? user, string? email, string reason) =>
        new("login_failed", "account", user?.Id, user?.Email ?? email, new JsonObject { ["provider"] = "email", ["reason"] = reason });

    public static AuditEvent Logout(UserRecord user, string scope) =>
        new("logout", "account", user.Id, user.Email, new JsonObject { ["scope"] = scope });

    public static AuditEvent TokenRefreshed(UserRecord user) => new("token_refreshed", "token", user.Id, user.Email);

    public static AuditEvent TokenRevoked(Guid userId, string reason) =>
        new("token_revoked", "token", userId, null, new JsonObject { ["reason"] = reason });

    public static AuditEvent PasswordUpdated(UserRecord user) => new("user_updated_password", "user", user.Id, user.Email);

    /// <summary>A recovery or magic-link mail was queued (GoTrue audits both as this action).</summary>
    public static AuditEvent RecoveryRequested(UserRecord user) => new("user_recovery_requested", "user", user.Id, user.Email, Provider());

    public static AuditEvent ReauthenticateRequested(UserRecord user) => new("user_reauthenticate_requested", "user", user.Id, user.Email);

    public static AuditEvent Modified(UserRecord user) => new("user_modified", "user", user.Id, user.Email);

    private static AuditEvent Account(string action, UserRecord user) => new(action, "account", user.Id, user.Email, Provider());

    private static JsonObject Provider() => new() { ["provider"] = "email" };
}
