namespace Archon.Workflows.Tests.Support;

/// <summary>Tests that share the one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
