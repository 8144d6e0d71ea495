using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Spectra;

/// <summary>Numerical resolution of the per-channel Z′ spectra (convergence study: SpectraConvergenceTests).</summary>
/// <param name="Dalitz">Node counts of the Dalitz integrals behind the spectra.</param>
/// <param name="NodesPerDecade">Geometric tabulation nodes per decade of meson-frame neutrino energy.</param>
/// <param name="ZNodes">Nodes per E_Z′ panel (up to 3 panels) for the Z′ → νν̄ folding.</param>
public sealed record SpectrumResolution(DalitzQuadrature Dalitz, int NodesPerDecade, int ZNodes)
{
    public static readonly SpectrumResolution Default = new(new DalitzQuadrature(32, 16), 24, 48);
    public static readonly SpectrumResolution Reference = new(new DalitzQuadrature(64, 32), 80, 192);
}

/// <summary>
/// The unit spectra of one channel M⁺ → ℓ_α⁺ ν Z′ at a fixed m_Z′ (physics.md §5), in the meson rest frame:
/// the primary neutrino per three-body decay, and the ν and ν̄ from Z′ → νν̄ per Z′ decay (helicity-weighted
/// angular distributions of §5.2 folded with dΓ_λ/dE_Z′, eq. 5.1, for P_dec = 1, with decay-length classes).
/// Flavours and couplings enter only later (<see cref="MesonNeutrinoSpectra"/>): every number here is per unit
/// Σ_β g_αβ². For M⁻ read ν ↔ ν̄.
/// </summary>
public sealed class ZPrimeChannelSpectra
{
    public ChargedMeson Meson { get; }
    public ChargedLepton Lepton { get; }
    public double ZMass { get; }
    public RateNormalisation Normalisation { get; }
    /// <summary>Γ(M → ℓνZ′)/Σ_β g_αβ² [GeV], from the same E_Z′ nodes as the spectra.</summary>
    public double WidthPerG2 { get; }
    /// <summary>The width split by Z′ helicity [GeV per unit g²].</summary>
    public HelicityRates HelicityWidthsPerG2 { get; }
    /// <summary>Primary ν_β energy distribution, per three-body decay (integral 1).</summary>
    public ContinuousSpectrum Primary { get; }
    /// <summary>ν from Z′ → νν̄, per Z′ decay (integral 1), all Z′ decayed.</summary>
    public ZDecaySpectrum ZNeutrino { get; }
    /// <summary>ν̄ from Z′ → νν̄, per Z′ decay (integral 1), all Z′ decayed.</summary>
    public ZDecaySpectrum ZAntineutrino { get; }

    public ZPrimeChannelSpectra(ChargedMeson meson, ChargedLepton lepton, double zMass,
        RateNormalisation normalisation = RateNormalisation.Derived, SpectrumResolution? resolution = null)
    {
        var res = resolution ?? SpectrumResolution.Default;
        var decay = new ThreeBodyDecay(meson, lepton, zMass, normalisation, res.Dalitz);
        Meson = meson; Lepton = lepton; ZMass = zMass; Normalisation = normalisation;

        // E_Z′ nodes and helicity spectra dΓ_λ/dE_Z′ (order 3)
        var ex = new double[3 * res.ZNodes];
        var ew = new double[3 * res.ZNodes];
        int nz = decay.ZEnergyNodes(res.ZNodes, ex, ew);
        var rho = new HelicityRates[nz];
        HelicityRates widths = default;
        for (int j = 0; j < nz; j++)
        {
            rho[j] = decay.ZSpectrum(ex[j]);
            widths += ew[j] * rho[j];
        }
        WidthPerG2 = widths.Total;
        HelicityWidthsPerG2 = widths;

        double inv = 1 / widths.Total;
        Primary = ContinuousSpectrum.FromDensity(e => decay.NeutrinoSpectrum(e) * inv, 0, decay.NeutrinoEnergyMax, res.NodesPerDecade);

        ZNeutrino = FoldZDecay(ex.AsSpan(0, nz), ew.AsSpan(0, nz), rho, inv, zMass, decay.ZEnergyMax, res.NodesPerDecade, anti: false);
        ZAntineutrino = FoldZDecay(ex.AsSpan(0, nz), ew.AsSpan(0, nz), rho, inv, zMass, decay.ZEnergyMax, res.NodesPerDecade, anti: true);
    }

    public static bool IsOpen(ChargedMeson meson, ChargedLepton lepton, double zMass) => ThreeBodyDecay.IsOpen(meson, lepton, zMass);

    /// <summary>
    /// Eq. (5.1) for P_dec = 1 on a geometric grid of meson-frame energies E*: the cumulative
    /// C(E*) = Σ_j w_j Σ_λ ρ̂_λ(E_Z,j) F_λ(E*; E_Z,j), with F_λ the exact cumulative of (2/|q|) w_λ(c) (0 below, 1 above
    /// the support), densities by monotone Hermite derivatives of C, and the decay-length class fractions of the
    /// density at each node.
    /// </summary>
    static ZDecaySpectrum FoldZDecay(ReadOnlySpan<double> ez, ReadOnlySpan<double> w, HelicityRates[] rho, double inv,
        double m, double ezMax, int nodesPerDecade, bool anti)
    {
        double qMax = Math.Sqrt(ezMax * ezMax - m * m);
        double hi = 0.5 * (ezMax + qMax), lo = m * m / (2 * (ezMax + qMax));
        var e = EnergyNodes.DoubleLog(lo, hi, nodesPerDecade, ContinuousSpectrum.DefaultDynamicRange);
        var c = new double[e.Length];
        int nc = DecayLengthClasses.Count;
        var fractions = new double[e.Length * nc];
        int n = ez.Length;
        Span<double> q = n <= 1024 ? stackalloc double[n] : new double[n];
        for (int j = 0; j < n; j++) q[j] = Math.Sqrt(Math.Max(ez[j] * ez[j] - m * m, 0));

        for (int i = 0; i < e.Length; i++)
        {
            double x = e[i], cum = 0, dens = 0;
            var frac = fractions.AsSpan(i * nc, nc);
            for (int j = 0; j < n; j++)
            {
                double wl = w[j] * inv;
                if (q[j] <= 0) { if (x > 0.5 * m) cum += wl * rho[j].Total; continue; }
                double cc = (2 * x - ez[j]) / q[j];
                if (cc >= 1) { cum += wl * rho[j].Total; continue; }
                if (cc <= -1) continue;
                double d = 0;
                foreach (int lambda in HelicityRates.Helicities)
                {
                    double r = rho[j][lambda];
                    cum += wl * r * ZPrimeAngularDistribution.Cumulative(lambda, cc, anti);
                    d += r * ZPrimeAngularDistribution.Density(lambda, cc, anti);
                }
                d *= wl * 2 / q[j];
                dens += d;
                double ratio = (ez[j] - m * m / (4 * x)) / x;
                frac[DecayLengthClasses.Of(ratio)] += d;
            }
            c[i] = cum;
            if (dens > 0) for (int k = 0; k < nc; k++) frac[k] /= dens;
            else frac[0] = 1;
        }
        // the cumulative must not decrease (quadrature noise at the 1e-16 level) and ends at 1
        for (int i = 1; i < c.Length; i++) c[i] = Math.Max(c[i], c[i - 1]);
        var f = Numerics.Pchip.Derivatives(e, c);
        return new ZDecaySpectrum(ContinuousSpectrum.FromTable(lo, e, c, f), fractions);
    }
}
