using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Spectra;

/// <summary>Numerical resolution of the per-channel Z′ spectra (convergence study: SpectraConvergenceTests).</summary>
/// <param name="Dalitz">Node counts of the Dalitz integrals behind the spectra.</param>
/// <param name="NodesPerDecade">Geometric tabulation nodes per decade of meson-frame neutrino energy.</param>
/// <param name="ZNodes">Nodes per E_Z′ panel (up to 3 panels) for the Z′ → νν̄ folding.</param>
public sealed record SpectrumResolution(DalitzQuadrature Dalitz, int NodesPerDecade, int ZNodes)
{
    public static readonly SpectrumResolution Default = new(new DalitzQuadrature(32, 10), 16, 20);
    public static readonly SpectrumResolution Reference = new(new DalitzQuadrature(96, 24), 64, 48);
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
        // the primary density vanishes like E_ν² at E_ν → 0, so the cumulative below 1e-4·E_max is < 1e-12
        Primary = ContinuousSpectrum.FromDensity(e => decay.NeutrinoSpectrum(e) * inv, 0, decay.NeutrinoEnergyMax, res.NodesPerDecade, 1e-4);
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

        // the panel nodes as energies, |q| and weighted integrands (per three-body decay)
        var ez = new double[np * n]; var qz = new double[np * n]; var wf = new HelicityRates[np * n];
        for (int p = 0; p < np; p++)
            for (int i = 0; i < n; i++)
            {
                double z = panels[p].Energy(gl.Nodes[i]);
                ez[p * n + i] = z;
                qz[p * n + i] = Math.Sqrt(Math.Max(z * z - m * m, 0));
                wf[p * n + i] = (gl.Weights[i] * inv) * f[p][i];
            }
        int nSub = Math.Max(8, n / 2);
        var sub = Numerics.Quadrature.GaussLegendre(nSub);
        Span<double> coeff = stackalloc double[n];
        for (int k = 0; k < e.Length; k++)
        {
            double x = e[k], ezMin = x + m * m / (4 * x);
            bool above = x > 0.5 * m;
            var acc = new Accumulator(x, m, fracNu.AsSpan(k * nc, nc), fracBar.AsSpan(k * nc, nc));
            for (int p = 0; p < np; p++)
            {
                var panel = panels[p];
                var (pLo, pHi) = panel.Range;
                if (pHi <= ezMin) { if (above) acc.CumNu += panelTotal[p]; continue; }
                if (pLo >= ezMin)
                {
                    for (int i = p * n; i < (p + 1) * n; i++) acc.Add(ez[i], qz[i], wf[i]);
                    continue;
                }
                // split at t_k: the part with E_Z ≥ E_Z^min by nSub Gauss–Legendre nodes on the interpolated
                // integrand; the part below contributes its plain integral (panel total − part above) when E* lies
                // above the support there
                double tk = panel.T(ezMin);
                double tLo = panel.Ascending ? tk : -1, tHi = panel.Ascending ? 1 : tk;
                double half = 0.5 * (tHi - tLo), insideTotal = 0;
                for (int i = 0; i < nSub; i++)
                {
                    double t = 0.5 * (tLo + tHi) + half * sub.Nodes[i];
                    var fi = (half * sub.Weights[i] * inv) * Interpolate(bary, f[p], t, coeff);
                    double z = panel.Energy(t);
                    acc.Add(z, Math.Sqrt(Math.Max(z * z - m * m, 0)), fi);
                    insideTotal += fi.Total;
                }
                if (above) acc.CumNu += panelTotal[p] - insideTotal;
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

    /// <summary>
    /// Accumulates, at one meson-frame energy E*, the contributions of Z′ energies E_Z with weights w·F_λ: the exact
    /// cumulative and density of the boosted decay distributions of §5.2. The ν̄ of helicity ±1 is distributed as the
    /// ν of ∓1 (back to back), so both follow from the same three polynomials.
    /// </summary>
    ref struct Accumulator(double x, double m, Span<double> fracNu, Span<double> fracBar)
    {
        readonly Span<double> _fracNu = fracNu, _fracBar = fracBar;
        public double CumNu, CumBarExtra, DensNu, DensBar;

        public void Add(double ez, double q, HelicityRates wf)
        {
            if (q <= 0) { if (x > 0.5 * m) CumNu += wf.Total; return; }
            double c = (2 * x - ez) / q;
            if (c >= 1) { CumNu += wf.Total; return; }
            if (c <= -1) return;
            double a = 1 - c, b = 1 + c;
            // cumulatives W_λ(c) and densities w_λ(c) of the neutrino, λ = +1, 0, −1
            double wPlus = 1 - a * a * a / 8, w0 = (2 + 3 * c - c * c * c) / 4, wMinus = b * b * b / 8;
            double dPlus = 0.375 * a * a, d0 = 0.75 * a * b, dMinus = 0.375 * b * b;
            double l = wf.Longitudinal, p = wf.Plus, mi = wf.Minus;
            double cn = l * w0 + p * wPlus + mi * wMinus;
            double cb = l * w0 + p * wMinus + mi * wPlus;
            CumNu += cn;
            CumBarExtra += cb - cn;
            double s = 2 / q;
            double dn = s * (l * d0 + p * dPlus + mi * dMinus);
            double db = s * (l * d0 + p * dMinus + mi * dPlus);
            DensNu += dn;
            DensBar += db;
            int cls = DecayLengthClasses.Of((ez - m * m / (4 * x)) / x);
            _fracNu[cls] += dn;
            _fracBar[cls] += db;
        }
    }
}
