namespace Archon.Models.Simulation;

/// <summary>The LLM-judge prompt shapes the simulation recognises (those of the bench library's scorers).</summary>
internal enum SimJudgeKind
{
    /// <summary>Single-answer grading on 1–10, reply <c>Rating: [[N]]</c> (MT-Bench).</summary>
    Rating,

    /// <summary>Pairwise comparison, reply one of <c>[[A&gt;&gt;B]]</c> … <c>[[B&gt;&gt;A]]</c> (Arena-Hard, AlpacaEval).</summary>
    Pairwise,

    /// <summary>A 0–1 grade against gold answers, reply <c>[[0.9]]</c> (MixEval judge mode).</summary>
    Score,
}
