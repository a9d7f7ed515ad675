namespace CarPulse.Tests.Support.Engines;

/// <summary>
/// Azurite, Microsoft's Azure Storage emulator (npm, pinned in <c>tools/azurite</c>; <c>./test.sh</c> runs
/// <c>npm ci</c> there), serving blobs on a free local port with its data in a temp folder. Node takes seconds to
/// start, so the test run shares one (<see cref="Shared"/>) and each test takes a container of its own; a test that
/// stops the engine starts its own.
/// </summary>
public sealed class AzuriteServer : IDisposable
{
    // Azurite's documented development account: public, the same in every copy of the emulator.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<AzuriteServer>> SharedServer = new(async () =>
    {
        var server = new AzuriteServer();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        await server.StartAsync();
        return server;
    });

    private readonly TemporaryDirectory _directory = new();
    private EngineProcess? _process;

    public static Task<AzuriteServer> Shared => SharedServer.Value;

    public int Port { get; } = EngineProcess.FreePort();

    /// <summary>What the app's <c>Archive:ConnectionString</c> says to reach it.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>A container name no other test uses.</summary>
    public static string NewContainer() => $"test-{Guid.NewGuid():N}";

    public async Task StartAsync()
    {
        _process = EngineProcess.Start("Azurite", Program(),
            ["--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _directory.Path, "--silent", "--skipApiVersionCheck", "--loose"],
            _directory.Path);
        await _process.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(60));
    }

    public void Stop()
    {
        _process?.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        _directory.Dispose();
    }

    private static string Program()
    {
        var program = Path.Combine(RepositoryPaths.Root(), "tools", "azurite", "node_modules", ".bin", "azurite-blob");
        return File.Exists(program)
            ? program
            : throw new InvalidOperationException($"Azurite is not installed at {program}: run ./test.sh, or npm ci --prefix tools/azurite.");
    }
}
