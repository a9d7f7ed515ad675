using System.Globalization;

namespace CarPulse.Domain.Documents;

/// <summary>How a payment method the provider reports ("card", "apple_pay", …) reads on a receipt. Brand names stay as they are.</summary>
public static class PaymentMethodLabel
{
    public static string For(string method, CultureInfo culture) => method.Trim().ToLowerInvariant() switch
    {
        "card" => DocumentText.Get("Card", culture),
        "paypal" => "PayPal",
        "mobilepay" => "MobilePay",
        "apple_pay" => "Apple Pay",
        "google_pay" => "Google Pay",
        "free" => DocumentText.Get("Free (voucher)", culture),
        "demo" => DocumentText.Get("Test payment (demo)", culture),
        _ => method,
    };
}
