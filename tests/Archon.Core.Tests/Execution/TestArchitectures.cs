using Archon.Core.Architectures;
using Microsoft.Extensions.AI;

namespace Archon.Core.Tests.Execution;

/// <summary>Small architectures and conversations for engine tests.</summary>
internal static class TestArchitectures
{
    public static ComponentConfig Component(string type, string model = "m", int samples = 1) =>
        new() { Type = type, Model = model, Samples = samples };

    /// <summary>The component marked <c>optional: true</c>.</summary>
    public static ComponentConfig Optional(ComponentConfig component) => component with
    {
        Settings = new Dictionary<string, System.Text.Json.JsonElement>(component.Settings)
        {
            ["optional"] = System.Text.Json.JsonDocument.Parse("true").RootElement.Clone(),
        },
    };

    public static LayerConfig Layer(params ComponentConfig[] components) => new(components);

    public static ArchitectureConfig Of(params LayerConfig[] layers) => new("test", layers);

    public static IReadOnlyList<ChatMessage> Question(string text = "What is 2 + 2?") =>
        [new ChatMessage(ChatRole.User, text)];
}
