using System.Globalization;
using CarPulse.Domain.Pricing;

namespace CarPulse.Web.Components;

/// <summary>Money in the current request's culture; the formatting itself is the domain's, shared with the PDFs.</summary>
public static class MoneyFormat
{
    public static string Format(long cents, string currency, CultureInfo? culture = null) =>
        MoneyText.Format(cents, currency, culture ?? CultureInfo.CurrentCulture);
}
