using CarPulse.Domain.Reports;

namespace CarPulse.Tests.Domain.Reports;

public sealed class ReportModuleTests
{
    [Theory]
    [InlineData(ReportModule.VehicleData, "vehicle_data")]
    [InlineData(ReportModule.ChargingHistory, "charging_history")]
    [InlineData(ReportModule.RecentAlerts, "recent_alerts")]
    [InlineData(ReportModule.ServiceData, "service_data")]
    [InlineData(ReportModule.Warranty, "warranty")]
    [InlineData(ReportModule.ReleaseNotes, "release_notes")]
    [InlineData(ReportModule.Options, "options")]
    [InlineData(ReportModule.VehicleSpecs, "vehicle_specs")]
    public void Each_module_has_its_snake_case_wire_name(ReportModule module, string wireName)
    {
        Assert.Equal(wireName, module.ToWireName());
    }

    [Fact]
    public void An_undefined_module_has_no_wire_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ReportModule)99).ToWireName());
    }
}
