namespace CarPulse.E2E.Browsers;

/// <summary>Screenshots go to artifacts/e2e/ under the repository root (git-ignored).</summary>
public static class Screenshots
{
    private static readonly Lazy<string> OutputDirectory = new(() =>
        Directory.CreateDirectory(Path.Combine(FindRepositoryRoot(), "artifacts", "e2e")).FullName);

    public static string PathFor(string testName, Device device, string? step = null) =>
        Path.Combine(OutputDirectory.Value, step is null ? $"{testName}-{device.FileName()}.png" : $"{testName}-{device.FileName()}-{step}.png");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CarPulse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CarPulse.sln above {AppContext.BaseDirectory}.");
    }
}
