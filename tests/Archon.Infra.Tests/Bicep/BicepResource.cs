namespace Archon.Infra.Tests.Bicep;

/// <summary>A <c>resource</c> declaration: <c>resource symbol 'Type@ApiVersion' [existing] = …</c>.</summary>
internal sealed record BicepResource(string Symbol, string Type, string ApiVersion, bool Existing, string Body);
