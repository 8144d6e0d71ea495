using SecretNu.Decays;
using SecretNu.Physics;
using SecretNu.Spectra;
using Xunit.Abstractions;

namespace SecretNu.Tests.Spectra;

/// <summary>
/// Independent oracle for the decay-length classes of the ν and ν̄ from Z′ → νν̄ (physics.md §5.3, §6.5): at a
/// tabulation node E*, the density f(E*) = (1/Γ) ∫_{E*+M²/(4E*)}^{E_Z^max} dE_Z Σ_λ (dΓ_λ/dE_Z)(2/|q|) w_λ(c),
/// c = (2E* − E_Z)/|q|, is integrated by brute force, split at every class edge E_Z = M²/(4E*) + E*·10^(k/4) (r = 1
/// at the lower limit), so that the part of f with r = (E_Z − M²/(4E*))/E* in class k is known to ~1e-11.
/// Written from the physics alone (not from ZDecayFold), using only dΓ_λ/dE_Z′ (ThreeBodyDecay.ZSpectrum) and w_λ.
/// </summary>
public class DecayLengthClassOracleTests(ITestOutputHelper output)
{
    public static TheoryData<int, int, double> Channels => new()
    {
        { 321, 13, 1e-3 }, { 211, 11, 1e-5 }, { 431, 15, 0.05 }, { 411, 11, 0.3 }, { 321, 11, 0.1 },
    };

    [Theory, MemberData(nameof(Channels))]
    public void DensityAtNodesMatchesBruteForce(int meson, int lepton, double mass)
    {
        // the spectra are tabulated to ~1e-5 of the total (SpectrumResolution.Default); the oracle is converged to
        // ≤ 1e-11 (checked below), so the tolerance is 1e-5 of the spectrum's largest density. Largest deviations
        // seen, in units of the largest density: (321,13,1e-3) 5.3e-6 (ν̄ at the peak), (211,11,1e-5) 2.5e-8,
        // (431,15,0.05) 2.0e-6, (411,11,0.3) 2.8e-7, (321,11,0.1) 2.8e-7; with SpectrumResolution.Reference all
        // ≤ 2e-8, so these are the tabulation's own error
        double worst = 0; string where = "";
        foreach (var n in Compare(meson, lepton, mass))
        {
            double d = Math.Abs(n.LibraryDensity - n.OracleDensity) / n.MaxDensity;
            if (d > worst) { worst = d; where = n.ToString(); }
        }
        output.WriteLine($"largest density deviation {worst:E2} of f_max at {where}");
        Assert.True(worst < 1e-5, $"density deviation {worst:E2} of f_max at {where}");
    }

    [Theory, MemberData(nameof(Channels))]
    public void ClassFractionsMatchBruteForce(int meson, int lepton, double mass)
    {
        // The oracle's fractions are converged to ≤ 1e-11 and the densities agree to ≤ 6e-6 of f_max. The library
        // shares each E_Z′ quadrature cell that a class edge cuts by a linear profile; with SpectrumResolution.Default
        // the largest |Δφ_k| over the picked ν and ν̄ nodes is (321,13,1e-3) 2.1e-3, (211,11,1e-5) 2.2e-3,
        // (431,15,0.05) 5.3e-3, (411,11,0.3) 5.4e-3, (321,11,0.1) 4.9e-3. Booking
        // each cell whole to one class gave 0.05–0.14 (converging only ∝ 1/ZNodes), a flat share 1.4e-3–1.0e-2.
        // Tolerance 1e-2 absolute, from what the fractions are for: the decay probability P = 1 − exp(−a/r) changes
        // by at most 0.37·Δln r = 0.21 between neighbouring classes (a quarter decade), so δφ = 1e-2 moves the decayed
        // flux at a node by ≤ 0.2 %, far below the class quantisation itself and the 10 % flux normalisation.
        // Shifting the oracle's class index by one makes the largest deviation 1.0 in every channel (nodes with a
        // single class move entirely), so a wrong class assignment cannot pass.
        double worst = 0; string where = "";
        foreach (var n in Compare(meson, lepton, mass))
        {
            for (int k = 0; k < n.OracleFractions.Length; k++)
            {
                double d = Math.Abs(n.LibraryFractions[k] - n.OracleFractions[k]);
                if (d > worst)
                {
                    worst = d;
                    where = $"{n}, class {k}: library {n.LibraryFractions[k]:F5}, oracle {n.OracleFractions[k]:F5}"
                        + $" (library [{Show(n.LibraryFractions)}], oracle [{Show(n.OracleFractions)}])";
                }
            }
        }
        output.WriteLine($"largest class-fraction deviation {worst:E2} at {where}");
        Assert.True(worst < 1e-2, $"class-fraction deviation {worst:E3} at {where}");
    }

