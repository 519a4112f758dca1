using System.Globalization;
using System.Text.Json;
using Archon.Core.Architectures;

namespace Archon.Service.Http;

/// <summary>
/// The OpenAI sampling parameters of a chat completion, honoured or refused — never ignored. An architecture gives one
/// answer, so <c>n</c> must be 1; <c>stop</c> sequences are refused. <c>temperature</c> and <c>max_tokens</c> (or
/// <c>max_completion_tokens</c>) apply to the model calls that write the answer: the components of the architecture's
/// last layer when it is a generator or fuser layer (the temperature replaces theirs, the token limit caps theirs). An
/// architecture whose last layer selects among earlier answers (ranker, verifier, …) refuses them.
/// </summary>
internal sealed record ChatParameters(double? Temperature, int? MaxTokens, string MaxTokensParam = "max_tokens")
{
    /// <summary>The parameters, or the OpenAI <c>param</c> at fault, its message and error code.</summary>
    public static (ChatParameters? Parameters, string? Param, string? Error, string? Code) Read(JsonElement body)
    {
        if (Present(body, "n", out var n) && !(n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var count) && count == 1))
        {
            return Refuse("n", "Only n=1 is supported: an architecture gives one answer per request (send n requests for n answers).", "unsupported_value");
        }

        if (Present(body, "stop", out var stop) && !(stop.ValueKind == JsonValueKind.Array && stop.GetArrayLength() == 0))
        {
            return Refuse("stop", "Stop sequences are not supported by Archon architectures; remove 'stop'.", "unsupported_parameter");
        }

        double? temperature = null;
        if (Present(body, "temperature", out var t))
        {
            if (t.ValueKind != JsonValueKind.Number || !t.TryGetDouble(out var value) || value is < 0 or > 2)
            {
                return Refuse("temperature", "'temperature' must be a number from 0 to 2.", "invalid_value");
            }

            temperature = value;
        }

        int? maxTokens = null;
        var maxTokensParam = "max_tokens";
        foreach (var name in new[] { "max_completion_tokens", "max_tokens" })
        {
            if (maxTokens is null && Present(body, name, out var m))
            {
                if (m.ValueKind != JsonValueKind.Number || !m.TryGetInt32(out var value) || value < 1)
                {
                    return Refuse(name, $"'{name}' must be a positive integer.", "invalid_value");
                }

                maxTokens = value;
                maxTokensParam = name;
            }
        }

        return (new ChatParameters(temperature, maxTokens, maxTokensParam), null, null, null);
    }

    /// <summary>
    /// The architecture with the parameters applied to its last layer, or the param that cannot apply and why (the last
    /// layer does not write the answer).
    /// </summary>
    public (ArchitectureConfig? Architecture, string? Param, string? Error) ApplyTo(ArchitectureConfig architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        if (Temperature is null && MaxTokens is null)
        {
            return (architecture, null, null);
        }

        var last = architecture.Layers[^1];
        if (last.Type is not (ComponentTypes.Generator or ComponentTypes.Fuser))
        {
            var param = Temperature is not null ? "temperature" : MaxTokensParam;
            return (null, param, string.Create(CultureInfo.InvariantCulture,
                $"'{param}' is not supported by the architecture '{architecture.Name}': its last layer ({last.Type}) selects among earlier answers instead of writing one."));
        }

        var components = last.Components
            .Select(c => c with { Temperature = Temperature ?? c.Temperature, MaxTokens = Math.Min(c.MaxTokens, MaxTokens ?? int.MaxValue) })
            .ToList();
        var layers = architecture.Layers.Take(architecture.Layers.Count - 1).Append(last with { Components = components }).ToList();
        return (architecture with { Layers = layers }, null, null);
    }

    private static bool Present(JsonElement body, string name, out JsonElement value) =>
        body.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static (ChatParameters?, string?, string?, string?) Refuse(string param, string error, string code) => (null, param, error, code);
}
