namespace CarPulse.Domain.Persistence;

/// <summary>Encrypts secrets before they reach the database. The web host backs it with ASP.NET Core Data Protection.</summary>
public interface ITokenProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);
}