    static string Show(double[] f)
    {
        int last = Array.FindLastIndex(f, x => x > 0);
        return string.Join(" ", f.Take(last + 1).Select(x => x.ToString("F4")));
    }

    sealed record NodeComparison(bool Anti, double Energy, double MaxDensity, double LibraryDensity, double OracleDensity,
        double[] LibraryFractions, double[] OracleFractions)
    {
        public override string ToString() =>
            $"{(Anti ? "ν̄" : "ν")} E* = {Energy:E4} GeV (f = {LibraryDensity:E4}, oracle {OracleDensity:E4}, f/f_max = {LibraryDensity / MaxDensity:E2})";
    }

    static readonly (double[] X, double[] W) Rule = GaussLegendre(16), Check = GaussLegendre(10);

    static List<NodeComparison> Compare(int meson, int lepton, double mass)
    {
        var me = ChargedMeson.All.Single(m => m.PdgId == meson);
        var l = ChargedLepton.All.Single(x => x.PdgId == lepton);
        var s = new ZPrimeChannelSpectra(me, l, mass);
        var decay = new ThreeBodyDecay(me, l, mass);
        var result = new List<NodeComparison>();
        foreach (bool anti in new[] { false, true })
        {
            var z = anti ? s.ZAntineutrino : s.ZNeutrino;
            var nodes = z.Spectrum.Nodes.ToArray();
            var f = z.Spectrum.DensityAtNodes.ToArray();
            double fMax = f.Max();
            foreach (int i in PickNodes(nodes, f, mass))
            {
                double e = nodes[i];
                var parts = ClassDensities(decay, e, anti, Rule);
                double total = parts.Sum();
                // the oracle's own convergence: 16 against 10 points per piece (16 against 32 differ by ≤ 8e-12)
                var coarse = ClassDensities(decay, e, anti, Check);
                for (int k = 0; k < parts.Length; k++)
                    Assert.True(Math.Abs(coarse[k] - parts[k]) <= 1e-8 * total, $"oracle not converged at E* = {e}, class {k}");
                result.Add(new NodeComparison(anti, e, fMax, f[i], total / s.WidthPerG2,
                    z.ClassFractionsAt(e).ToArray(), parts.Select(p => p / total).ToArray()));
            }
        }
        return result;
    }

    /// <summary>Nodes nearest 10 log-spaced energies over the nodes with density above 1e-6 of the largest, and the
    /// two such nodes either side of M/2.</summary>
    static SortedSet<int> PickNodes(double[] nodes, double[] f, double mass)
    {
        double fMax = f.Max();
        var ok = Enumerable.Range(0, nodes.Length).Where(i => nodes[i] > 0 && f[i] > 1e-6 * fMax).ToArray();
        var picked = new SortedSet<int>();
        double lo = Math.Log(nodes[ok[0]]), hi = Math.Log(nodes[ok[^1]]);
        for (int j = 0; j < 10; j++)
        {
            double target = lo + (hi - lo) * j / 9;
            picked.Add(ok.MinBy(i => Math.Abs(Math.Log(nodes[i]) - target)));
        }
        var below = ok.Where(i => nodes[i] < mass / 2).ToArray();
        var above = ok.Where(i => nodes[i] > mass / 2).ToArray();
        Assert.NotEmpty(below);
        Assert.NotEmpty(above);
        picked.Add(below.Max());
        picked.Add(above.Min());
        return picked;
    }

