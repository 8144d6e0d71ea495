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
/// classes are found by a sweep over the class edges. Each node stands for its quadrature cell (the E_Z′ range whose
/// width in the panel variable is its weight), and a cell that a class edge cuts is shared between the two classes by
/// integrating a linear profile of the density over the cell (its mean from the node, its slope from the neighbouring
/// cells, limited to stay ≥ 0): booking whole nodes made the class fractions jump by up to 0.14 from node to node (a
/// class is a quarter decade in r, about three nodes), a flat profile left errors of up to 0.01, this one ≤ 6e-3
/// (DecayLengthClassOracleTests).</para>
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
        var (boundaryStencil, boundaryWeights) = CellBoundaryInterpolation(sub);
        Span<double> sEz = stackalloc double[nSub], sIq = stackalloc double[nSub], sHi = stackalloc double[nSub];
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
                // the nodes' cells: the weight cells of the sub-rule, whose boundaries (in t) between nodes are mapped
                // to E_Z′ by cubic interpolation of the nodes' energies (a linear one triples the class-split error, the
                // exact map a transcendental per boundary)
                for (int i = 0; i < nSub - 1; i++)
                {
                    int o = panel.Ascending ? i : nSub - 2 - i, k0 = boundaryStencil[o];
                    double eb = 0;
                    for (int q = 0; q < 4; q++) eb += boundaryWeights[4 * o + q] * sEz[panel.Ascending ? k0 + q : nSub - 1 - k0 - q];
                    sHi[i] = eb;
                }
                sHi[nSub - 1] = table.Hi[j];
                acc.Start(ezMin);
                acc.Add(sEz, sIq, sL, sP, sM, sHi);
                if (above) acc.CumNu += table.PanelTotal[j] - insideTotal;
                j++;
            }
            if (j < table.Panels)
            {
                int from = table.Start[j];
                acc.Start(table.Lo[j]);
                acc.Add(table.Ez.AsSpan(from), table.InvQ.AsSpan(from), table.L.AsSpan(from), table.P.AsSpan(from), table.M.AsSpan(from),
                    table.CellHi.AsSpan(from));
            }
            acc.Flush();
            cNu[k] = acc.CumNu; cBar[k] = acc.CumNu + acc.CumBarExtra; dNu[k] = acc.DensNu; dBar[k] = acc.DensBar;
            Normalise(fracNu.AsSpan(k * nc, nc), acc.DensNu);
            Normalise(fracBar.AsSpan(k * nc, nc), acc.DensBar);
        }
        return (Build(lo, e, cNu, dNu, fracNu), Build(lo, e, cBar, dBar, fracBar));
    }

    /// <summary>
    /// The boundaries of the weight cells of a Gauss–Legendre rule, b_i = −1 + Σ_(k≤i) w_k between nodes i and i + 1,
    /// as cubic Lagrange interpolation from the four nearest nodes: the first node of each stencil and the four weights.
    /// </summary>
    static (int[] Stencil, double[] Weights) CellBoundaryInterpolation(Numerics.Quadrature rule)
    {
        int n = rule.Count;
        var stencil = new int[n - 1];
        var weights = new double[4 * (n - 1)];
        var cells = WeightCells(rule);
        for (int i = 0; i < n - 1; i++)
        {
            double b = cells[i + 1];
            int k0 = Math.Clamp(i - 1, 0, n - 4);
            stencil[i] = k0;
            for (int q = 0; q < 4; q++)
            {
                double w = 1;
                for (int r = 0; r < 4; r++)
                    if (r != q) w *= (b - rule.Nodes[k0 + r]) / (rule.Nodes[k0 + q] - rule.Nodes[k0 + r]);
                weights[4 * i + q] = w;
            }
        }
        return (stencil, weights);
    }

    /// <summary>The weight cells of a Gauss–Legendre rule on [−1, 1]: boundaries −1 + Σ_(k&lt;i) w_k, i = 0 … n (node i
    /// lies in cell [b_i, b_(i+1)], whose width is its weight).</summary>
    static double[] WeightCells(Numerics.Quadrature rule)
    {
        var b = new double[rule.Count + 1];
        b[0] = -1;
        for (int i = 0; i < rule.Count; i++) b[i + 1] = b[i] + rule.Weights[i];
        return b;
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

    /// <summary>The three helicity components interpolated at t in one barycentric pass:
    /// p(t) = Σ w_i f_i/(t − t_i) / Σ w_i/(t − t_i) (<see cref="Numerics.Barycentric.Weights"/>).</summary>
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
    /// range, first node, total and the total of all panels below it; and each node's cell: the E_Z range whose width in
    /// the panel variable t is its weight (cells tile each panel), given by its upper end.
    /// </summary>
    sealed class NodeTable
    {
        public readonly int Panels;
        public readonly double[] Ez, InvQ, L, P, M, CellHi;
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
            L = new double[Panels * n]; P = new double[Panels * n]; M = new double[Panels * n]; CellHi = new double[Panels * n];
            var cells = WeightCells(gl);
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
                    CellHi[at] = i == n - 1 ? Hi[j] : panel.Energy(panel.Ascending ? cells[o + 1] : cells[o]);
                    PanelTotal[j] += w.Total;
                }
                TotalBelow[j + 1] = TotalBelow[j] + PanelTotal[j];
            }
        }
    }

    /// <summary>
    /// Accumulates, at one meson-frame energy E* = x, the contributions of Z′ given in ascending E_Z: the exact
    /// cumulative and density of the boosted decay distributions of §5.2, and the density per decay-length class of
    /// r = (E_Z − M²/(4E*))/E*, by a sweep over the class edges E_Z = M²/(4E*) + E*·10^(k/4). A cell that an edge cuts
    /// is shared by a linear profile: mean from the node, slope from its neighbours (the next one computed ahead),
    /// limited to stay ≥ 0. The ν̄ of helicity ±1 is distributed as the ν of ∓1 (back to back).
    /// </summary>
    ref struct Accumulator(double x, double m, double shift, Span<double> fracNu, Span<double> fracBar)
    {
        readonly Span<double> _fracNu = fracNu, _fracBar = fracBar;
        public double CumNu, CumBarExtra, DensNu, DensBar;
        int _class = -1;
        double _nextEdge, _runNu, _runBar, _cellLo;
        Cell _previous; // the last cell added (for the slope), empty at first

        /// <summary>Begins a run of contiguous cells at E_Z = lower (the first run fixes the starting class).</summary>
        public void Start(double lower)
        {
            _cellLo = lower;
            if (_class >= 0) return;
            _class = DecayLengthClasses.Of((lower - shift) / x);
            _nextEdge = NextEdge(_class);
        }

        /// <summary>Adds Z′ of energies ez (ascending, each ≥ E_Z^min up to rounding) with 1/|q| = iq (0 for a Z′ at
        /// rest), weighted helicity integrands l, p, mi and cells ending at cellHi (each cell starts where the previous
        /// one ends, the first at <see cref="Start"/>).</summary>
        public void Add(scoped ReadOnlySpan<double> ez, scoped ReadOnlySpan<double> iq, scoped ReadOnlySpan<double> l, scoped ReadOnlySpan<double> p,
            scoped ReadOnlySpan<double> mi, scoped ReadOnlySpan<double> cellHi)
        {
            double twoX = 2 * x, cum = 0, barExtra = 0, densNu = 0, densBar = 0, runNu = _runNu, runBar = _runBar;
            double next = _nextEdge, lo = _cellLo;
            double start = lo;
            int n = ez.Length;
            iq = iq[..n]; l = l[..n]; p = p[..n]; mi = mi[..n]; cellHi = cellHi[..n];
            for (int j = 0; j < n; j++)
            {
                double hi = cellHi[j], lj = l[j], pj = p[j], mj = mi[j], inv = iq[j], dn = 0, db = 0;
                // c = cosθ of the ν that reaches E* (a Z′ at rest puts all its neutrinos at M/2)
                double c = inv != 0 ? (twoX - ez[j]) * inv : twoX > m ? 1 : -1;
                if (c >= 1) cum += lj + pj + mj; // all of its neutrinos lie below E*
                else if (c > -1)
                {
                    double a = 1 - c, b = 1 + c, ab = a * b;
                    // cumulatives of the ν: W₊ = 1 − a³/8, W₀ = (2 + 3c − c³)/4, W₋ = b³/8; the ν̄ swaps ±, so
                    // its excess over the ν is (p − mi)(W₋ − W₊) = −¾(p − mi)(1 − c²)
                    cum += lj * (0.25 * (2 + c * (3 - c * c))) + pj * (1 - 0.125 * a * a * a) + mj * (0.125 * b * b * b);
                    barExtra -= 0.75 * (pj - mj) * ab;
                    // densities (2/|q|) w_λ(c): w₊ = ⅜a², w₀ = ¾ab, w₋ = ⅜b² (ν̄: ± swapped)
                    double s = 0.75 * inv, common = 2 * lj * ab;
                    dn = s * (common + pj * a * a + mj * b * b);
                    db = s * (common + pj * b * b + mj * a * a);
                    densNu += dn; densBar += db;
                }
                if (next < hi)
                {
                    // a class edge cuts this cell: the next cell's densities, computed ahead, give the slope
                    var after = j + 1 < n
                        ? new Cell(hi, cellHi[j + 1], Density(twoX, ez[j + 1], iq[j + 1], l[j + 1], p[j + 1], mi[j + 1]))
                        : default;
                    // (through the fields: locals passed by reference would stay in memory for the whole loop)
                    _nextEdge = next; _runNu = runNu; _runBar = runBar;
                    var before = j > 0
                        ? new Cell(j > 1 ? cellHi[j - 2] : start, lo, Density(twoX, ez[j - 1], iq[j - 1], l[j - 1], p[j - 1], mi[j - 1]))
                        : _previous;
                    Split(new Cell(lo, hi, dn, db), before, after);
                    next = _nextEdge; runNu = _runNu; runBar = _runBar;
                }
                else { runNu += dn; runBar += db; }
                lo = hi;
            }
            CumNu += cum; CumBarExtra += barExtra; DensNu += densNu; DensBar += densBar;
            _runNu = runNu; _runBar = runBar; _nextEdge = next; _cellLo = lo;
            if (n > 0) _previous = new Cell(n > 1 ? cellHi[n - 2] : start, lo, Density(twoX, ez[n - 1], iq[n - 1], l[n - 1], p[n - 1], mi[n - 1]));
        }

        /// <summary>A quadrature cell [Lo, Hi] in E_Z′ with its ν and ν̄ densities (empty: Hi = Lo = 0).</summary>
        readonly record struct Cell(double Lo, double Hi, double Nu, double Bar)
        {
            public Cell(double lo, double hi, (double Nu, double Bar) d) : this(lo, hi, d.Nu, d.Bar) { }
            public double Width => Hi - Lo;
            public double Centre => 0.5 * (Lo + Hi);
        }

        /// <summary>Books the cell across the class edges inside it, with linear profiles whose slopes come from the
        /// neighbouring cells (central where both exist), limited to stay ≥ 0.</summary>
        void Split(Cell cell, Cell before, Cell after)
        {
            double next = _nextEdge, runNu = _runNu, runBar = _runBar;
            double sNu = Slope(cell, before, after, cell.Nu, before.Nu, after.Nu);
            double sBar = Slope(cell, before, after, cell.Bar, before.Bar, after.Bar);
            double at = cell.Lo;
            do
            {
                double cut = Math.Min(Math.Max(next, at), cell.Hi);
                _fracNu[_class] += runNu + Part(cell, cell.Nu, sNu, at, cut);
                _fracBar[_class] += runBar + Part(cell, cell.Bar, sBar, at, cut);
                runNu = runBar = 0;
                at = cut;
                next = NextEdge(++_class);
            } while (next < cell.Hi);
            _runNu = runNu + Part(cell, cell.Nu, sNu, at, cell.Hi);
            _runBar = runBar + Part(cell, cell.Bar, sBar, at, cell.Hi);
            _nextEdge = next;
        }

        static double Slope(Cell cell, Cell before, Cell after, double d, double dBefore, double dAfter)
        {
            if (!(cell.Width > 0 && d > 0)) return 0;
            bool hasBefore = before.Width > 0, hasAfter = after.Width > 0;
            if (!hasBefore && !hasAfter) return 0;
            double rhoA = hasBefore ? dBefore / before.Width : d / cell.Width, xA = hasBefore ? before.Centre : cell.Centre;
            double rhoB = hasAfter ? dAfter / after.Width : d / cell.Width, xB = hasAfter ? after.Centre : cell.Centre;
            double limit = 2 * d / (cell.Width * cell.Width);
            return Math.Clamp((rhoB - rhoA) / (xB - xA), -limit, limit);
        }

        /// <summary>∫ over [a, b] ⊂ cell of the profile with mean total/width and slope s about the centre.</summary>
        static double Part(Cell cell, double total, double s, double a, double b)
        {
            double h = cell.Width, mid = cell.Centre;
            if (!(h > 0)) return a == cell.Lo && b == cell.Hi ? total : 0;
            return total / h * (b - a) + 0.5 * s * ((b - mid) * (b - mid) - (a - mid) * (a - mid));
        }

        /// <summary>ν and ν̄ densities (2/|q|) Σ_λ w_λ(c)·weight of a Z′ at E*, c = (2E* − E_Z)/|q|: w₊ = ⅜a²,
        /// w₀ = ¾ab, w₋ = ⅜b² with a = 1 − c, b = 1 + c (ν̄: ± swapped); zero outside −1 &lt; c &lt; 1.</summary>
        static (double Nu, double Bar) Density(double twoX, double ez, double iq, double l, double p, double mi)
        {
            double c = (twoX - ez) * iq;
            if (iq == 0 || !(c > -1 && c < 1)) return (0, 0);
            double a = 1 - c, b = 1 + c, s = 0.75 * iq, common = 2 * l * a * b;
            return (s * (common + p * a * a + mi * b * b), s * (common + p * b * b + mi * a * a));
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
