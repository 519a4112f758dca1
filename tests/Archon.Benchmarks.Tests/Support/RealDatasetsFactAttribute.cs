namespace Archon.Benchmarks.Tests.Support;

/// <summary>A fact that runs only when ../shared/datasets exists next to the repository.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RealDatasetsFactAttribute : FactAttribute
{
    public RealDatasetsFactAttribute()
    {
        if (TestPaths.SharedDatasets() is null)
        {
            Skip = "the shared datasets folder (<repo>/../shared/datasets) is absent on this machine";
        }
    }
}
