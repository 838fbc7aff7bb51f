namespace Basalt.Auth.Storage;

/// <summary>One row of <c>auth.one_time_tokens</c>: hashes only (see <see cref="Basalt.Spec.Schema.AuthTables.OneTimeTokensTable"/>).</summary>
public sealed record OneTimeTokenRecord(Guid Id, Guid UserId, string TokenType, string TokenHash, string? OtpHash, string RelatesTo, DateTimeOffset CreatedAt);
