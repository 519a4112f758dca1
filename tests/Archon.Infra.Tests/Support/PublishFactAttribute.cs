namespace Archon.Infra.Tests.Support;

/// <summary>
/// A fact that runs the real <c>dotnet publish</c> of the Functions app (a minute or more on a busy 2-core machine),
/// so it runs only when <c>ARCHON_TEST_PUBLISH=1</c> and src/Archon.Functions is a .NET isolated worker project.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PublishFactAttribute : FactAttribute
{
    public const string Variable = "ARCHON_TEST_PUBLISH";

    public PublishFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Set {Variable}=1 to run the real publish of the Functions app (slow).";
        }
        else if (!AppProject.IsIsolatedWorker)
        {
            Skip = "src/Archon.Functions is not a .NET isolated worker project (no Microsoft.Azure.Functions.Worker.Sdk).";
        }
    }
}
