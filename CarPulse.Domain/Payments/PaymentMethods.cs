using System.Collections.Frozen;

namespace CarPulse.Domain.Payments;

/// <summary>The payment methods the product offers (SPEC §1 step 6), named as the providers name them.</summary>
public static class PaymentMethods
{
    public const string Card = "card";
    public const string GooglePay = "google_pay";
    public const string ApplePay = "apple_pay";
    public const string PayPal = "paypal";
    public const string MobilePay = "mobilepay";

    /// <summary>Card first: every account has it, and the wallets run on it.</summary>
    public static readonly IReadOnlyList<string> All = [Card, GooglePay, ApplePay, PayPal, MobilePay];

    /// <summary>Wallets are card payments to Stripe: they are switched in the payment method configuration, not excluded by type.</summary>
    public static readonly FrozenSet<string> Wallets = new[] { GooglePay, ApplePay }.ToFrozenSet();

    public static IReadOnlyList<string> Offered(PaymentOptions options, bool inCar) =>
        All.Where(method => !options.ExcludedMethods.Contains(method, StringComparer.OrdinalIgnoreCase))
            .Where(method => !inCar || !options.ExcludedInCar.Contains(method, StringComparer.OrdinalIgnoreCase))
            .ToList();
}
