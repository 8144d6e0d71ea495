using SecretNu.Decays;

namespace SecretNu.Spectra;

/// <summary>
/// Eq. (5.1) for P_dec = 1: the meson-frame spectra of the ν and ν̄ from Z′ → νν̄, folded from dΓ_λ/dE_Z′ on the
/// Gauss–Legendre nodes of the E_Z′ panels. At each tabulation energy E* it gives the cumulative
/// C(E*) = ∫dE_Z ρ̂ Σ_λ F_λ(E*; E_Z) and the density f(E*) = ∫dE_Z ρ̂ Σ_λ (2/|q|) w_λ(c), c = (2E* − E_Z)/|q|, where
/// F_λ is the exact cumulative of the boosted decay distribution of §5.2 (0 below its support, 1 above) and
/// ρ̂ = (1/Γ₃) dΓ_λ/dE_Z′; and the fractions of the density in each <see cref="DecayLengthClasses"/> class.
/// <para>Both integrands have a kink or a jump at E_Z^min(E*) = E* + M²/(4E*), where E* enters the support of a Z′ of
/// energy E_Z: Z′ below it contribute 1 (E* &gt; M/2) or 0 to the cumulative and nothing to the density; the panel
/// that contains it is split there and its upper part integrated with Gauss–Legendre nodes on the interpolated
/// (barycentric) panel integrand; the panels above contribute their own nodes. The nodes are kept sorted by E_Z, so
/// the Z′ that contribute at E* are one contiguous run, along which r = (E_Z − M²/(4E*))/E* grows: the decay-length
/// class is found by a sweep over the class edges instead of per node.</para>
/// </summary>
static class ZDecayFold
{
    public static (ZDecaySpectrum Nu, ZDecaySpectrum NuBar) Fold(IReadOnlyList<EnergyPanel> panels, HelicityRates[][] f,
        double inv, double m, double ezMax, SpectrumResolution res)
    {
        double qMax = Math.Sqrt(ezMax * ezMax - m * m);
        double hi = 0.5 * (ezMax + qMax), lo = m * m / (2 * (ezMax + qMax));
        var e = EnergyNodes.DoubleLog(lo, hi, res.NodesPerDecade, ContinuousSpectrum.DefaultDynamicRange, res.EndResolution, res.LinearNodes, kink: 0.5 * m);
        int nc = DecayLengthClasses.Count;
        var table = new NodeTable(panels, f, inv, m, res.ZNodes);
        var cNu = new double[e.Length]; var cBar = new double[e.Length];
        var dNu = new double[e.Length]; var dBar = new double[e.Length];
        var fracNu = new double[e.Length * nc]; var fracBar = new double[e.Length * nc];

        int nSub = Math.Max(8, res.ZNodes / 2);
        var sub = Numerics.Quadrature.GaussLegendre(nSub);
        Span<double> sEz = stackalloc double[nSub], sIq = stackalloc double[nSub];
        Span<double> sL = stackalloc double[nSub], sP = stackalloc double[nSub], sM = stackalloc double[nSub];
        for (int k = 0; k < e.Length; k++)
        {
            double x = e[k], shift = m * m / (4 * x), ezMin = x + shift;
            bool above = x > 0.5 * m;
            var acc = new Accumulator(x, m, shift, fracNu.AsSpan(k * nc, nc), fracBar.AsSpan(k * nc, nc));
            int j = 0;
            while (j < table.Panels && table.Hi[j] <= ezMin) j++;
            if (above) acc.CumNu += table.TotalBelow[j];
            if (j < table.Panels && table.Lo[j] < ezMin)
            {
                // the split panel: its part above E_Z^min by nSub Gauss–Legendre nodes, in ascending E_Z; the part
                // below contributes its plain integral (panel total − part above) when E* lies above its support
                var panel = table.Panel[j];
                double tk = panel.T(ezMin);
                double tLo = panel.Ascending ? tk : -1, tHi = panel.Ascending ? 1 : tk;
                double mid = 0.5 * (tLo + tHi), half = 0.5 * (tHi - tLo), insideTotal = 0;
                for (int i = 0; i < nSub; i++)
                {
                    int o = panel.Ascending ? i : nSub - 1 - i;
                    double t = mid + half * sub.Nodes[o];
                    var fi = (half * sub.Weights[o] * inv) * Interpolate(table.Bary, f[table.Source[j]], t);
                    double z = panel.Energy(t);
                    sEz[i] = z; sIq[i] = InverseMomentum(z, m);
                    sL[i] = fi.Longitudinal; sP[i] = fi.Plus; sM[i] = fi.Minus;
                    insideTotal += fi.Total;
                }
                acc.Add(sEz, sIq, sL, sP, sM);
                if (above) acc.CumNu += table.PanelTotal[j] - insideTotal;
                j++;
            }
            if (j < table.Panels)
            {
                int from = table.Start[j];
                acc.Add(table.Ez.AsSpan(from), table.InvQ.AsSpan(from), table.L.AsSpan(from), table.P.AsSpan(from), table.M.AsSpan(from));
            }
            acc.Flush();
            cNu[k] = acc.CumNu; cBar[k] = acc.CumNu + acc.CumBarExtra; dNu[k] = acc.DensNu; dBar[k] = acc.DensBar;
            Normalise(fracNu.AsSpan(k * nc, nc), acc.DensNu);
            Normalise(fracBar.AsSpan(k * nc, nc), acc.DensBar);
        }
        return (Build(lo, e, cNu, dNu, fracNu), Build(lo, e, cBar, dBar, fracBar));
    }

