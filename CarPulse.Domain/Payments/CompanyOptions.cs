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

    /// <summary>Receipts are dated in the seller's time zone (IANA id).</summary>
    public string TimeZone { get; init; } = "Europe/Helsinki";

    /// <summary>The shop's zone: receipts, report PDFs, pages and the funnel's days all use it.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public CompanyDetails ToDetails() => new(Name, Address, BusinessId, VatNumber, Email, Website);
}
