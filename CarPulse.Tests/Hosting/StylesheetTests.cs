using CarPulse.Tests.Support;

namespace CarPulse.Tests.Hosting;

public sealed class StylesheetTests
{
    [Fact]
    public void Every_rule_in_the_app_stylesheet_is_closed()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.WebProject(), "wwwroot", "app.css"));
        var depth = 0;
        foreach (var character in css)
        {
            depth += character switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.InRange(depth, 0, 2);
        }

        Assert.Equal(0, depth);
    }
}
