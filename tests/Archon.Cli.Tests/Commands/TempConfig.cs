namespace Archon.Cli.Tests.Commands;

/// <summary>A JSON file in the temp folder, deleted on dispose.</summary>
internal sealed class TempConfig : IDisposable
{
    public TempConfig(string json)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"archon-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
