using System.ClientModel;
using System.Text.Json;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>
/// The usage of a call's failed attempts that the provider billed. An attempt that timed out had reached the model,
/// which goes on generating and bills it: it counts its prompt tokens (estimated; what it would have written is not
/// known, so this is a lower bound). An error reply that reports <c>usage</c> in its body (some gateways bill failed
/// generations) counts that usage. Other failures — 429, 5xx without usage, refused connections — were not billed.
/// </summary>
internal sealed class BilledAttempts(IReadOnlyList<ChatMessage> messages)
{
    private long _input;
    private long _output;

    /// <summary>True when any failed attempt was billed.</summary>
    public bool Any => _input > 0 || _output > 0;

    /// <summary>Adds the failed attempt that threw <paramref name="failure"/>, if it was billed.</summary>
    public void Add(Exception failure)
    {
        switch (failure)
        {
            case OperationCanceledException or TimeoutException:
                _input += ChatOptionValues.EstimateTokens(messages);
                break;
            case ClientResultException result when ReportedUsage(result) is { } usage:
                _input += usage.InputTokenCount ?? 0;
                _output += usage.OutputTokenCount ?? 0;
                break;
        }
    }

    /// <summary>Records the billed usage on a response's (or first update's) properties.</summary>
    public void AttachTo(AdditionalPropertiesDictionary properties)
    {
        if (Any)
        {
            properties[ArchonChatKeys.BilledUsage] = Usage();
        }
    }

    /// <summary>Records the billed usage on the exception that ends the call, and returns it.</summary>
    public Exception AttachTo(Exception exception)
    {
        if (Any)
        {
            exception.Data[ArchonChatKeys.BilledUsage] = Usage();
        }

        return exception;
    }

    private UsageDetails Usage() => new() { InputTokenCount = _input, OutputTokenCount = _output, TotalTokenCount = _input + _output };

    private static UsageDetails? ReportedUsage(ClientResultException ex)
    {
        try
        {
            var body = ex.GetRawResponse()?.Content;
            if (body is null || body.ToMemory().Length == 0)
            {
                return null;
            }

            using var json = JsonDocument.Parse(body.ToMemory());
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            long Read(string name) => usage.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) && n > 0 ? n : 0;
            return new UsageDetails { InputTokenCount = Read("prompt_tokens"), OutputTokenCount = Read("completion_tokens") };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
