namespace Archon.Service.Tests.Support;

/// <summary>Architecture JSON used by the tests.</summary>
internal static class TestArchitectures
{
    public static object OneCall(string name = "one-call") => new
    {
        name,
        layers = new[] { new[] { new { type = "generator", model = "sim-large", temperature = 0.7, max_tokens = 256, samples = 1 } } },
    };
}
