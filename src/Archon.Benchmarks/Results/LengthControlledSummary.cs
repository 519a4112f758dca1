using System.Text.Json.Serialization;

namespace Archon.Benchmarks.Results;

/// <summary>
/// The AlpacaEval 2.0 length-controlled win rate of a run: the win rate the judge would give if the answer and the
/// baseline's answer had the same length (see <see cref="LengthControlledWinRate"/>).
/// </summary>
/// <param name="WinRate">Length-controlled win rate in [0, 1] (the raw win rate is the summary's score).</param>
/// <param name="Ci95">Bootstrap 95% interval of <paramref name="WinRate"/> (items resampled, the model refitted).</param>
/// <param name="LengthCoefficient">Fitted weight of the length term: how much longer answers won, in logits.</param>
/// <param name="Items">Items the model was fitted on (scored items with both answers).</param>
public sealed record LengthControlledSummary(
    [property: JsonPropertyName("winRate")] double WinRate,
    [property: JsonPropertyName("ci95")] IReadOnlyList<double> Ci95,
    [property: JsonPropertyName("lengthCoefficient")] double LengthCoefficient,
    [property: JsonPropertyName("items")] int Items);
