namespace CarPulse.Domain.Payments;

/// <summary>The seller named on receipts (Finnish law asks for the business id and VAT number).</summary>
public sealed class CompanyOptions
{
    public const string Section = "Company";

    public required string Name { get; init; }
    public required string Address { get; init; }
    public required string BusinessId { get; init; }
    public required string VatNumber { get; init; }
    public required string Email { get; init; }
    public required string Website { get; init; }

    public CompanyDetails ToDetails() => new(Name, Address, BusinessId, VatNumber, Email, Website);
}
