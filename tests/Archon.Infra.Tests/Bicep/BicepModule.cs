namespace Archon.Infra.Tests.Bicep;

/// <summary>A <c>module</c> declaration: its symbol, the file it points to and the parameter names it passes.</summary>
internal sealed record BicepModule(string Symbol, string Path, IReadOnlyList<string> PassedParams, string Body);
