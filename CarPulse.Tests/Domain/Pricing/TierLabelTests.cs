using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class TierLabelTests
{
    [Theory]
    [InlineData(1, 1, "1 vehicle")]
    [InlineData(2, 2, "2 vehicles")]
    [InlineData(3, 5, "3–5 vehicles")]
    [InlineData(6, 10, "6–10 vehicles")]
    [InlineData(6, null, "6+ vehicles")]
    [InlineData(11, null, "11+ vehicles")]
    public void Label_reads_as_english_vehicle_counts(int min, int? max, string expected)
    {
        Assert.Equal(expected, new TierLabel(min, max).ToString());
    }
}
