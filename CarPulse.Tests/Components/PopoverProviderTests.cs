using Bunit;
using MudBlazor;

namespace CarPulse.Tests.Components;

/// <summary>Proves the test base can host MudBlazor popovers, so menus and selects can be tested like a user uses them.</summary>
public sealed class PopoverProviderTests : CarPulseTestContext
{
    [Fact]
    public void A_menu_opened_by_a_click_shows_its_items_in_the_popover_provider()
    {
        var popovers = RenderPopoverProvider();
        var menu = Render<MudMenu>(m => m
            .Add(p => p.Label, "Language")
            .AddChildContent<MudMenuItem>(item => item.AddChildContent("Suomi")));
        Assert.DoesNotContain("Suomi", popovers.Text());

        menu.FindButton("Language").Click();

        popovers.WaitForAssertion(() => Assert.Contains("Suomi", popovers.Text()));
    }
}
