using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Components.BuiltIn;

namespace Archon.Core.Tests.Components.BuiltIn;

public class BuiltInComponentsTests
{
    [Fact]
    public void CreateRegistry_Default_HoldsAllSevenBuiltInTypes()
    {
        var registry = BuiltInComponents.CreateRegistry();

        Assert.Equal(ComponentTypes.BuiltIn.Order(), registry.Types.Order());
    }

    [Theory]
    [MemberData(nameof(BuiltInTypes))]
    public void CreateRegistry_EachType_CreatesAComponentOfThatType(string type)
    {
        var component = BuiltInComponents.CreateRegistry().Create(TestData.Config(type));

        Assert.Equal(type, component.Type);
    }

    [Fact]
    public async Task CreateRegistry_ParseRetriesZero_FallsBackAfterOneCall()
    {
        var models = new FakeModelInvoker(_ => "not json");
        var component = BuiltInComponents.CreateRegistry(parseRetries: 0).Create(TestData.Config(ComponentTypes.Ranker));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);

        Assert.Single(models.Requests);
        Assert.Single(output.Warnings);
    }

    [Fact]
    public void CreateRegistry_NegativeRetries_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BuiltInComponents.CreateRegistry(parseRetries: -1));
    }

    [Theory]
    [MemberData(nameof(BuiltInTypes))]
    public void CreateRegistry_EachKind_OwnsOneFolderWithItsComponent(string type)
    {
        var component = BuiltInComponents.CreateRegistry().Create(TestData.Config(type));
        var folder = component.GetType().Namespace;
        var kinds = typeof(BuiltInComponents).Assembly.GetTypes()
            .Where(t => typeof(IComponentKind).IsAssignableFrom(t) && t.Namespace == folder)
            .ToList();

        Assert.StartsWith("Archon.Core.Components.", folder, StringComparison.Ordinal);
        Assert.Equal(type, ((IComponentFactory)Activator.CreateInstance(Assert.Single(kinds), CtorArgs(Assert.Single(kinds)))!).Type);
    }

    private static object[] CtorArgs(Type kind) =>
        kind.GetConstructors()[0].GetParameters()
            .Select(p => p.ParameterType == typeof(int) ? (object)0 : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
            .ToArray();

    public static TheoryData<string> BuiltInTypes() => new(ComponentTypes.BuiltIn);
}
