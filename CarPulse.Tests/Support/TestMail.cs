using CarPulse.Domain.Messages;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Support;

/// <summary>A real <see cref="CustomerMail"/> over a test database context, for services built by hand in unit tests.</summary>
public static class TestMail
{
    public static CustomerMail For(CarPulseDb db, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddOptions<CompanyOptions>().Bind(TestFunnel.Company);
        var provider = services.BuildServiceProvider();
        return new CustomerMail(db, Options.Create(new ReportOptions()), provider.GetRequiredService<IOptionsMonitor<CompanyOptions>>(), clock);
    }
}
