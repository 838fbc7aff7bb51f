namespace Basalt.Auth.Errors;

/// <summary>GoTrue's MFA errors (codes, statuses, wording), beside <see cref="AuthErrors"/>.</summary>
public static class MfaErrors
{
    public static AuthError EnrollDisabled { get; } = new(422, "mfa_totp_enroll_not_enabled", "MFA enroll is disabled for TOTP");

    public static AuthError VerifyDisabled { get; } = new(422, "mfa_totp_verify_not_enabled", "MFA verification is disabled for TOTP");

    public static AuthError UnknownFactorType { get; } = new(400, "validation_failed", "factor_type needs to be totp, phone, or webauthn");

    public static AuthError PhoneDisabled { get; } = new(422, "mfa_phone_enroll_not_enabled", "MFA enroll is disabled for Phone");

    public static AuthError WebAuthnDisabled { get; } = new(422, "mfa_webauthn_enroll_not_enabled", "MFA enroll is disabled for WebAuthn");

    public static AuthError NameConflict(string name) =>
        new(422, "mfa_factor_name_conflict", $"A factor with the friendly name \"{name}\" for this user already exists");

    public static AuthError TooManyFactors { get; } = new(422, "too_many_enrolled_mfa_factors", "Maximum number of verified factors reached, unenroll to continue");

    public static AuthError EnrollNeedsAal2 { get; } = new(403, "insufficient_aal", "AAL2 required to enroll a new factor");

    public static AuthError UnenrollNeedsAal2 { get; } = new(422, "insufficient_aal", "AAL2 required to unenroll verified factor");

    public static AuthError FactorNotFound { get; } = new(404, "mfa_factor_not_found", "Factor not found");

    public static AuthError ChallengeNotFound { get; } = new(422, "mfa_factor_not_found", "MFA factor with the provided challenge ID not found");

    /// <summary>GoTrue answers a spent challenge, and one asked for from another IP, with this code and message.</summary>
    public static AuthError ChallengeSpentOrMoved { get; } = new(422, "mfa_ip_address_mismatch", "Challenge and verify IP addresses mismatch.");

    public static AuthError ChallengeExpired(Guid id) =>
        new(422, "mfa_challenge_expired", $"MFA challenge {id:D} has expired, verify against another challenge or create a new challenge.");

    public static AuthError VerificationFailed { get; } = new(422, "mfa_verification_failed", "Invalid TOTP code entered");

    public static AuthError CodeRequired { get; } = new(400, "validation_failed", "Code needs to be non-empty");

    public static AuthError ChallengeIdRequired { get; } = new(400, "validation_failed", "challenge_id must be a UUID");

    public static AuthError SessionRequired { get; } = new(401, "no_authorization", "A valid session is required to manage factors");
}
