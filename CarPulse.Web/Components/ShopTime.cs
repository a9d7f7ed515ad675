using CarPulse.Domain.Payments;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Components;

/// <summary>
/// The shop's time zone (<c>Company:TimeZone</c>): pages show times in it, as the PDFs and receipts do, so a report's
/// "fetched" time reads the same on the page, in its PDF and on its verification page, whatever the server's zone.
/// </summary>
public sealed class ShopTime(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public DateTimeOffset ToShop(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, zone);

    public static ShopTime From(IOptions<CompanyOptions> company) => new(company.Value.Zone);
}
