using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CarPulse.Tests.Support.Engines;

/// <summary>
/// An engine the tests start themselves (never a system service, never a fixed port): a child process on a free local
/// port. A small shell watchdog ends it when the test process is gone, so even a crashed test run leaves nothing behind.
/// </summary>
public sealed class EngineProcess : IDisposable
{
    // Runs the engine, and ends it when the test process (WATCHED_PID) ends; asked to stop (TERM), it stops the engine
    // the way a service manager would and waits for it, so the engine writes what it holds.
    private const string Watchdog = """
        "$@" & engine=$!
        trap 'kill $engine 2>/dev/null' EXIT
        trap 'kill $engine 2>/dev/null; wait $engine; exit 0' INT TERM
        while kill -0 "$WATCHED_PID" 2>/dev/null && kill -0 $engine 2>/dev/null; do sleep 1; done
        """;

    private readonly string _name;
    private readonly Process _process;

    private EngineProcess(string name, Process process)
    {
        _name = name;
        _process = process;
    }

    public static EngineProcess Start(string name, string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", Watchdog, "watchdog", program, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["WATCHED_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new EngineProcess(name, process);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until the engine accepts connections on <paramref name="port"/>.</summary>
    public async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_name} exited at start (code {_process.ExitCode}).");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Stops the engine as a service manager would (SIGTERM, then a wait); one that hangs is killed.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using (var terminate = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                terminate.WaitForExit();
            }

            if (!_process.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        _process.Dispose();
    }
}
