namespace Archon.Benchmarks.Scoring;

/// <summary>A pairwise judge's verdict on assistants A and B (Arena-Hard labels).</summary>
public enum PairwiseVerdict
{
    /// <summary><c>[[A&gt;&gt;B]]</c>: A is significantly better.</summary>
    AMuchBetter,

    /// <summary><c>[[A&gt;B]]</c>: A is slightly better.</summary>
    ABetter,

    /// <summary><c>[[A=B]]</c>: a tie.</summary>
    Tie,

    /// <summary><c>[[B&gt;A]]</c>: B is slightly better.</summary>
    BBetter,

    /// <summary><c>[[B&gt;&gt;A]]</c>: B is significantly better.</summary>
    BMuchBetter,
}
