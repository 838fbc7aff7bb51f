namespace Basalt.Auth.Passwords;

/// <summary>
/// Argon2id's cost: memory in KiB, passes, lanes. <see cref="Owasp"/> is OWASP's Password Storage Cheat Sheet minimum
/// (m=19 MiB, t=2, p=1), Basalt's default. The parameters are written into every stored hash, so raising them later
/// applies to new hashes while old ones keep verifying with theirs.
/// </summary>
public sealed record Argon2idParameters(int MemoryKib, int Iterations, int Parallelism)
{
    public static Argon2idParameters Owasp { get; } = new(19 * 1024, 2, 1);

    public const int SaltBytes = 16;

    public const int HashBytes = 32;
}
