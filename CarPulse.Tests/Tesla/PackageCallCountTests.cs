using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Tesla;

public sealed class PackageCallCountTests : IDisposable
{
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator();

    [Theory]
    [InlineData(PackageName.Basic, 1)]
    [InlineData(PackageName.Pro, 7)]
    [InlineData(PackageName.Expert, 8)]
    public async Task Fetching_every_module_of_a_package_for_an_online_car_costs_exactly_its_call_count(PackageName package, int calls)
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "two-cars");
        var jt3 = tesla.Vehicle("JT3");

        var fetched = await Task.WhenAll(PackageCatalog.Get(package).Modules
            .Select(module => tesla.Modules.FetchAsync(tesla.Account, jt3, module, CancellationToken.None)));

        Assert.Equal(PackageCatalog.Get(package).Modules, fetched.Select(data => data.Module));
        Assert.Equal(calls, tesla.Simulator.Calls.Count(call => !call.Endpoint.StartsWith("token:", StringComparison.Ordinal)));
        Assert.DoesNotContain(tesla.Simulator.Calls, call => call.Endpoint == "wake_up");
    }

    public void Dispose() => _app.Dispose();
}
