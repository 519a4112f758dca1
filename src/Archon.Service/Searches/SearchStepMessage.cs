namespace Archon.Service.Searches;

/// <summary>Search step: look at search <see cref="SearchId"/>'s runs and advance it.</summary>
internal sealed record SearchStepMessage(string SearchId);