    /// <summary>Σ_λ ∫ dE_Z (dΓ_λ/dE_Z)(2/|q|) w_λ(c) per decay-length class (per g², not yet divided by Γ).</summary>
    static double[] ClassDensities(ThreeBodyDecay decay, double e, bool anti, (double[] X, double[] W) rule)
    {
        double m = decay.ZMass, shift = m * m / (4 * e);
        double ezMin = e + shift, ezMax = decay.ZEnergyMax;
        int count = DecayLengthClasses.Count;
        var result = new double[count];
        if (!(ezMin < ezMax)) return result;
        // variable u = √(E_Z − M): dE_Z/|q| = 2 du/√(2M + u²) stays finite where the Z′ comes to rest (E* → M/2)
        static double U(double ez, double m) => Math.Sqrt(Math.Max(ez - m, 0));
        double uMin = U(ezMin, m), uMax = U(ezMax, m);
        var cuts = new List<double>();
        for (int k = 0; k < count; k++)
        {
            // class k holds r ∈ [10^(k/4), 10^((k+1)/4)), i.e. E_Z ∈ [M²/(4E*) + E*·10^(k/4), …); the last class also
            // takes everything above its lower edge
            double a = Math.Max(ezMin, shift + e * DecayLengthClasses.LowerEdge(k));
            double b = k + 1 < count ? Math.Min(ezMax, shift + e * DecayLengthClasses.LowerEdge(k + 1)) : ezMax;
            if (!(a < b)) continue;
            double ua = U(a, m), ub = U(b, m);
            cuts.Clear();
            cuts.Add(ua);
            // graded pieces: towards u_min, where c = (2E* − E_Z)/|q| changes on the scale u_min when E* is near M/2,
            // and towards u_max, where with a light lepton dΓ/dE_Z′ turns from linear to √ within ~m_ℓ²/m_M
            for (double g = 2 * uMin; g < ub; g *= 2) if (g > ua) cuts.Add(g);
            for (double h = 0.5 * (uMax - uMin); h > 1e-14 * uMax; h *= 0.5) if (uMax - h > ua && uMax - h < ub) cuts.Add(uMax - h);
            cuts.Sort();
            cuts.Add(ub);
            double sum = 0;
            for (int p = 0; p + 1 < cuts.Count; p++)
            {
                double mid = 0.5 * (cuts[p] + cuts[p + 1]), half = 0.5 * (cuts[p + 1] - cuts[p]);
                for (int n = 0; n < rule.X.Length; n++)
                {
                    // cosine substitution u = mid − half·cos θ, θ ∈ [0, π]: smooth across the √ endpoint of dΓ/dE_Z′
                    double th = 0.5 * Math.PI * (rule.X[n] + 1);
                    double u = mid - half * Math.Cos(th), jac = 0.5 * Math.PI * half * Math.Sin(th);
                    double ez = m + u * u, root = Math.Sqrt(2 * m + u * u), q = u * root;
                    if (!(q > 0)) continue;
                    double c = Math.Clamp((2 * e - ez) / q, -1, 1);
                    var rates = decay.ZSpectrum(ez);
                    double w = rates.Longitudinal * ZPrimeAngularDistribution.Density(0, c, anti)
                             + rates.Plus * ZPrimeAngularDistribution.Density(1, c, anti)
                             + rates.Minus * ZPrimeAngularDistribution.Density(-1, c, anti);
                    sum += rule.W[n] * jac * w * 4 / root; // (2/|q|)·dE_Z = (2/|q|)·2u du = 4 du/√(2M + u²)
                }
            }
            result[k] = sum;
        }
        return result;
    }

    /// <summary>Gauss–Legendre nodes and weights on [−1, 1] (Newton iteration on P_n).</summary>
    static (double[] X, double[] W) GaussLegendre(int n)
    {
        var x = new double[n];
        var w = new double[n];
        for (int i = 0; i < n; i++)
        {
            double z = Math.Cos(Math.PI * (i + 0.75) / (n + 0.5));
            for (int it = 0; it < 100; it++)
            {
                double p0 = 1, p1 = z;
                for (int j = 2; j <= n; j++) (p0, p1) = (p1, ((2 * j - 1) * z * p1 - (j - 1) * p0) / j);
                double dp = n * (z * p1 - p0) / (z * z - 1), dz = p1 / dp;
                z -= dz;
                if (Math.Abs(dz) < 1e-15) break;
            }
            double q0 = 1, q1 = z;
            for (int j = 2; j <= n; j++) (q0, q1) = (q1, ((2 * j - 1) * z * q1 - (j - 1) * q0) / j);
            double d = n * (z * q1 - q0) / (z * z - 1);
            x[i] = z;
            w[i] = 2 / ((1 - z * z) * d * d);
        }
        return (x, w);
    }
}
