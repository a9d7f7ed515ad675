using System.Collections.Concurrent;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Funnel;
using CarPulse.Domain.Messages;
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
/// saved when it is done, so a restart only builds the vehicles still missing. Then the order is
/// archived (order.json, a PDF per vehicle) and completed, which deletes the Tesla tokens. A refresh
/// token Tesla refuses leaves the order paid and waiting for the customer to reconnect. The work runs in
/// the order's <see cref="JobSlot"/>; waiting for a car to wake does not, so other orders go on meanwhile.
/// </summary>
public sealed class ReportGenerator(
    IServiceScopeFactory scopes,
    ReportProgressBoard progress,
    IOptions<ReportOptions> options,
    TimeProvider clock)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>One vehicle to fetch, and which modules; <see cref="Retry"/> when it adds to a saved report.</summary>
    private sealed record VehicleWork(SessionVehicle Vehicle, IReadOnlyList<ReportModule> Modules, bool Retry);

    /// <summary>An order being built: its session (tracked by the run's DbContext), Tesla account, plan and follow-ups.</summary>
    private sealed record Run(OrderSession Session, SessionTeslaAccount Account, IReadOnlyList<VehicleWork> Plan, bool FetchInvoices);

    public async Task GenerateAsync(string sessionId, ReportWork work, JobSlot slot, CancellationToken cancellationToken)
    {
        // This scope's DbContext serves only the session and its token refreshes; vehicles save in their own.
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Run? run;
        using (await slot.WorkAsync(cancellationToken))
        {
            run = await StartAsync(services, sessionId, work, cancellationToken);
        }

        if (run is null)
        {
            return;
        }

        await BuildAsync(services, run.Account, run.Session, run.Plan, slot, cancellationToken);
        using (await slot.WorkAsync(cancellationToken))
        {
            await FinishAsync(services, run, cancellationToken);
        }
    }

    /// <summary>Plans the work and moves the order to generating; null when there is nothing to do or Tesla wants a reconnect first.</summary>
    private async Task<Run?> StartAsync(IServiceProvider services, string sessionId, ReportWork work, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CarPulseDb>();
        var session = await db.OrderSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) ?? throw new OrderNotFound();
        var saved = await db.VehicleReports.AsNoTracking().Where(r => r.OrderSessionId == sessionId).ToListAsync(cancellationToken);
        var plan = Plan(session, saved, work);
        var fetchInvoices = work.HasFlag(ReportWork.Invoices) && saved.Any(report => report.Modules.ContainsKey(ReportModule.ChargingHistory.ToWireName()));
        if (session.TeslaReconnectNeeded || (session.Status == OrderStatus.Complete && plan.Count == 0 && !fetchInvoices))
        {
            return null;
        }

        var account = new SessionTeslaAccount(session, services.GetRequiredService<OrderSessionStore>(), services.GetRequiredService<TeslaOAuthClient>(), clock);
        if (!await EnsureTeslaAccessAsync(account, session, services, cancellationToken))
        {
            return null;
        }

        if (session.Status != OrderStatus.Generating)
        {
            session.StartGenerating(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Run(session, account, plan, fetchInvoices);
    }

    /// <summary>Fetches the invoices asked for, archives the order and completes it (or leaves it waiting for a reconnect).</summary>
    private async Task FinishAsync(IServiceProvider services, Run run, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CarPulseDb>();
        var session = run.Session;
        var reports = await db.VehicleReports.AsNoTracking().Where(r => r.OrderSessionId == session.Id).OrderBy(r => r.VehicleId).ToListAsync(cancellationToken);
        if (run.FetchInvoices)
        {
            await services.GetRequiredService<ChargingInvoiceFetcher>().FetchMissingAsync(run.Account, session, reports, cancellationToken);
        }

        await services.GetRequiredService<OrderArchiver>().ArchiveAsync(session, reports, cancellationToken);
        var mail = services.GetRequiredService<CustomerMail>();
        if (reports.Any(report => report.NeedsReconnect))
        {
            session.NeedTeslaReconnect();
            await mail.QueueOnceAsync(session, MessageKind.ActionNeeded, CustomerMail.ActionNeededEvent(session), cancellationToken);
        }
        else
        {
            // Complete and "reports ready" in one save; a follow-up after a reconnect does not announce the order again.
            session.Complete(clock.GetUtcNow());
            await mail.QueueOnceAsync(session, MessageKind.ReportsReady, CustomerMail.ReportsReadyEvent(session), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (session.Status == OrderStatus.Complete)
        {
            await services.GetRequiredService<FunnelRecorder>().OrderReachedAsync(FunnelStep.ReportsReady, session.Id);
        }

        progress.Forget(session.Id);
    }

    /// <summary>New vehicles get every module of the package; on a retry, saved vehicles get their missing modules again.</summary>
    private static List<VehicleWork> Plan(OrderSession session, IReadOnlyList<VehicleReport> saved, ReportWork work)
    {
        var modules = PackageCatalog.Get(session.Package ?? PackageName.Basic).Modules;
        var byVehicle = saved.ToDictionary(report => report.VehicleId);
        var plan = new List<VehicleWork>();
        foreach (var vehicle in session.SelectedVehicles)
        {
            if (!byVehicle.TryGetValue(vehicle.Id, out var report))
            {
                plan.Add(new VehicleWork(vehicle, modules, Retry: false));
            }
            else if (work.HasFlag(ReportWork.RetryMissing) && report.Missing.Count > 0)
            {
                plan.Add(new VehicleWork(vehicle, modules.Where(module => report.Missing.ContainsKey(module.ToWireName())).ToList(), Retry: true));
            }
        }

        return plan;
    }

    /// <summary>Refreshes an expiring token before the first call; a refused refresh marks the order for a reconnect.</summary>
    private async Task<bool> EnsureTeslaAccessAsync(SessionTeslaAccount account, OrderSession session, IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            await account.GetAccessTokenAsync(cancellationToken);
            return true;
        }
        catch (TeslaReconnectRequired)
        {
            session.NeedTeslaReconnect();
            await services.GetRequiredService<CustomerMail>().QueueOnceAsync(session, MessageKind.ActionNeeded, CustomerMail.ActionNeededEvent(session), cancellationToken);
            await services.GetRequiredService<CarPulseDb>().SaveChangesAsync(cancellationToken);
            progress.Announce(session.Id);
            return false;
        }
    }

    private async Task BuildAsync(
        IServiceProvider services, ITeslaAccount account, OrderSession session, IReadOnlyList<VehicleWork> plan, JobSlot slot, CancellationToken cancellationToken)
    {
        foreach (var item in plan)
        {
            foreach (var module in item.Modules)
            {
                progress.Set(session.Id, item.Vehicle.Id, module, ModuleProgress.Waiting);
            }
        }

        var vehicleBuilder = new VehicleReportBuilder(
            services.GetRequiredService<TeslaModuleFetcher>(), services.GetRequiredService<TeslaFleetClient>(), progress, slot, options.Value.ModuleParallelism);
        await Parallel.ForEachAsync(
            plan,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.VehicleParallelism, CancellationToken = cancellationToken },
            async (item, token) =>
            {
                var (data, missing) = await vehicleBuilder.BuildAsync(account, session.Id, item.Vehicle, item.Modules, token);
                using (await slot.WorkAsync(token))
                {
                    await SaveAsync(session.Id, item, data, missing, token);
                }
            });
    }

    private async Task SaveAsync(
        string sessionId, VehicleWork item, IReadOnlyDictionary<string, JsonElement> data, IReadOnlyDictionary<string, string> missing, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
        if (item.Retry)
        {
            var report = await db.VehicleReports.SingleAsync(r => r.OrderSessionId == sessionId && r.VehicleId == item.Vehicle.Id, cancellationToken);
            report.Merge(data, missing, clock.GetUtcNow());
        }
        else
        {
            db.VehicleReports.Add(VehicleReport.From(sessionId, item.Vehicle.Id, data, missing, clock.GetUtcNow()));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException duplicate) when (duplicate.IsUniqueViolation())
        {
            // Another worker saved this vehicle first (its lease had run out mid-work): keep the first.
        }

        progress.Announce(sessionId);
    }
}

