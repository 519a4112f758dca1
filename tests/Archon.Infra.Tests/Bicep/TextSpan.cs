namespace Archon.Infra.Tests.Bicep;

/// <summary>A half-open range of offsets [Start, End) into a Bicep file.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
