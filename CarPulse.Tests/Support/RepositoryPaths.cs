namespace CarPulse.Tests.Support;

/// <summary>Source files some tests read directly (resources, stylesheet), found above the test binaries.</summary>
public static class RepositoryPaths
{
    public static string WebProject() => Path.Combine(Root(), "CarPulse.Web");

    /// <summary>The repository's root: the folder above the test binaries that holds <c>CarPulse.Web</c>.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "CarPulse.Web")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CarPulse.Web not found above the test binaries.");
    }
}
