using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.mail_outbox</c>: every mail Basalt sends is written here first, in the same transaction as the change it
/// announces, so a crash cannot lose it. A sender delivers it and sets <c>sent_at</c>; a failure counts an attempt,
/// keeps the error and sets when to try again.
/// </summary>
public static class MailOutboxTable
{
    public static TableName Name { get; } = new("auth", "mail_outbox");

    public static TableSchema Schema { get; } = new(Name,
    [
        Identity("id"),
        Text("to_address", nullable: false, maxLength: 320),
        Text("template", nullable: false, maxLength: 64),
        Text("subject", nullable: false),
        Text("body_text", nullable: false),
        Text("body_html", nullable: false),
        Time("created_at", nullable: false, now: true),
        Integer("attempts", 0),
        Time("next_attempt_at"),
        Time("sent_at"),
        Text("last_error"),
    ])
    {
        PrimaryKey = ["id"],
        Indexes = [Index(Name, "sent_at", "next_attempt_at")],
        IsSystem = true,
    };
}
