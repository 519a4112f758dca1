namespace Archon.Core.Architectures;

/// <summary>Estimated calls and tokens of one component for one query.</summary>
internal readonly record struct ComponentWork(int Calls, long InputTokens, long OutputTokens);
