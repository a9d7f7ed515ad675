using CarPulse.Domain.Tesla;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Tesla;

public sealed class TeslaFleetClientTests : IDisposable
{
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator();

    [Fact]
    public async Task Vehicle_data_of_an_online_car_has_every_requested_section_including_location()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "two-cars");
        var jt3 = tesla.Vehicle("JT3");

        var data = await tesla.Fleet.GetVehicleDataAsync(tesla.Account, jt3.Vin, CancellationToken.None);

        Assert.Equal(jt3.Vin, data.Vin);
        Assert.InRange(data.ChargeState?.BatteryLevel ?? -1, 0, 100);
        Assert.True(data.ChargeState?.BatteryRange > 0);
        Assert.NotNull(data.ClimateState?.OutsideTemp);
        Assert.NotNull(data.DriveState?.Latitude);
        Assert.NotNull(data.GuiSettings?.GuiDistanceUnits);
        Assert.Equal("model3", data.VehicleConfig?.CarType);
        Assert.True(data.VehicleState?.Odometer > 0);
        Assert.False(string.IsNullOrEmpty(data.VehicleState?.CarVersion));
        Assert.NotNull(data.VehicleState?.TpmsPressureFl);
    }

    [Fact]
    public async Task Charging_history_keeps_only_the_requested_car_of_an_account_wide_history()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "two-cars");
        var jt3 = tesla.Vehicle("JT3");
        var accountWide = tesla.Simulator.Account("two-cars").ChargingSessions;

        var sessions = await tesla.Fleet.GetChargingHistoryAsync(tesla.Account, jt3.Vin, CancellationToken.None);

        Assert.True(accountWide.Count >= 100);
        Assert.NotEmpty(sessions);
        Assert.All(sessions, session => Assert.Equal(jt3.Vin, session.Vin));
        Assert.Equal(accountWide.Count(session => session.Vin == jt3.Vin), sessions.Count);
        Assert.All(sessions, session => Assert.NotEmpty(session.Fees ?? []));
    }

    [Fact]
    public async Task A_charging_invoice_downloads_as_a_pdf()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "two-cars");
        var sessions = await tesla.Fleet.GetChargingHistoryAsync(tesla.Account, tesla.Vehicle("JT3").Vin, CancellationToken.None);
        var invoice = sessions.SelectMany(session => session.Invoices ?? []).First();

        var document = await tesla.Fleet.GetChargingInvoiceAsync(tesla.Account, invoice.ContentId, CancellationToken.None);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(document.Content, 0, 5));
        Assert.EndsWith(".pdf", document.FileName);
    }

    [Fact]
    public async Task Alerts_service_warranty_release_notes_options_and_specs_parse()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "two-cars");
        var vin = tesla.Vehicle("JT3").Vin;

        var alerts = await tesla.Fleet.GetRecentAlertsAsync(tesla.Account, vin, CancellationToken.None);
        var service = await tesla.Fleet.GetServiceDataAsync(tesla.Account, vin, CancellationToken.None);
        var warranty = await tesla.Fleet.GetWarrantyAsync(tesla.Account, vin, CancellationToken.None);
        var notes = await tesla.Fleet.GetReleaseNotesAsync(tesla.Account, vin, CancellationToken.None);
        var options = await tesla.Fleet.GetOptionsAsync(tesla.Account, vin, CancellationToken.None);
        var specs = await tesla.Fleet.GetSpecsAsync(tesla.Account.Region, vin, CancellationToken.None);

        Assert.All(alerts, alert => Assert.False(string.IsNullOrEmpty(alert.Name)));
        Assert.False(service.InService);
        Assert.Contains(warranty.ActiveWarranty, item => item.WarrantyType == "BATTERY_WARRANTY" && item.ExpirationDate is not null);
        Assert.NotEmpty(notes.Notes);
        Assert.Contains(options, option => !string.IsNullOrEmpty(option.DisplayName));
        Assert.Equal(System.Text.Json.JsonValueKind.Object, specs.Content.ValueKind);
    }

    [Fact]
    public async Task Vehicle_data_of_a_sleeping_car_is_vehicle_asleep_and_a_wake_brings_it_online()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "two-cars");
        var family = tesla.Vehicle("Family");

        await Assert.ThrowsAsync<VehicleAsleep>(() => tesla.Fleet.GetVehicleDataAsync(tesla.Account, family.Vin, CancellationToken.None));
        Assert.True(await tesla.Fleet.WakeAsync(tesla.Account, family.Vin, CancellationToken.None));
        var data = await tesla.Fleet.GetVehicleDataAsync(tesla.Account, family.Vin, CancellationToken.None);

        Assert.Equal("online", data.State);
        Assert.Single(tesla.Simulator.Calls, call => call.Endpoint == "wake_up");
        Assert.Single(tesla.Simulator.Calls, call => call.Endpoint == "vehicle_data" && call.Status == 408);
    }

    [Fact]
    public async Task A_car_that_never_wakes_gives_up_after_the_wake_budget()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "sleepy");

        var woke = await tesla.Fleet.WakeAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None);

        Assert.False(woke);
        Assert.Single(tesla.Simulator.Calls, call => call.Endpoint == "wake_up");
        Assert.DoesNotContain(tesla.Simulator.Calls, call => call.Endpoint == "vehicle_data");
    }

    [Fact]
    public async Task The_inventory_pages_through_a_fleet_of_twelve_without_waking_any_car()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "fleet-12");

        var vehicles = await tesla.Fleet.ListVehiclesAsync(tesla.Account, CancellationToken.None);

        Assert.Equal(12, vehicles.Count);
        Assert.Contains(vehicles, vehicle => vehicle.Id > 9_007_199_254_740_992);
        Assert.Equal(["vehicles"], tesla.Simulator.Calls.Select(call => call.Endpoint));
    }

    public void Dispose() => _app.Dispose();
}
