using Archon.Core.Architectures;

namespace Archon.Service.Architectures;

/// <summary>A runner that can say, before any model call, why an architecture cannot run here.</summary>
internal interface IArchitectureProblemFinder
{
    IReadOnlyList<string> FindProblems(ArchitectureConfig architecture);
}
