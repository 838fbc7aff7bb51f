using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.mfa_challenges</c>: one attempt to prove a factor, valid for five minutes from <c>created_at</c> and only
/// from the IP that asked for it (GoTrue's rule); <c>verified_at</c> is set when it succeeds, after which it is spent.
/// </summary>
public static class MfaChallengesTable
{
    public static TableName Name { get; } = new("auth", "mfa_challenges");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Uuid("factor_id"),
        Time("created_at", nullable: false, now: true),
        Time("verified_at"),
        Text("ip_address", maxLength: 64),
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys = [new ForeignKey("auth_mfa_challenges_factor_id_fkey", ["factor_id"], MfaFactorsTable.Name, ["id"], ReferentialAction.Cascade)],
        Indexes = [Index(Name, "factor_id")],
        IsSystem = true,
    };
}
