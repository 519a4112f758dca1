namespace Archon.Workflows.Searches;

/// <summary>The input of <see cref="SearchOrchestration"/> (instance id = search id): the definition and, after a <c>ContinueAsNew</c>, where it stands.</summary>
internal sealed record SearchRunInput(SearchDefinition Definition, SearchProgress? Progress = null);
