namespace CarPulse.Domain.Persistence;

/// <summary>The model needs a protector for its token converter; adding a migration never reads or writes a token.</summary>
internal sealed class DesignTimeTokenProtector : ITokenProtector
{
    public static readonly DesignTimeTokenProtector Instance = new();

    public string Protect(string plaintext) => throw new InvalidOperationException("No Tesla token is written at design time.");

    public string Unprotect(string protectedText) => throw new InvalidOperationException("No Tesla token is read at design time.");
}
