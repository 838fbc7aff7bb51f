using Basalt.Auth.Accounts;
using Basalt.Auth.Admin;
using Basalt.Auth.ApiKeys;
using Basalt.Auth.Mail;
using Basalt.Auth.Mfa;
using Basalt.Auth.Passwords;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Sessions;
using Basalt.Auth.Signing;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;
using Basalt.Sql;

namespace Basalt.Auth;

/// <summary>
/// Supabase Auth (GoTrue) over Basalt's own tables, on either engine: sign-up, password sign-in, refresh-token rotation,
/// email confirmation, the current user, and sign-out. It owns no HTTP: the server maps <c>/auth/v1</c> onto these
/// parts and writes their answers with <see cref="Responses.AuthJson"/>. Each part does one job and is built here once.
/// </summary>
public sealed class AuthService
{
    public AuthService(IDatabase database, AuthOptions options, IMailSender mailSender, IRateLimitStore? rateLimits = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        Options = options;
        var db = new AuthDatabase(database);
        var settings = options.Settings;
        var hasher = new PasswordHasher(options.PasswordHashing);
        var policy = new PasswordPolicy(settings.Password);
        var limiter = new AuthRateLimiter(rateLimits ?? new InMemoryRateLimitStore(), options.RateLimits, time);
        var sessions = new SessionIssuer(new AccessTokenIssuer(SigningKeySet.From(settings.Jwt).Signer, settings.Jwt.AccessTtl, settings.Jwt.Issuer));
        var outbox = new MailOutbox(db, mailSender, time);
        Redirects = new RedirectPolicy(settings);
        SignUp = new SignUp(db, options, hasher, policy, sessions, new ConfirmationMailer(Redirects), outbox, limiter, time);
        Passwords = new PasswordGrant(db, hasher, sessions, limiter, time);
        Refresh = new RefreshGrant(db, sessions, options, time);
        Verification = new EmailVerification(db, options, sessions, limiter, time);
        Users = new UserAuthenticator(db, new AccessTokenValidator(settings.Jwt, time));
        var emailChangeLinks = new EmailChangeLinks(Redirects);
        Updates = new UserUpdate(db, hasher, policy, new EmailChangeRequest(options, emailChangeLinks, limiter), outbox, time);
        EmailChanges = new EmailChangeVerification(db, options, sessions, limiter, time);
        SignOut = new SignOut(db, time);
        var confirmations = new ConfirmationMailer(Redirects);
        var mailer = new OneTimeMailer(Redirects);
        Recovery = new PasswordRecovery(db, mailer, outbox, limiter, time);
        MagicLinks = new MagicLinkSignIn(db, options, confirmations, mailer, outbox, limiter, time);
        Reauthentication = new Reauthentication(db, options, mailer, outbox, time);
        Outbox = outbox;
        Mfa = new MfaFactors(db, options, sessions, limiter, time);
        Limiter = limiter;
        AdminUsers = new AdminUsers(db, hasher, policy, time);
        Invitations = new Invitations(db, Redirects, outbox, time);
        AdminLinks = new AdminLinks(db, options, hasher, policy, Redirects, Invitations, emailChangeLinks, time);
        ApiKeys = new ApiKeyRegistry(db, time);
        var providerTokens = new SecretSealer(settings.Jwt.Secret, SecretSealer.ProviderTokens);
        External = new ExternalSignIn(db, sessions, providerTokens, time);
        Pkce = new PkceGrant(db, sessions, providerTokens, time);
    }

    public AuthOptions Options { get; }

    public RedirectPolicy Redirects { get; }

    public SignUp SignUp { get; }

    public PasswordGrant Passwords { get; }

    public RefreshGrant Refresh { get; }

    public EmailVerification Verification { get; }

    public UserAuthenticator Users { get; }

    public UserUpdate Updates { get; }

    /// <summary><c>/verify type=email_change</c>: the halves of an email change started by <c>PUT /user</c>.</summary>
    public EmailChangeVerification EmailChanges { get; }

    public SignOut SignOut { get; }

    public MfaFactors Mfa { get; }

    public AuthRateLimiter Limiter { get; }

    public PasswordRecovery Recovery { get; }

    public MagicLinkSignIn MagicLinks { get; }

    public Reauthentication Reauthentication { get; }

    public MailOutbox Outbox { get; }

    public AdminUsers AdminUsers { get; }

    public AdminLinks AdminLinks { get; }

    /// <summary><c>POST /invite</c>: invited users and their mails.</summary>
    public Invitations Invitations { get; }

    /// <summary>Sign-ins through OAuth/OIDC providers, after the provider answered.</summary>
    public ExternalSignIn External { get; }

    /// <summary><c>grant_type=pkce</c>: the code of a PKCE sign-in exchanged for a session.</summary>
    public PkceGrant Pkce { get; }

    /// <summary>Opaque API keys; shared with <c>/rest/v1</c> so a revocation here takes effect there at once.</summary>
    public ApiKeyRegistry ApiKeys { get; }
}
