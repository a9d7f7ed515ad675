using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CarPulse.Bench;

// In-process: no generated project to build, so the repository's build settings (lock files,
// warnings as errors, one runtime identifier) never meet BenchmarkDotNet's generated code.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(PdfBenchmarks).Assembly).Run(args, config);
