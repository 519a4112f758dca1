namespace Archon.Infra.Tests.Support;

/// <summary>
/// A fact that needs the Functions app folder (host.json and function folders in src/Archon.Functions); it is
/// skipped, saying why, until that folder has them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class FunctionsAppFactAttribute : FactAttribute
{
    public FunctionsAppFactAttribute()
    {
        if (!File.Exists(Path.Combine(RepoPaths.FunctionsApp, "host.json")))
        {
            Skip = "src/Archon.Functions/host.json does not exist yet.";
        }
        else if (FunctionDefinitions.Files().Count == 0)
        {
            Skip = "src/Archon.Functions has no function folders (<name>/function.json) yet.";
        }
    }
}
