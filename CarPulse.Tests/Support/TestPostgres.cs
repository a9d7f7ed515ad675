using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CarPulse.Tests.Support;

/// <summary>
/// One throw-away PostgreSQL cluster for the whole test run, never a system service: <c>initdb</c> in a temp folder,
/// a free local port, started on first use. It stops, and its folder is deleted, when the test process exits; should
/// the process die instead, a watchdog beside the server notices within a second and does the same. Each test gets
/// its own database, copied from a template that holds the migrated schema.
/// </summary>
public static class TestPostgres
{
    private const string Template = "carpulse_template";
    private static readonly Lazy<Cluster> Server = new(Cluster.Start);

    /// <summary>A new, migrated, empty database; its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = $"carpulse_{Guid.NewGuid():N}";
        Server.Value.Execute($"CREATE DATABASE {name} TEMPLATE {Template}");
        return Server.Value.ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing what its pool still holds.</summary>
    public static void DropDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        Server.Value.Execute($"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
    }

    /// <summary>Where the cluster keeps the files of <paramref name="connectionString"/>'s database.</summary>
    public static string DatabaseDirectory(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection);
        checkpoint.ExecuteNonQuery();
        using var oid = new NpgsqlCommand("SELECT oid FROM pg_database WHERE datname = current_database()", connection);
        return Path.Combine(Server.Value.DataDirectory, "base", Convert.ToString(oid.ExecuteScalar(), CultureInfo.InvariantCulture)!);
    }

    private sealed class Cluster
    {
        /// <summary>
        /// The server, and a loop beside it that stops it and removes the folder once the test process is gone or asks
        /// (a stop file); the loop ignores the signals that a dying test run sends, so the cleanup always happens.
        /// </summary>
        private const string Watchdog = """
            bin=$1 root=$2 port=$3 owner=$4
            "$bin/postgres" -D "$root/data" -p "$port" -k "$root" -c listen_addresses=127.0.0.1 \
              -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 \
              -c deadlock_timeout=200ms >"$root/server.log" 2>&1 &
            server=$!
            trap '' INT TERM HUP
            while [ -d "/proc/$owner" ] && [ ! -e "$root/stop" ] && kill -0 "$server" 2>/dev/null; do sleep 0.2; done
            kill -INT "$server" 2>/dev/null
            wait "$server"
            rm -rf "$root"
            """;

        private readonly string _root;
        private readonly int _port;
        private readonly Process _watchdog;

        private Cluster(string root, int port, Process watchdog)
        {
            (_root, _port, _watchdog) = (root, port, watchdog);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        }

        public string DataDirectory => Path.Combine(_root, "data");

        public static Cluster Start()
        {
            var bin = BinDirectory();
            var root = Directory.CreateTempSubdirectory("carpulse-pg-").FullName;
            if (Environment.IsPrivilegedProcess)
            {
                // PostgreSQL refuses to run as root: the cluster belongs to the postgres user the package created.
                Run("chown", "postgres:postgres", root);
            }

            RunAsServerUser(Path.Combine(bin, "initdb"), "-D", Path.Combine(root, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            var port = FreePort();
            // A session of its own: a Ctrl-C or a kill aimed at the test run's process group leaves the watchdog to clean up.
            var server = ServerUserCommand("bash", "-c", Watchdog, "watchdog", bin, root, Invariant(port), Invariant(Environment.ProcessId));
            var watchdog = Process.Start(Command("setsid", [server.FileName, .. server.ArgumentList]))
                ?? throw new InvalidOperationException("Could not start the PostgreSQL test server.");
            var cluster = new Cluster(root, port, watchdog);
            cluster.WaitUntilReady();
            cluster.CreateTemplate();
            return cluster;
        }

        public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = _port,
            Username = "postgres",
            Database = database,
            MaxPoolSize = 50,
        }.ConnectionString;

        public void Execute(string sql)
        {
            using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }

        private void WaitUntilReady()
        {
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    Execute("SELECT 1");
                    return;
                }
                catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(30) && !_watchdog.HasExited)
                {
                    Thread.Sleep(100);
                }
                catch (NpgsqlException failure)
                {
                    var log = Path.Combine(_root, "server.log");
                    throw new InvalidOperationException($"The PostgreSQL test server did not start: {(File.Exists(log) ? File.ReadAllText(log) : "no log")}", failure);
                }
            }
        }

        private void CreateTemplate()
        {
            Execute($"CREATE DATABASE {Template}");
            var connectionString = ConnectionString(Template);
            using (var db = PostgreSqlCarPulseDb.Open(connectionString, DesignTimeTokenProtector.Instance))
            {
                db.Database.Migrate();
            }

            NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        }

        private void Stop()
        {
            NpgsqlConnection.ClearAllPools();
            File.WriteAllText(Path.Combine(_root, "stop"), string.Empty);
            _watchdog.WaitForExit(TimeSpan.FromSeconds(20));
        }

        /// <summary>The newest installed PostgreSQL (Debian keeps each version's programs in its own folder, off the PATH).</summary>
        private static string BinDirectory() =>
            Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .Select(version => Path.Combine(version, "bin"))
                    .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                    .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                    .FirstOrDefault() ?? throw NotInstalled()
                : throw NotInstalled();

        private static InvalidOperationException NotInstalled() => new(
            "The PostgreSQL tests need PostgreSQL's server programs (initdb, postgres under /usr/lib/postgresql/<version>/bin): "
            + "./test.sh installs them, or run: apt-get install postgresql");

        private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static void RunAsServerUser(string program, params string[] arguments) => Run(ServerUserCommand(program, arguments));

        private static void Run(string program, params string[] arguments) => Run(Command(program, arguments));

        private static void Run(ProcessStartInfo command)
        {
            command.RedirectStandardOutput = true;
            command.RedirectStandardError = true;
            using var process = Process.Start(command) ?? throw new InvalidOperationException($"Could not run {command.FileName}.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{command.FileName} {string.Join(' ', command.ArgumentList)} failed ({process.ExitCode}): {output.Result}{errors}");
            }
        }

        private static ProcessStartInfo ServerUserCommand(string program, params string[] arguments) =>
            Environment.IsPrivilegedProcess ? Command("runuser", ["-u", "postgres", "--", program, .. arguments]) : Command(program, arguments);

        private static ProcessStartInfo Command(string program, string[] arguments)
        {
            var command = new ProcessStartInfo(program) { UseShellExecute = false };
            foreach (var argument in arguments)
            {
                command.ArgumentList.Add(argument);
            }

            return command;
        }
    }
}