/// <summary>One vehicle: the package's modules in parallel, a sleeping car woken once (waiting for it outside the slot), each failure named.</summary>
internal sealed class VehicleReportBuilder(TeslaModuleFetcher fetcher, TeslaFleetClient fleet, ReportProgressBoard progress, JobSlot slot, int moduleParallelism)
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

    private async Task<ModuleData> FetchInSlotAsync(ITeslaAccount account, SessionVehicle vehicle, ReportModule module, CancellationToken cancellationToken)
    {
        using (await slot.WorkAsync(cancellationToken))
        {
            return await fetcher.FetchAsync(account, vehicle, module, cancellationToken);
        }
    }

    private async Task<(ModuleData? Data, string? Reason)> FetchAsync(
        ITeslaAccount account, SessionVehicle vehicle, ReportModule module, Lazy<Task<bool>> wake, CancellationToken cancellationToken)
    {
        try
        {
            try
            {
                return (await FetchInSlotAsync(account, vehicle, module, cancellationToken), null);
            }
            catch (VehicleAsleep)
            {
                // One wake-up per vehicle, shared by every module that found it asleep; the wait holds no slot.
                bool woken;
                using (slot.Waiting())
                {
                    woken = await wake.Value;
                }

                return woken ? (await FetchInSlotAsync(account, vehicle, module, cancellationToken), null) : (null, MissingReason.Asleep);
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
