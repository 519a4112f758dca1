using System.CommandLine;
using System.Globalization;
using Archon.Benchmarks.Datasets;
using Archon.Cli.Output;

namespace Archon.Cli.Commands;

/// <summary><c>archon datasets synthetic --count N --seed S --out file.jsonl</c>: writes a synthetic dataset.</summary>
internal sealed class DatasetsCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("datasets", "Dataset utilities.");
        var synthetic = new Command("synthetic", "Write the simulated models' synthetic task family as JSONL (read back with --dataset synthetic).");
        var count = new Option<int>("--count") { Description = "Number of tasks.", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Generation seed; the same seed gives the same tasks.", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "Output JSONL file.", Required = true };
        synthetic.Options.Add(count);
        synthetic.Options.Add(seed);
        synthetic.Options.Add(output);
        synthetic.SetAction((ParseResult r, CancellationToken ct) =>
        {
            var n = r.GetValue(count);
            if (n < 0)
            {
                Console.Error.WriteLine("--count must be 0 or more");
                return Task.FromResult(ExitCodes.Usage);
            }

            var path = r.GetValue(output)!;
            SyntheticDataset.Write(path, n, r.GetValue(seed));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {n} synthetic tasks (seed {r.GetValue(seed)}) to {path}"));
            return Task.FromResult(ExitCodes.Ok);
        });
        command.Subcommands.Add(synthetic);
        return command;
    }
}