    /// <summary>1/|q| of a Z′ of energy E_Z (0 at or below threshold, where the Z′ is at rest).</summary>
    static double InverseMomentum(double ez, double m)
    {
        double q2 = ez * ez - m * m;
        return q2 > 0 ? 1 / Math.Sqrt(q2) : 0;
    }

    static ZDecaySpectrum Build(double lo, double[] e, double[] c, double[] d, double[] fractions)
    {
        for (int i = 1; i < c.Length; i++) c[i] = Math.Max(c[i], c[i - 1]); // rounding-level monotonicity
        return new ZDecaySpectrum(ContinuousSpectrum.FromTable(lo, e, c, d), fractions);
    }

    static void Normalise(Span<double> frac, double total)
    {
        if (total > 0) { double r = 1 / total; for (int i = 0; i < frac.Length; i++) frac[i] *= r; }
        else { frac.Clear(); frac[0] = 1; }
    }

    /// <summary>The three helicity components interpolated at t in one barycentric pass (the formula of
    /// <see cref="Numerics.Barycentric.Interpolate"/>).</summary>
    static HelicityRates Interpolate(Numerics.Barycentric bary, HelicityRates[] values, double t)
    {
        var x = bary.Nodes; var w = bary.Weights;
        double den = 0, l = 0, p = 0, mi = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double d = t - x[i];
            if (d == 0) return values[i];
            double c = w[i] / d;
            den += c; l += c * values[i].Longitudinal; p += c * values[i].Plus; mi += c * values[i].Minus;
        }
        double r = 1 / den;
        return new HelicityRates(l * r, p * r, mi * r);
    }

    /// <summary>
    /// The panel nodes in ascending E_Z (panels ordered by their ranges, which do not overlap; descending panels
    /// reversed), as columns: E_Z, 1/|q| and the quadrature-weighted integrands per three-body decay; per panel its
    /// range, first node, total and the total of all panels below it.
    /// </summary>
    sealed class NodeTable
    {
        public readonly int Panels;
        public readonly double[] Ez, InvQ, L, P, M;
        public readonly int[] Start, Source;
        public readonly double[] Lo, Hi, PanelTotal, TotalBelow;
        public readonly EnergyPanel[] Panel;
        public readonly Numerics.Barycentric Bary;

        public NodeTable(IReadOnlyList<EnergyPanel> panels, HelicityRates[][] f, double inv, double m, int n)
        {
            Panels = panels.Count;
            var gl = Numerics.Quadrature.GaussLegendre(n);
            Bary = Numerics.Barycentric.GaussLegendre(n);
            Source = Enumerable.Range(0, Panels).OrderBy(p => panels[p].Range.Lo).ToArray();
            Panel = Source.Select(p => panels[p]).ToArray();
            Ez = new double[Panels * n]; InvQ = new double[Panels * n];
            L = new double[Panels * n]; P = new double[Panels * n]; M = new double[Panels * n];
            Start = new int[Panels]; Lo = new double[Panels]; Hi = new double[Panels];
            PanelTotal = new double[Panels]; TotalBelow = new double[Panels + 1];
            for (int j = 0; j < Panels; j++)
            {
                var panel = Panel[j];
                (Lo[j], Hi[j]) = panel.Range;
                Start[j] = j * n;
                for (int i = 0; i < n; i++)
                {
                    int o = panel.Ascending ? i : n - 1 - i, at = j * n + i;
                    double z = panel.Energy(gl.Nodes[o]);
                    var w = (gl.Weights[o] * inv) * f[Source[j]][o];
                    Ez[at] = z; InvQ[at] = InverseMomentum(z, m);
                    L[at] = w.Longitudinal; P[at] = w.Plus; M[at] = w.Minus;
                    PanelTotal[j] += w.Total;
                }
                TotalBelow[j + 1] = TotalBelow[j] + PanelTotal[j];
            }
        }
    }

    /// <summary>
    /// Accumulates, at one meson-frame energy E* = x, the contributions of Z′ given in ascending E_Z: the exact
    /// cumulative and density of the boosted decay distributions of §5.2 and the density per decay-length class. The
    /// ν̄ of helicity ±1 is distributed as the ν of ∓1 (back to back).
    /// </summary>
    ref struct Accumulator(double x, double m, double shift, Span<double> fracNu, Span<double> fracBar)
    {
        readonly Span<double> _fracNu = fracNu, _fracBar = fracBar;
        public double CumNu, CumBarExtra, DensNu, DensBar;
        int _class = -1;
        double _nextEdge, _runNu, _runBar;

        /// <summary>Adds Z′ of energies ez (ascending, each ≥ E_Z^min up to rounding) with 1/|q| = iq (0 for a Z′ at
        /// rest) and weighted helicity integrands l, p, mi.</summary>
        public void Add(scoped ReadOnlySpan<double> ez, scoped ReadOnlySpan<double> iq, scoped ReadOnlySpan<double> l, scoped ReadOnlySpan<double> p,
            scoped ReadOnlySpan<double> mi)
        {
            if (ez.IsEmpty) return;
            if (_class < 0) { _class = DecayLengthClasses.Of((ez[0] - shift) / x); _nextEdge = NextEdge(_class); }
            double twoX = 2 * x, cum = 0, barExtra = 0, densNu = 0, densBar = 0, runNu = _runNu, runBar = _runBar, next = _nextEdge;
            int cls = _class;
            iq = iq[..ez.Length]; l = l[..ez.Length]; p = p[..ez.Length]; mi = mi[..ez.Length];
            for (int j = 0; j < ez.Length; j++)
            {
                double z = ez[j];
                // r = (E_Z − M²/(4E*))/E* crosses a class edge: book the run so far to its class
                while (z >= next) { _fracNu[cls] += runNu; _fracBar[cls] += runBar; runNu = runBar = 0; next = NextEdge(++cls); }
                double lj = l[j], pj = p[j], mj = mi[j], inv = iq[j];
                if (inv == 0) { if (twoX > m) cum += lj + pj + mj; continue; }
                double c = (twoX - z) * inv;
                if (c >= 1) { cum += lj + pj + mj; continue; }
                if (c <= -1) continue;
                double a = 1 - c, b = 1 + c, ab = a * b;
                // cumulatives of the ν: W₊ = 1 − a³/8, W₀ = (2 + 3c − c³)/4, W₋ = b³/8; the ν̄ swaps ±, so its
                // excess over the ν is (p − mi)(W₋ − W₊) = −¾(p − mi)(1 − c²)
                cum += lj * (0.25 * (2 + c * (3 - c * c))) + pj * (1 - 0.125 * a * a * a) + mj * (0.125 * b * b * b);
                barExtra -= 0.75 * (pj - mj) * ab;
                // densities (2/|q|) w_λ(c): w₊ = ⅜a², w₀ = ¾ab, w₋ = ⅜b² (ν̄: ± swapped)
                double s = 0.75 * inv, common = 2 * lj * ab;
                double dn = s * (common + pj * a * a + mj * b * b);
                double db = s * (common + pj * b * b + mj * a * a);
                densNu += dn; densBar += db; runNu += dn; runBar += db;
            }
            CumNu += cum; CumBarExtra += barExtra; DensNu += densNu; DensBar += densBar;
            _runNu = runNu; _runBar = runBar; _nextEdge = next; _class = cls;
        }

        /// <summary>E_Z at which r reaches the upper edge of class c (+∞ for the last class, which takes all r beyond).</summary>
        readonly double NextEdge(int c) => c + 1 < DecayLengthClasses.Count ? shift + x * DecayLengthClasses.LowerEdge(c + 1) : double.PositiveInfinity;

        /// <summary>Books the last run.</summary>
        public void Flush()
        {
            if (_class >= 0) { _fracNu[_class] += _runNu; _fracBar[_class] += _runBar; }
            _runNu = _runBar = 0;
        }
    }
}
