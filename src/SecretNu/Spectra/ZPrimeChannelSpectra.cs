using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Spectra;

/// <summary>Numerical resolution of the per-channel Z′ spectra (convergence study: SpectraConvergenceTests).</summary>
/// <param name="Dalitz">Node counts of the Dalitz integrals behind the spectra.</param>
/// <param name="NodesPerDecade">Geometric tabulation nodes per decade of meson-frame neutrino energy.</param>
/// <param name="ZNodes">Nodes per E_Z′ panel (up to 3 panels) for the Z′ → νν̄ folding.</param>
public sealed record SpectrumResolution(DalitzQuadrature Dalitz, int NodesPerDecade, int ZNodes)
{
    public static readonly SpectrumResolution Default = new(new DalitzQuadrature(32, 12), 24, 48);
    public static readonly SpectrumResolution Reference = new(new DalitzQuadrature(96, 24), 72, 144);
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

        // panels in E_Z′ and the helicity spectra dΓ_λ/dE_Z′ (order 3) at their Gauss–Legendre nodes, stored as
        // integrands in the panel variable t: F_λ(t) = dΓ_λ/dE_Z′ · |dE_Z′/dt|
        var panels = decay.ZEnergyPanels();
        var gl = Numerics.Quadrature.GaussLegendre(res.ZNodes);
        var f = new HelicityRates[panels.Count][];
        HelicityRates widths = default;
        for (int p = 0; p < panels.Count; p++)
        {
            f[p] = new HelicityRates[res.ZNodes];
            for (int i = 0; i < res.ZNodes; i++)
            {
                double t = gl.Nodes[i];
                f[p][i] = panels[p].Jacobian(t) * decay.ZSpectrum(panels[p].Energy(t));
                widths += gl.Weights[i] * f[p][i];
            }
        }
        // the normalisation uses the accurate total width (order 1), so the totals below are genuine checks
        WidthPerG2 = decay.Width();
        HelicityWidthsPerG2 = (WidthPerG2 / widths.Total) * widths;

