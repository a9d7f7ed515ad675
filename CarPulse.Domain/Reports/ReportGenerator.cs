using System.Collections.Concurrent;
using System.Text.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Tesla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Reports;

/// <summary>
/// Builds the reports of one paid order: vehicles in parallel, each vehicle's modules in parallel (both
/// bounded), exactly the package's Tesla calls plus one wake-up for a sleeping car. Each vehicle is
/// saved when it is done, so a restart only builds the vehicles still missing.
/// </summary>
public sealed class ReportGenerator(IServiceScopeFactory scopes, ReportProgressBoard progress, IOptions<ReportOptions> options, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task GenerateAsync(string sessionId, CancellationToken cancellationToken)
    {
        // This scope's DbContext serves only the session and its token refreshes; vehicles save in their own.
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CarPulseDb>();
        var session = await db.OrderSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) ?? throw new OrderNotFound();
        if (session.Status == OrderStatus.Complete)
        {
            return;
        }

        if (session.Status == OrderStatus.Paid)
        {
            session.StartGenerating(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        var built = await db.VehicleReports.Where(r => r.OrderSessionId == sessionId).Select(r => r.VehicleId).ToListAsync(cancellationToken);
        var todo = session.SelectedVehicles.Where(vehicle => !built.Contains(vehicle.Id)).ToList();
        var modules = PackageCatalog.Get(session.Package ?? PackageName.Basic).Modules;
        foreach (var vehicle in todo)
        {
            foreach (var module in modules)
            {
                progress.Set(sessionId, vehicle.Id, module, ModuleProgress.Waiting);
            }
        }

        var account = new SessionTeslaAccount(session, services.GetRequiredService<OrderSessionStore>(), services.GetRequiredService<TeslaOAuthClient>(), clock);
        var vehicleBuilder = new VehicleReportBuilder(services.GetRequiredService<TeslaModuleFetcher>(), services.GetRequiredService<TeslaFleetClient>(), progress, options.Value.ModuleParallelism);
        await Parallel.ForEachAsync(
            todo,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.VehicleParallelism, CancellationToken = cancellationToken },
            async (vehicle, token) =>
            {
                var (data, missing) = await vehicleBuilder.BuildAsync(account, sessionId, vehicle, modules, token);
                await SaveAsync(VehicleReport.From(sessionId, vehicle.Id, data, missing, clock.GetUtcNow()), token);
            });

        session.Complete(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        progress.Forget(sessionId);
    }

    private async Task SaveAsync(VehicleReport report, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
        db.VehicleReports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another worker saved this vehicle first (its lease had run out mid-work): keep the first.
        }

        progress.Announce(report.OrderSessionId);
    }
}

/// <summary>One vehicle: the package's modules in parallel, a sleeping car woken once, each failure named.</summary>
internal sealed class VehicleReportBuilder(TeslaModuleFetcher fetcher, TeslaFleetClient fleet, ReportProgressBoard progress, int moduleParallelism)
{
    public async Task<(IReadOnlyDictionary<string, JsonElement> Data, IReadOnlyDictionary<string, string> Missing)> BuildAsync(
        ITeslaAccount account, string sessionId, SessionVehicle vehicle, IReadOnlyList<ReportModule> modules, CancellationToken cancellationToken)
    {
        var data = new ConcurrentDictionary<string, JsonElement>();
        var missing = new ConcurrentDictionary<string, string>();
        var wake = new Lazy<Task<bool>>(() => fleet.WakeAsync(account, vehicle.Vin, cancellationToken));
        await Parallel.ForEachAsync(
            modules,
            new ParallelOptions { MaxDegreeOfParallelism = moduleParallelism, CancellationToken = cancellationToken },
            async (module, token) =>
            {
                progress.Set(sessionId, vehicle.Id, module, ModuleProgress.Fetching);
                var (fetched, reason) = await FetchAsync(account, vehicle, module, wake, token);
                if (fetched is not null)
                {
                    data[module.ToWireName()] = ModuleJson.Serialize(fetched);
                }
                else
                {
                    missing[module.ToWireName()] = reason ?? MissingReason.Unavailable;
                }

                progress.Set(sessionId, vehicle.Id, module, fetched is null ? ModuleProgress.Missing : ModuleProgress.Done);
            });
        return (data, missing);
    }

    private async Task<(ModuleData? Data, string? Reason)> FetchAsync(
        ITeslaAccount account, SessionVehicle vehicle, ReportModule module, Lazy<Task<bool>> wake, CancellationToken cancellationToken)
    {
        try
        {
            try
            {
                return (await fetcher.FetchAsync(account, vehicle, module, cancellationToken), null);
            }
            catch (VehicleAsleep)
            {
                // One wake-up per vehicle, shared by every module that found it asleep.
                return await wake.Value
                    ? (await fetcher.FetchAsync(account, vehicle, module, cancellationToken), null)
                    : (null, MissingReason.Asleep);
            }
        }
        catch (TeslaException failure)
        {
            return (null, failure switch
            {
                VehicleAsleep => MissingReason.Asleep,
                TeslaRateLimited => MissingReason.RateLimited,
                TeslaVehicleNotFound => MissingReason.NotFound,
                TeslaMissingScope => MissingReason.MissingScope,
                TeslaReconnectRequired => MissingReason.Reconnect,
                _ => MissingReason.Unavailable,
            });
        }
    }
}

/// <summary>Module data as stored: each module's payload under its wire name, snake_case like Tesla's.</summary>
internal static class ModuleJson
{
    public static JsonElement Serialize(ModuleData data) => data switch
    {
        VehicleDataModule vehicle => JsonSerializer.SerializeToElement(vehicle.Data, ReportGenerator.JsonOptions),
        ChargingHistoryModule charging => JsonSerializer.SerializeToElement(charging.Sessions, ReportGenerator.JsonOptions),
        RecentAlertsModule alerts => JsonSerializer.SerializeToElement(alerts.Alerts, ReportGenerator.JsonOptions),
        ServiceDataModule service => JsonSerializer.SerializeToElement(service.Service, ReportGenerator.JsonOptions),
        WarrantyModule warranty => JsonSerializer.SerializeToElement(warranty.Warranty, ReportGenerator.JsonOptions),
        ReleaseNotesModule notes => JsonSerializer.SerializeToElement(notes.Notes, ReportGenerator.JsonOptions),
        OptionsModule optionList => JsonSerializer.SerializeToElement(optionList.Options, ReportGenerator.JsonOptions),
        VehicleSpecsModule specs => JsonSerializer.SerializeToElement(specs.Specs, ReportGenerator.JsonOptions),
        _ => throw new ArgumentOutOfRangeException(nameof(data), data.Module, "Unknown module."),
    };
}
