using Bunit;
using CarPulse.Web.Components.Layout;
using CarPulse.Web.Features.Device;
using Microsoft.AspNetCore.Components;

namespace CarPulse.Tests.Components.Layout;

public sealed class MainLayoutTests : CarPulseTestContext
{
    [Fact]
    public void In_the_Tesla_browser_the_layout_root_is_marked_in_car()
    {
        var cut = RenderLayoutOn(ClientDevice.TeslaBrowser);

        Assert.Contains("in-car", cut.Find(".carpulse-root").ClassList);
        Assert.Contains("Page body", cut.Text());
    }

    [Fact]
    public void In_any_other_browser_the_layout_root_is_not_marked_in_car()
    {
        var cut = RenderLayoutOn(ClientDevice.OtherBrowser);

        Assert.DoesNotContain("in-car", cut.Find(".carpulse-root").ClassList);
        Assert.Empty(cut.FindAll(".in-car"));
    }

    [Fact]
    public void A_layout_without_a_device_is_not_in_the_car()
    {
        var cut = Render<MainLayout>(layout => layout.Add(l => l.Body, Body));

        Assert.Empty(cut.FindAll(".in-car"));
    }

    private static readonly RenderFragment Body = builder => builder.AddContent(0, "Page body");

    private IRenderedComponent<CascadingValue<ClientDevice>> RenderLayoutOn(ClientDevice device) =>
        Render<CascadingValue<ClientDevice>>(cascade => cascade
            .Add(c => c.Value, device)
            .AddChildContent<MainLayout>(layout => layout.Add(l => l.Body, Body)));
}
