using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Tesla;

/// <summary>
/// The Fleet API calls CarPulse makes, one method per endpoint, each exactly one billable request
/// (paging aside). Tesla's error statuses become typed <see cref="TeslaException"/>s; a 401 is cured
/// by one token refresh and one retry.
/// </summary>
public sealed partial class TeslaFleetClient(
    HttpClient http,
    ITeslaEndpoints endpoints,
    TeslaOAuthClient oauth,
    IOptions<TeslaOptions> options,
    TimeProvider clock,
    ILogger<TeslaFleetClient> log)
{
    private const string VehicleDataEndpoints =
        "charge_state;climate_state;drive_state;gui_settings;location_data;vehicle_config;vehicle_state";

    /// <summary>Region discovery: asks the host hinted by the authorization code, which answers for any account.</summary>
    public async Task<FleetRegion> DiscoverRegionAsync(ITeslaAccount account, CancellationToken cancellationToken)
    {
        var info = await GetAsync<FleetRegionInfo>(account, account.Region, "api/1/users/region", Envelope.Response, cancellationToken);
        return FleetRegions.Parse(info.Region);
    }

    /// <summary>The inventory. Does not wake any car.</summary>
    public async Task<IReadOnlyList<FleetVehicle>> ListVehiclesAsync(ITeslaAccount account, CancellationToken cancellationToken)
    {
        var vehicles = new List<FleetVehicle>();
        for (var page = 1; page <= 50; page++)
        {
            var batch = await GetAsync<List<FleetVehicle>>(account, account.Region, $"api/1/vehicles?page={page}&per_page=100", Envelope.Response, cancellationToken);
            vehicles.AddRange(batch);
            if (batch.Count < 100)
            {
                break;
            }
        }

        return vehicles;
    }

    public Task<FleetVehicle> GetVehicleAsync(ITeslaAccount account, string tag, CancellationToken cancellationToken) =>
        GetAsync<FleetVehicle>(account, account.Region, $"api/1/vehicles/{Tag(tag)}", Envelope.Response, cancellationToken);

    /// <summary>
    /// Sends one wake-up and polls the vehicle until it is online. Returns false when the car stays
    /// asleep past <see cref="TeslaOptions.WakeTimeout"/>: the caller reports what it has.
    /// </summary>
    public async Task<bool> WakeAsync(ITeslaAccount account, string tag, CancellationToken cancellationToken)
    {
        var woken = await SendAsync<FleetVehicle>(account, account.Region, HttpMethod.Post, $"api/1/vehicles/{Tag(tag)}/wake_up", Envelope.Response, cancellationToken);
        var deadline = clock.GetUtcNow() + options.Value.WakeTimeout;
        var state = woken.State;
        while (!IsOnline(state))
        {
            if (clock.GetUtcNow() + options.Value.WakePollInterval > deadline)
            {
                LogWakeGaveUp(log, options.Value.WakeTimeout);
                return false;
            }

            await Task.Delay(options.Value.WakePollInterval, clock, cancellationToken);
            state = (await GetVehicleAsync(account, tag, cancellationToken)).State;
        }

        return true;
    }

    /// <summary>Live data from the car, including location (<c>location_data</c>); a sleeping car is <see cref="VehicleAsleep"/>.</summary>
    public Task<VehicleData> GetVehicleDataAsync(ITeslaAccount account, string tag, CancellationToken cancellationToken) =>
        GetAsync<VehicleData>(
            account,
            account.Region,
            $"api/1/vehicles/{Tag(tag)}/vehicle_data?endpoints={Uri.EscapeDataString(VehicleDataEndpoints)}",
            Envelope.Response,
            cancellationToken);

    /// <summary>Charging history is account-wide: ask Tesla for one VIN, and keep only that VIN whatever comes back.</summary>
    public async Task<IReadOnlyList<ChargingSession>> GetChargingHistoryAsync(ITeslaAccount account, string vin, CancellationToken cancellationToken)
    {
        const int pageSize = 100;
        var sessions = new List<ChargingSession>();
        for (var page = 1; page <= 100; page++)
        {
            var batch = await GetAsync<ChargingHistoryPage>(
                account,
                account.Region,
                $"api/1/dx/charging/history?vin={Uri.EscapeDataString(vin)}&pageNo={page}&pageSize={pageSize}&sortBy=chargeStartDateTime&sortOrder=DESC",
                Envelope.TopLevel,
                cancellationToken);
            var data = batch.Data ?? [];
            sessions.AddRange(data.Where(session => string.Equals(session.Vin, vin, StringComparison.OrdinalIgnoreCase)));
            if (data.Count < pageSize || (batch.TotalResults is { } total && page * pageSize >= total))
            {
                break;
            }
        }

        return sessions;
    }

    public async Task<InvoiceDocument> GetChargingInvoiceAsync(ITeslaAccount account, string contentId, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(account, account.Region, HttpMethod.Get, $"api/1/dx/charging/invoice/{Uri.EscapeDataString(contentId)}", cancellationToken);
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName ?? $"{contentId}.pdf";
        return new InvoiceDocument(fileName.Trim('"'), await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<RecentAlert>> GetRecentAlertsAsync(ITeslaAccount account, string tag, CancellationToken cancellationToken) =>
        (await GetAsync<RecentAlertsResponse>(account, account.Region, $"api/1/vehicles/{Tag(tag)}/recent_alerts", Envelope.Response, cancellationToken)).RecentAlerts ?? [];

    public Task<ServiceStatus> GetServiceDataAsync(ITeslaAccount account, string tag, CancellationToken cancellationToken) =>
        GetAsync<ServiceStatus>(account, account.Region, $"api/1/vehicles/{Tag(tag)}/service_data", Envelope.Response, cancellationToken);

    public async Task<WarrantyDetails> GetWarrantyAsync(ITeslaAccount account, string vin, CancellationToken cancellationToken)
    {
        var warranty = await GetAsync<WarrantyResponse>(account, account.Region, $"api/1/dx/warranty/details?vin={Uri.EscapeDataString(vin)}", Envelope.Either, cancellationToken);
        return new WarrantyDetails(warranty.ActiveWarranty ?? [], warranty.UpcomingWarranty ?? [], warranty.ExpiredWarranty ?? []);
    }

    public async Task<ReleaseNotes> GetReleaseNotesAsync(ITeslaAccount account, string tag, CancellationToken cancellationToken)
    {
        var notes = await GetAsync<ReleaseNotesResponse>(account, account.Region, $"api/1/vehicles/{Tag(tag)}/release_notes", Envelope.Response, cancellationToken);
        return new ReleaseNotes(notes.ReleaseNotes ?? [], notes.DeployedVersion, notes.StagedVersion);
    }

    public async Task<IReadOnlyList<VehicleOption>> GetOptionsAsync(ITeslaAccount account, string vin, CancellationToken cancellationToken) =>
        (await GetAsync<OptionsResponse>(account, account.Region, $"api/1/dx/vehicles/options?vin={Uri.EscapeDataString(vin)}", Envelope.Either, cancellationToken)).Codes ?? [];

    /// <summary>Specs need the partner token (scope vehicle_specs): the user's token is refused by Tesla.</summary>
    public async Task<VehicleSpecs> GetSpecsAsync(FleetRegion region, string vin, CancellationToken cancellationToken)
    {
        var partner = new PartnerAccount(region, oauth);
        return new VehicleSpecs(await GetAsync<JsonElement>(partner, region, $"api/1/vehicles/{Uri.EscapeDataString(vin)}/specs", Envelope.Response, cancellationToken));
    }

    private static string Tag(string tag) => Uri.EscapeDataString(tag);

    private static bool IsOnline(string? state) => string.Equals(state, "online", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vehicle stayed asleep past the {WakeTimeout} wake budget")]
    private static partial void LogWakeGaveUp(ILogger logger, TimeSpan wakeTimeout);

    private sealed class PartnerAccount(FleetRegion region, TeslaOAuthClient oauth) : ITeslaAccount
    {
        public FleetRegion Region { get; } = region;

        public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => await oauth.GetPartnerTokenAsync(Region, cancellationToken);

        public Task<string> RefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken) => throw new TeslaReconnectRequired();
    }
}
