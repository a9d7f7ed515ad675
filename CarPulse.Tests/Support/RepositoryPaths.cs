namespace CarPulse.Tests.Support;

/// <summary>Source files some tests read directly (resources, stylesheet), found above the test binaries.</summary>
public static class RepositoryPaths
{
    public static string WebProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "CarPulse.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("CarPulse.Web not found above the test binaries.");
    }
}
