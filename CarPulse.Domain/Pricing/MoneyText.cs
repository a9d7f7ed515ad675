using System.Globalization;

namespace CarPulse.Domain.Pricing;

/// <summary>Money is long cents plus a currency; it becomes text only here, in the reader's culture (29,99 € in fi, €29.99 in en).</summary>
public static class MoneyText
{
    public static string Format(long cents, string currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = currency.ToUpperInvariant() switch
        {
            "EUR" => "€",
            "USD" => "$",
            "GBP" => "£",
            "SEK" or "NOK" or "DKK" => "kr",
            var code => code,
        };
        return (cents / 100m).ToString("C", format);
    }
}
