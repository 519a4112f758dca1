namespace Archon.Infra.Tests.Bicep;

/// <summary>A <c>param</c> declaration.</summary>
internal sealed record BicepParam(string Name, string Type, bool HasDefault);
