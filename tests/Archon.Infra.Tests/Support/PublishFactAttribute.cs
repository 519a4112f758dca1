namespace Archon.Infra.Tests.Support;

/// <summary>
/// A fact that runs the real self-contained publish (30 s on an idle 2-core machine, minutes on a busy one), so
/// it runs only when <c>ARCHON_TEST_PUBLISH=1</c> and the Functions app folder has host.json and functions.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PublishFactAttribute : FactAttribute
{
    public const string Variable = "ARCHON_TEST_PUBLISH";

    public PublishFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Set {Variable}=1 to run the real publish (slow: a full linux-x64 self-contained build).";
        }
        else if (new FunctionsAppFactAttribute().Skip is { } reason)
        {
            Skip = reason;
        }
    }
}
