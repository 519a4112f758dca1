using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Components.BuiltIn;

namespace Archon.Core.Tests.Components;

public class ComponentRegistryTests
{
    private static readonly Candidate[] Incoming = [C("a"), C("b")];

    private static Candidate C(string id) =>
        new() { Id = id, Text = id, Source = new CandidateSource(0, ComponentTypes.Generator, 0, "m", 0) };

    [Fact]
    public void Merge_RegisteredKind_UsesItsRule()
    {
        var registry = new ComponentRegistry().Register(new LastOutputWinsKind());

        var merged = registry.Merge("last_wins", Incoming, [new ComponentOutput([C("x")]), new ComponentOutput([C("y")])]);

        Assert.Equal(["y"], merged.Select(c => c.Id));
    }

    [Fact]
    public void Merge_PlainFactoryOrUnknownType_Concatenates()
    {
        var registry = new ComponentRegistry().Register("custom", _ => throw new InvalidOperationException());
        ComponentOutput[] outputs = [new([C("x")]), new([C("y")])];

        Assert.Equal(["x", "y"], registry.Merge("custom", Incoming, outputs).Select(c => c.Id));
        Assert.Equal(["x", "y"], registry.Merge("unregistered", Incoming, outputs).Select(c => c.Id));
    }

    [Fact]
    public void Register_PlainFactoryReplacingAKind_KeepsTheKindsMergeRuleAndStreaming()
    {
        var registry = BuiltInComponents.CreateRegistry().Register(ComponentTypes.UnitTestGenerator, _ => throw new InvalidOperationException());
        registry.Register(ComponentTypes.Fuser, _ => throw new InvalidOperationException());

        var merged = registry.Merge(ComponentTypes.UnitTestGenerator, Incoming, [new ComponentOutput(Incoming), new ComponentOutput(Incoming)]);

        Assert.Same(Incoming, merged);
        Assert.True(registry.RepliesWithCandidateText(ComponentTypes.Fuser));
    }

    [Fact]
    public void RepliesWithCandidateText_BuiltInKinds_OnlyGeneratorsAndFusers()
    {
        var registry = BuiltInComponents.CreateRegistry();

        Assert.Equal(
            [ComponentTypes.Fuser, ComponentTypes.Generator],
            ComponentTypes.BuiltIn.Where(registry.RepliesWithCandidateText).Order(StringComparer.Ordinal));
        Assert.False(registry.RepliesWithCandidateText("unregistered"));
    }

    private sealed class LastOutputWinsKind : IComponentKind
    {
        public string Type => "last_wins";

        public bool RepliesWithCandidateText => false;

        public IArchitectureComponent Create(ComponentConfig config) => throw new InvalidOperationException();

        public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
            outputs[^1].Candidates;
    }
}
