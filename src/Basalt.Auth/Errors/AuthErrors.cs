namespace Basalt.Auth.Errors;

/// <summary>
/// The closed catalogue of auth errors, with GoTrue's codes, statuses and wording (its <c>apierrors</c> package), so
/// <c>@supabase/auth-js</c> maps each to the same error class it would for Supabase.
/// </summary>
public static class AuthErrors
{
    public static AuthError BadJson(string detail) => new(400, "bad_json", "Could not parse request body as JSON: " + detail);

    public static AuthError Validation(string message) => new(400, "validation_failed", message);

    public static AuthError InvalidEmail { get; } = new(400, "validation_failed", "Unable to validate email address: invalid format");

    public static AuthError MissingEmailOrPassword { get; } = new(400, "validation_failed", "Signup requires a valid password");

    public static AuthError PasswordTooLong(int max) => new(400, "validation_failed", $"Password cannot be longer than {max} characters");

    public static AuthError InvalidCredentials { get; } = new(400, "invalid_credentials", "Invalid login credentials");

    public static AuthError EmailNotConfirmed { get; } = new(400, "email_not_confirmed", "Email not confirmed");

    public static AuthError UserBanned { get; } = new(400, "user_banned", "User is banned");

    public static AuthError UserAlreadyExists { get; } = new(422, "user_already_exists", "User already registered");

    public static AuthError SignupDisabled { get; } = new(422, "signup_disabled", "Signups not allowed for this instance");

    public static AuthError OtpDisabled { get; } = new(422, "otp_disabled", "Signups not allowed for otp");

    public static AuthError SamePassword { get; } = new(422, "same_password", "New password should be different from the old password.");

    public static AuthError WeakPassword(string message, IReadOnlyList<string> reasons) =>
        new(422, "weak_password", message) { WeakPasswordReasons = reasons };

    public static AuthError UnsupportedGrantType { get; } = new(400, "validation_failed", "unsupported_grant_type");

    public static AuthError FlowStateNotFound { get; } = new(404, "flow_state_not_found", "invalid flow state, no valid flow state found");

    public static AuthError FlowStateExpired { get; } = new(422, "flow_state_expired", "invalid flow state, flow state has expired");

    public static AuthError BadCodeVerifier { get; } = new(400, "bad_code_verifier", "code challenge does not match previously saved code verifier");

    public static AuthError ProviderDisabled { get; } = new(400, "validation_failed", "Unsupported provider: provider is not enabled");

    public static AuthError RefreshTokenNotFound { get; } = new(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");

    public static AuthError RefreshTokenAlreadyUsed { get; } = new(400, "refresh_token_already_used", "Invalid Refresh Token: Already Used");

    public static AuthError SessionExpired { get; } = new(400, "session_expired", "Invalid Refresh Token: Session Expired");

    public static AuthError NoAuthorization { get; } = new(401, "no_authorization", "This endpoint requires a valid Bearer token");

    public static AuthError BadJwt(string detail) => new(403, "bad_jwt", "invalid JWT: unable to parse or verify signature, " + detail);

    public static AuthError BadJwtClaim(string detail) => new(403, "bad_jwt", "invalid claim: " + detail);

    public static AuthError UserNotFound { get; } = new(403, "user_not_found", "User from sub claim in JWT does not exist");

    public static AuthError SessionNotFound { get; } = new(403, "session_not_found", "Session from session_id claim in JWT does not exist");

    public static AuthError OtpExpired { get; } = new(403, "otp_expired", "Token has expired or is invalid");

    public static AuthError EmailExists { get; } = new(422, "email_exists", "A user with this email address has already been registered");

    public static AuthError PhoneProviderDisabled { get; } = new(400, "phone_provider_disabled", "Unsupported phone provider");

    public static AuthError OverRequestRateLimit(TimeSpan retryAfter) =>
        new(429, "over_request_rate_limit", "Request rate limit reached") { RetryAfter = retryAfter };

    public static AuthError OverEmailSendRateLimit(TimeSpan retryAfter) =>
        new(429, "over_email_send_rate_limit",
            $"For security purposes, you can only request this after {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} seconds.")
        { RetryAfter = retryAfter };

    public static AuthError NoApiKey { get; } = new(401, "no_authorization", "No API key found in request");

    public static AuthError InvalidApiKey { get; } = new(401, "bad_jwt", "Invalid API key");

    public static AuthError BodyTooLarge(long limit) => new(413, "request_too_large", $"Request body is larger than {limit} bytes");

    public static AuthError Unexpected { get; } = new(500, "unexpected_failure", "Unexpected failure, please check server logs for more information");
}
