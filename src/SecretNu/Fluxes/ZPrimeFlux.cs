using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// Neutrinos through a face for one Z′ model, per parent, species and lab-energy bin, with the parts apart:
/// the SM part (depleted by Γ_M/Γ_tot), the primary ν of M → ℓνZ′, the ν/ν̄ of Z′ that decayed before the detector,
/// and — for diagnostics — those the undecayed Z′ would have given.
/// </summary>
public sealed class ZPrimeFlux
{
    public double[] Edges { get; }
    public IReadOnlyList<int> Parents { get; }
    readonly double[] _sm, _primary, _decayed, _undecayed; // [parent][species][bin]
    public int Bins => Edges.Length - 1;

    public ZPrimeFlux(double[] edges, IReadOnlyList<int> parents, double[] sm, double[] primary, double[] decayed, double[] undecayed)
    {
        Edges = edges; Parents = parents; _sm = sm; _primary = primary; _decayed = decayed; _undecayed = undecayed;
    }

    public enum Part { StandardModel, Primary, Decayed, Undecayed }

    double[] Array(Part p) => p switch { Part.StandardModel => _sm, Part.Primary => _primary, Part.Decayed => _decayed, _ => _undecayed };

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

    public double Sum(Part part, NeutrinoSpecies s) => Counts(part, s).Sum();
}
