namespace CarPulse.Domain.Funnel;

/// <summary>The steps of the flow the back office counts (SPEC §7), in the order a customer reaches them.</summary>
public enum FunnelStep
{
    LandingViewed,
    BrandChosen,
    OAuthStarted,
    OAuthCompleted,
    VehiclesSelected,
    QuoteViewed,
    VoucherApplied,
    PaymentStarted,
    Paid,
    ReportsReady,
    PdfDownloaded,
}

public static class FunnelSteps
{
    public static IReadOnlyList<FunnelStep> InOrder { get; } = Enum.GetValues<FunnelStep>();

    public static string ToTitle(this FunnelStep step) => step switch
    {
        FunnelStep.LandingViewed => "Landing viewed",
        FunnelStep.BrandChosen => "Brand chosen",
        FunnelStep.OAuthStarted => "Tesla sign-in started",
        FunnelStep.OAuthCompleted => "Tesla sign-in completed",
        FunnelStep.VehiclesSelected => "Vehicles selected",
        FunnelStep.QuoteViewed => "Quote viewed",
        FunnelStep.VoucherApplied => "Voucher applied",
        FunnelStep.PaymentStarted => "Payment started",
        FunnelStep.Paid => "Paid",
        FunnelStep.ReportsReady => "Reports ready",
        FunnelStep.PdfDownloaded => "PDF downloaded",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown funnel step."),
    };
}
