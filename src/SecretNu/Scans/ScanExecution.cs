namespace SecretNu.Scans;

/// <summary>How a bound campaign runs, as opposed to what it computes: where finished mass points are checkpointed and
/// which share of the mass points this process computes. Neither changes a single output number.</summary>
/// <param name="Checkpoints">Per-point store (null: no checkpoints).</param>
/// <param name="Shard">This process's share (null: every mass point).</param>
public sealed record ScanExecution(CheckpointStore? Checkpoints = null, Shard? Shard = null);
