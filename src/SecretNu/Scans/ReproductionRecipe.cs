using SecretNu.Physics;

namespace SecretNu.Scans;

/// <summary>
/// What <c>secretnu reproduce</c> draws, as data: the experiment cards of the bound figures, the Z′ of Fig. 1 (its
/// flux at the first card) and which coupling each bound figure shows. <see cref="SeedPaper"/> is the seed paper's.
/// </summary>
/// <param name="Experiments">Card names of the bound figures (the first drawn solid, the others dashed; Fig. 1 shows the first).</param>
/// <param name="Figure1">The Z′ of Fig. 1: m_Z′ [GeV] and couplings.</param>
/// <param name="BoundFigures">The bound figures, in the order written.</param>
public sealed record ReproductionRecipe(IReadOnlyList<string> Experiments, ZPrimeModel Figure1, IReadOnlyList<BoundFigureRecipe> BoundFigures)
{
    /// <summary>The seed paper's figures: Fig. 1 at FASERν for m_Z′ = 10 MeV, g_ee = g_eτ = g_μτ = 10⁻³; Figs. 2–5 the bounds
    /// on g_eτ, g_ee, g_μτ, g_eμ for FASERν and FASER2ν ×100, ×1000.</summary>
    public static ReproductionRecipe SeedPaper { get; } = new(
        ["faser-nu", "faser2-nu-x100", "faser2-nu-x1000"],
        new ZPrimeModel(0.01, CouplingMatrix.Parse("ee=1e-3,etau=1e-3,mutau=1e-3")),
        [new(2, "etau"), new(3, "ee"), new(4, "mutau"), new(5, "emu")]);

    /// <summary>The coupling of each bound figure with its unit direction (one bound curve per card each).</summary>
    public IReadOnlyList<(string Label, CouplingMatrix Direction)> Couplings => BoundFigures.Select(f => (f.Coupling, f.Direction)).ToArray();
}

/// <summary>One bound figure of a <see cref="ReproductionRecipe"/>: fig&lt;Number&gt;.png/svg/csv shows the bound on one coupling.</summary>
/// <param name="Number">The figure's number in the paper (2–5 for the seed's).</param>
/// <param name="Coupling">The coupling's name: ee, emu, etau, mumu, mutau or tautau.</param>
public sealed record BoundFigureRecipe(int Number, string Coupling)
{
    /// <summary>The unit direction of the coupling (that entry 1, the others 0).</summary>
    public CouplingMatrix Direction => CouplingMatrix.Parse($"{Coupling}=1");

    /// <summary>The figure's title, e.g. "Fig. 2: bound on g_{eτ}" (figure markup).</summary>
    public string Title => $"Fig. {Number}: bound on g_{{{Coupling.Replace("mu", "μ").Replace("tau", "τ")}}}";
}
