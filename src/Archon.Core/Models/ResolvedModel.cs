using Microsoft.Extensions.AI;

namespace Archon.Core.Models;

/// <summary>A catalog model with its fully built client pipeline.</summary>
/// <param name="Name">Catalog name.</param>
/// <param name="Client">The client pipeline (retry, limits, cache, accounting, telemetry, logging).</param>
/// <param name="Pricing">Price per million tokens.</param>
/// <param name="Simulated">True for simulated models.</param>
public sealed record ResolvedModel(string Name, IChatClient Client, ModelPricing Pricing, bool Simulated);
