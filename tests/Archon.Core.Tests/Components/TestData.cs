using System.Text.Json;
using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Core.Tests.Components;

/// <summary>Builders for configs, candidates and inputs used across the component tests.</summary>
internal static class TestData
{
    public const string Query = "What is 6 times 7?";

    public static ComponentConfig Config(string type, string model = "m", int samples = 1, int? topK = null, string? settingsJson = null) =>
        new()
        {
            Type = type,
            Model = model,
            Samples = samples,
            TopK = topK,
            Settings = settingsJson is null
                ? new Dictionary<string, JsonElement>()
                : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(settingsJson)!,
        };

    public static Candidate Candidate(int n, string? text = null, Critique? critique = null) =>
        new()
        {
            Id = $"L0.c0.s{n}",
            Text = text ?? $"answer number {n}",
            Source = new CandidateSource(0, ComponentTypes.Generator, 0, "g", n),
            Critique = critique,
        };

    public static List<Candidate> Candidates(int count) => Enumerable.Range(0, count).Select(i => Candidate(i)).ToList();

    public static List<ChatMessage> Conversation() =>
    [
        new(ChatRole.System, "Be brief."),
        new(ChatRole.User, Query),
    ];

    public static ComponentInput Input(
        IModelInvoker models,
        IReadOnlyList<Candidate>? candidates = null,
        IReadOnlyList<string>? unitTests = null,
        IReadOnlyList<ChatMessage>? conversation = null,
        int layer = 1,
        int componentIndex = 0) =>
        new(layer, componentIndex, conversation ?? Conversation(), candidates ?? [], unitTests ?? [], models);

    public static IArchitectureComponent Create(ComponentConfig config) =>
        Core.Components.BuiltIn.BuiltInComponents.CreateRegistry().Create(config);

    /// <summary>The text of the single candidate framed in a per-candidate prompt (verifier, unit-test evaluator).</summary>
    public static string CandidateText(ModelCallRequest request)
    {
        var prompt = Prompt(request);
        var start = prompt.IndexOf("<candidate id=\"1\">\n", StringComparison.Ordinal) + "<candidate id=\"1\">\n".Length;
        var end = prompt.IndexOf("\n</candidate>", start, StringComparison.Ordinal);
        return prompt[start..end];
    }

    /// <summary>The last (prompt) message of a request.</summary>
    public static string Prompt(ModelCallRequest request) => request.Messages[^1].Text;
}
