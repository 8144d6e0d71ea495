using SecretNu.Physics;

namespace SecretNu.Bounds;

/// <summary>A set of constraints to measure a curve against: the default envelope ("all"), its computed members
/// ("computed"), or the default envelope with one disputed input changed.</summary>
public sealed record ConstraintScenario(string Name, string Description, IReadOnlyList<ConstraintEntry> Constraints)
{
    /// <summary>The scenarios for a direction ĝ, the two the verdicts are defined by first:
    /// <list type="bullet">
    /// <item>"all": every default constraint that sees ĝ;</item>
    /// <item>"computed": those of them computed from our rates;</item>
    /// <item>one per alternative reading (a constraint with <c>variant_of</c>) swapped in for its default;</item>
    /// <item>"confirmed only": without the default constraints whose numbers could not be confirmed;</item>
    /// <item>"with model-dependent": plus the non-default constraints that are not variants (W, τ, D_s).</item>
    /// </list></summary>
    public static IReadOnlyList<ConstraintScenario> For(CouplingMatrix direction, double cl = ConstraintEvaluator.TargetCl)
    {
        var seen = ConstraintCatalog.AtCl(cl).Where(c => ConstraintEvaluator.Applies(c, direction)).ToArray();
        var all = seen.Where(c => c.Default).ToArray();
        var list = new List<ConstraintScenario>
        {
            new("all", "every default constraint", all),
            new("computed", "the default constraints computed from SecretNu's rates", all.Where(c => c.Computed).ToArray()),
        };
        foreach (var v in seen.Where(c => c.VariantOf is not null))
        {
            if (all.FirstOrDefault(c => c.Id == v.VariantOf) is not { } original) continue;
            list.Add(new($"{v.Id}", $"{v.Name} instead of {original.Name}", all.Select(c => c == original ? v : c).ToArray()));
        }
        var unconfirmed = all.Where(c => c.Status != "confirmed").ToArray();
        if (unconfirmed.Length > 0)
            list.Add(new("confirmed-only", $"without the unconfirmed {string.Join(", ", unconfirmed.Select(c => c.Name))}", all.Except(unconfirmed).ToArray()));
        var extra = seen.Where(c => !c.Default && c.VariantOf is null).ToArray();
        if (extra.Length > 0)
            list.Add(new("with-model-dependent", $"plus the model-dependent {string.Join(", ", extra.Select(c => c.Name))}", all.Concat(extra).ToArray()));
        return list;
    }
}
