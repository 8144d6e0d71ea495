using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// Neutrinos through a face for one Z′ model, per parent, species and lab-energy bin, with the parts apart:
/// the SM part (depleted by Γ_M/Γ_tot), the primary ν of M → ℓνZ′, the ν/ν̄ of Z′ that decayed before the detector,
/// and — for diagnostics — those the undecayed Z′ would have given.
/// </summary>
public sealed class ZPrimeFlux
{
    /// <summary>Energy bin edges [GeV].</summary>
    public double[] Edges { get; }
    /// <summary>PDG ids of the parents, in the order of the parent index.</summary>
    public IReadOnlyList<int> Parents { get; }
    readonly double[] _sm, _primary, _decayed, _undecayed; // [parent][species][bin]
    /// <summary>Number of energy bins.</summary>
    public int Bins => Edges.Length - 1;

    /// <summary>The four parts per parent, species and bin (flattened [parent][species][bin]), neutrinos through the face.</summary>
    /// <param name="edges">Energy bin edges [GeV].</param>
    /// <param name="parents">PDG ids of the parents.</param>
    /// <param name="sm">SM neutrinos, depleted by Γ_M/Γ_tot(g).</param>
    /// <param name="primary">Primary neutrinos of M → ℓνZ′.</param>
    /// <param name="decayed">Neutrinos of Z′ → νν̄ decaying before the face.</param>
    /// <param name="undecayed">The same had every Z′ decayed after the face (they do not reach the detector as ν).</param>
    public ZPrimeFlux(double[] edges, IReadOnlyList<int> parents, double[] sm, double[] primary, double[] decayed, double[] undecayed)
    {
        Edges = edges; Parents = parents; _sm = sm; _primary = primary; _decayed = decayed; _undecayed = undecayed;
    }

    /// <summary>A part of the flux.</summary>
    public enum Part
    {
        /// <summary>SM neutrinos of the parent (depleted by Γ_M/Γ_tot).</summary>
        StandardModel,
        /// <summary>The primary ν of M → ℓνZ′.</summary>
        Primary,
        /// <summary>ν from Z′ → νν̄ before the face.</summary>
        Decayed,
        /// <summary>ν the Z′ would give after the face (not detected).</summary>
        Undecayed,
    }

    double[] Array(Part p) => p switch { Part.StandardModel => _sm, Part.Primary => _primary, Part.Decayed => _decayed, _ => _undecayed };

    /// <summary>Neutrinos per bin of one part, parent and species.</summary>
    public ReadOnlySpan<double> Counts(Part part, int parentIndex, NeutrinoSpecies s) =>
        Array(part).AsSpan((parentIndex * 6 + (int)s) * Bins, Bins);

    /// <summary>Sum over parents.</summary>
    public double[] Counts(Part part, NeutrinoSpecies s)
    {
        var r = new double[Bins];
        for (int p = 0; p < Parents.Count; p++)
        {
            var c = Counts(part, p, s);
            for (int k = 0; k < Bins; k++) r[k] += c[k];
        }
        return r;
    }

    /// <summary>The new neutrinos reaching the detector: primary + decayed Z′.</summary>
    public double[] New(NeutrinoSpecies s) => Counts(Part.Primary, s).Zip(Counts(Part.Decayed, s), (a, b) => a + b).ToArray();

    /// <summary>SM + new.</summary>
    public double[] Total(NeutrinoSpecies s) => Counts(Part.StandardModel, s).Zip(New(s), (a, b) => a + b).ToArray();

    /// <summary>Neutrinos of one part and species, summed over parents and bins.</summary>
    public double Sum(Part part, NeutrinoSpecies s) => Counts(part, s).Sum();
}
