namespace CarPulse.Tests.Support.Engines;

/// <summary>
/// A throw-away <c>redis-server</c> (Debian's package; <c>./test.sh</c> installs it) on a free local port, no
/// persistence, data in a temp folder. <see cref="StopAsync"/> and <see cref="StartAsync"/> take it away and bring it
/// back on the same port, as an outage would.
/// </summary>
public sealed class RedisServer : IAsyncLifetime, IDisposable, IAsyncDisposable
{
    private const string Program = "redis-server";

    private readonly TemporaryDirectory _directory = new();
    private EngineProcess? _process;

    public int Port { get; } = EngineProcess.FreePort();

    /// <summary>What the app's <c>Redis:Configuration</c> says to reach it.</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=2000,connectRetry=1";

    public async Task StartAsync()
    {
        if (!File.Exists($"/usr/bin/{Program}") && !File.Exists($"/usr/local/bin/{Program}"))
        {
            throw new InvalidOperationException($"{Program} is not installed: run ./test.sh, or apt-get install redis-server.");
        }

        _process = EngineProcess.Start(Program, Program,
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _directory.Path, "--loglevel", "warning"],
            _directory.Path);
        await _process.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(20));
    }

    public Task StopAsync()
    {
        _process?.Dispose();
        _process = null;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _process?.Dispose();
        _process = null;
        _directory.Dispose();
    }
}
