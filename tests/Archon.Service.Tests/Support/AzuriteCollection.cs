namespace Archon.Service.Tests.Support;

/// <summary>Tests that share the Azurite instance run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
