using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// AlpacaEval JSON: a list of <c>{ instruction, dataset, output?, generator? }</c>. The id is a short hash of the
/// instruction (the format has no id), so baselines match by instruction; <c>output</c>, when present, is the
/// reference model's answer and serves as the default baseline (<see cref="BenchmarkItem.References"/>[0]).
/// </summary>
internal sealed class AlpacaEvalLoader : IDatasetLoader
{
    public string Kind => DatasetKinds.AlpacaEval;

    public DatasetLoadResult Load(string path, MalformedEntryPolicy policy = MalformedEntryPolicy.Skip)
    {
        using (var doc = DatasetFile.ReadJson(path))
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DatasetFormatException($"{path}: an AlpacaEval file must be a JSON list of {{instruction, dataset, output}} objects");
            }

            var items = new List<BenchmarkItem>();
            var issues = new List<DatasetIssue>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var position = 0;
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                position++;
                try
                {
                    JsonFields.RequireObject(e);
                    var instruction = JsonFields.RequiredString(e, "instruction");
                    var output = JsonFields.OptionalString(e, "output");
                    var id = IdOf(instruction);
                    if (!ids.Add(id))
                    {
                        throw new ItemFormatException("duplicate 'instruction'");
                    }

                    var metadata = new Dictionary<string, string>();
                    if (JsonFields.OptionalString(e, "generator") is { } generator)
                    {
                        metadata["generator"] = generator;
                    }

                    items.Add(new BenchmarkItem
                    {
                        Id = id,
                        Kind = Kind,
                        Turns = [instruction],
                        References = output is null ? [] : [output],
                        Category = JsonFields.OptionalString(e, "dataset"),
                        Metadata = metadata,
                        SourceLine = position,
                    });
                }
                catch (ItemFormatException ex)
                {
                    DatasetFile.Report(issues, new DatasetIssue(position, $"entry {position}: {ex.Message}"), path, policy);
                }
            }

            return new DatasetLoadResult(items, issues);
        }
    }

    /// <summary>The id of an AlpacaEval item: <c>alpaca-</c> and 12 hex digits of the instruction's SHA-256.</summary>
    public static string IdOf(string instruction) =>
        "alpaca-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(instruction)))[..12];
}
