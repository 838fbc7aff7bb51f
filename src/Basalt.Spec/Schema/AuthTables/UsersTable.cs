using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.users</c>, with GoTrue's column names so that SQL written for Supabase reads the same here. Spec tables
/// reference <c>auth.users.id</c>: that column and its type never change. Every column but <c>id</c> is nullable or
/// has a default, so a row can be written with its id alone (tests and imports do). <c>confirmed_at</c> is not stored:
/// GoTrue derives it from the email and phone confirmations, and so does Basalt. Emails are stored lower-case.
/// </summary>
public static class UsersTable
{
    public static TableName Name { get; } = new("auth", "users");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Text("aud", nullable: false, maxLength: 255, defaultText: "authenticated"),
        Text("role", nullable: false, maxLength: 255, defaultText: "authenticated"),
        Text("email", maxLength: 320),
        // An Argon2id hash in PHC string form; null for users without a password (OAuth, magic link).
        Text("encrypted_password", maxLength: 255),
        Time("email_confirmed_at"),
        Time("invited_at"),
        Time("confirmation_sent_at"),
        Time("recovery_sent_at"),
        // The address an email change waits to confirm, and when its mail went out.
        Text("email_change", maxLength: 320),
        Time("email_change_sent_at"),
        Time("last_sign_in_at"),
        Jsonb("raw_app_meta_data"),
        Jsonb("raw_user_meta_data"),
        Text("phone", maxLength: 32),
        Time("phone_confirmed_at"),
        Time("banned_until"),
        Boolean("is_anonymous", false),
        Time("created_at", nullable: false, now: true),
        Time("updated_at", nullable: false, now: true),
        Time("deleted_at"),
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("auth_users_email_key", ["email"]), new UniqueConstraint("auth_users_phone_key", ["phone"])],
        IsSystem = true,
    };
}