        double inv = 1 / WidthPerG2;
        Primary = ContinuousSpectrum.FromDensity(e => decay.NeutrinoSpectrum(e) * inv, 0, decay.NeutrinoEnergyMax, res.NodesPerDecade);
        (ZNeutrino, ZAntineutrino) = FoldZDecay(panels, f, inv, zMass, decay.ZEnergyMax, res);
    }

    public static bool IsOpen(ChargedMeson meson, ChargedLepton lepton, double zMass) => ThreeBodyDecay.IsOpen(meson, lepton, zMass);

    /// <summary>
    /// Eq. (5.1) for P_dec = 1 on the energy nodes of <see cref="EnergyNodes.DoubleLog"/>: the cumulative
    /// C(E*) = ∫dE_Z ρ̂(E_Z) Σ_λ F_λ(E*; E_Z) and the density f(E*) = ∫dE_Z ρ̂ Σ_λ (2/|q|) w_λ(c), where F_λ is the exact
    /// cumulative of the boosted Z′ → νν̄ distribution (0 below, 1 above its support) and ρ̂ = (1/Γ₃) dΓ_λ/dE_Z′. As a
    /// function of E_Z both integrands have a kink or a jump at E_Z^min(E*) = E* + M²/(4E*), where E* enters the
    /// support: the panel that contains it is split there and each side integrated with Gauss–Legendre nodes,
    /// the smooth panel integrand being interpolated (barycentric) from its nodes — no node-sum across the kink.
    /// Also records, per node, the fractions of the density in each decay-length class.
    /// </summary>
    static (ZDecaySpectrum Nu, ZDecaySpectrum NuBar) FoldZDecay(IReadOnlyList<EnergyPanel> panels, HelicityRates[][] f,
        double inv, double m, double ezMax, SpectrumResolution res)
    {
        double qMax = Math.Sqrt(ezMax * ezMax - m * m);
        double hi = 0.5 * (ezMax + qMax), lo = m * m / (2 * (ezMax + qMax));
        var e = EnergyNodes.DoubleLog(lo, hi, res.NodesPerDecade, ContinuousSpectrum.DefaultDynamicRange);
        int n = res.ZNodes, nc = DecayLengthClasses.Count, np = panels.Count;
        var gl = Numerics.Quadrature.GaussLegendre(n);
        var bary = Numerics.Barycentric.GaussLegendre(n);
        var cNu = new double[e.Length]; var cBar = new double[e.Length];
        var dNu = new double[e.Length]; var dBar = new double[e.Length];
        var fracNu = new double[e.Length * nc]; var fracBar = new double[e.Length * nc];

        // panel totals (for the part of E_Z below E_Z^min when E* lies above the whole support)
        var panelTotal = new double[np];
        for (int p = 0; p < np; p++) for (int i = 0; i < n; i++) panelTotal[p] += gl.Weights[i] * f[p][i].Total * inv;

        Span<double> coeff = stackalloc double[n];
        for (int k = 0; k < e.Length; k++)
        {
            double x = e[k], ezMin = x + m * m / (4 * x);
            bool above = x > 0.5 * m;
            var acc = new Accumulator(x, m, inv, fracNu.AsSpan(k * nc, nc), fracBar.AsSpan(k * nc, nc));
            for (int p = 0; p < np; p++)
            {
                var panel = panels[p];
                var (pLo, pHi) = panel.Range;
                if (pHi <= ezMin) { if (above) acc.CumNu += panelTotal[p]; continue; }
                if (pLo >= ezMin)
                {
                    for (int i = 0; i < n; i++) acc.Add(panel.Energy(gl.Nodes[i]), gl.Weights[i], f[p][i]);
                    continue;
                }
                // split at t_k: the side with E_Z < E_Z^min contributes only when E* is above the support
                double tk = panel.T(ezMin);
                double tInLo = panel.Ascending ? tk : -1, tInHi = panel.Ascending ? 1 : tk;
                double tOutLo = panel.Ascending ? -1 : tk, tOutHi = panel.Ascending ? tk : 1;
                for (int i = 0; i < n; i++)
                {
                    double t = 0.5 * (tInLo + tInHi) + 0.5 * (tInHi - tInLo) * gl.Nodes[i];
                    acc.Add(panel.Energy(t), 0.5 * (tInHi - tInLo) * gl.Weights[i], Interpolate(bary, f[p], t, coeff));
                    if (above)
                    {
                        double u = 0.5 * (tOutLo + tOutHi) + 0.5 * (tOutHi - tOutLo) * gl.Nodes[i];
                        acc.CumNu += 0.5 * (tOutHi - tOutLo) * gl.Weights[i] * Interpolate(bary, f[p], u, coeff).Total * inv;
                    }
                }
            }
            cNu[k] = acc.CumNu; cBar[k] = acc.CumNu + acc.CumBarExtra; dNu[k] = acc.DensNu; dBar[k] = acc.DensBar;
            Normalise(fracNu.AsSpan(k * nc, nc), acc.DensNu);
            Normalise(fracBar.AsSpan(k * nc, nc), acc.DensBar);
        }
        return (Build(lo, e, cNu, dNu, fracNu), Build(lo, e, cBar, dBar, fracBar));
    }

    static ZDecaySpectrum Build(double lo, double[] e, double[] c, double[] d, double[] fractions)
    {
        for (int i = 1; i < c.Length; i++) c[i] = Math.Max(c[i], c[i - 1]); // rounding-level monotonicity
        return new ZDecaySpectrum(ContinuousSpectrum.FromTable(lo, e, c, d), fractions);
    }

    static void Normalise(Span<double> frac, double total)
    {
        if (total > 0) for (int i = 0; i < frac.Length; i++) frac[i] /= total;
        else { frac.Clear(); frac[0] = 1; }
    }

    static HelicityRates Interpolate(Numerics.Barycentric bary, HelicityRates[] values, double t, Span<double> coeff)
    {
        bary.Coefficients(t, coeff);
        double l = 0, p = 0, mi = 0;
        for (int i = 0; i < coeff.Length; i++) { l += coeff[i] * values[i].Longitudinal; p += coeff[i] * values[i].Plus; mi += coeff[i] * values[i].Minus; }
        return new HelicityRates(l, p, mi);
    }

    /// <summary>Accumulates, at one meson-frame energy E*, the contributions of Z′ energies E_Z with weight w·F_λ.</summary>
    ref struct Accumulator(double x, double m, double inv, Span<double> fracNu, Span<double> fracBar)
    {
        readonly Span<double> _fracNu = fracNu, _fracBar = fracBar;
        public double CumNu, CumBarExtra, DensNu, DensBar;

        public void Add(double ez, double weight, HelicityRates fl)
        {
            double q = Math.Sqrt(Math.Max(ez * ez - m * m, 0));
            double wl = weight * inv;
            if (q <= 0) { if (x > 0.5 * m) CumNu += wl * fl.Total; return; }
            double cc = (2 * x - ez) / q;
            if (cc >= 1) { CumNu += wl * fl.Total; return; }
            if (cc <= -1) return;
            double cn = 0, cb = 0, dn = 0, db = 0;
            foreach (int lambda in HelicityRates.Helicities)
            {
                double r = fl[lambda];
                cn += r * ZPrimeAngularDistribution.Cumulative(lambda, cc);
                cb += r * ZPrimeAngularDistribution.Cumulative(lambda, cc, anti: true);
                dn += r * ZPrimeAngularDistribution.Density(lambda, cc);
                db += r * ZPrimeAngularDistribution.Density(lambda, cc, anti: true);
            }
            CumNu += wl * cn;
            CumBarExtra += wl * (cb - cn);
            double scale = wl * 2 / q;
            DensNu += scale * dn;
            DensBar += scale * db;
            int cls = DecayLengthClasses.Of((ez - m * m / (4 * x)) / x);
            _fracNu[cls] += scale * dn;
            _fracBar[cls] += scale * db;
        }
    }
}
