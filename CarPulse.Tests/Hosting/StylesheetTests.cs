namespace CarPulse.Tests.Hosting;

public sealed class StylesheetTests
{
    [Fact]
    public void Every_rule_in_the_app_stylesheet_is_closed()
    {
        var css = File.ReadAllText(Path.Combine(WebRoot(), "app.css"));
        var depth = 0;
        foreach (var character in css)
        {
            depth += character switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.InRange(depth, 0, 2);
        }

        Assert.Equal(0, depth);
    }

    private static string WebRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "CarPulse.Web", "wwwroot");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("CarPulse.Web/wwwroot not found above the test binaries.");
    }
}
