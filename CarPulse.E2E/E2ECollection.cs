using CarPulse.E2E.Browsers;
using CarPulse.E2E.Hosting;

namespace CarPulse.E2E;

/// <summary>
/// Tests in this collection share one running app and one browser, so xunit runs them one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<CarPulseServer>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "E2E";
}
