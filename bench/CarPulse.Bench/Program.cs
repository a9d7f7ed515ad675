using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CarPulse.Bench;
using CarPulse.Bench.Fleet;

// Fleet report generation takes tens of seconds a run and needs fresh orders and a fresh simulator: a plain timed
// runner, not BenchmarkDotNet's many iterations.
if (args is ["fleet"])
{
    await new FleetBenchmark(Console.Out).RunAsync(CancellationToken.None);
    return;
}

if (args is ["isolation"])
{
    await new IsolationProbes(Console.Out).RunAsync(CancellationToken.None);
    return;
}

// In-process: no generated project to build, so the repository's build settings (lock files,
// warnings as errors, one runtime identifier) never meet BenchmarkDotNet's generated code.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(PdfBenchmarks).Assembly).Run(args, config);
