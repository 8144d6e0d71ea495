using System.Collections.Concurrent;
using System.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;
using SecretNu.Decays;
using SecretNu.Physics;
using SecretNu.Tests.Oracles;
using Xunit.Abstractions;

namespace SecretNu.Tests.Decays;

/// <summary>Self-checks of the Dirac-matrix oracle itself (representation, spinors, polarisation vectors).</summary>
public class DiracOracleSelfTests
{
    static double MaxAbs(Complex[,] a) { double m = 0; foreach (var z in a) m = Math.Max(m, z.Magnitude); return m; }

    [Fact]
    public void GammaMatricesSatisfyCliffordAlgebra()
    {
        double[] metric = [1, -1, -1, -1];
        for (int mu = 0; mu < 4; mu++)
        {
            for (int nu = 0; nu < 4; nu++)
            {
                var anti = DiracAmplitude.Add(DiracAmplitude.Mul(DiracAmplitude.Gamma[mu], DiracAmplitude.Gamma[nu]),
                    DiracAmplitude.Mul(DiracAmplitude.Gamma[nu], DiracAmplitude.Gamma[mu]), 1);
                var expected = mu == nu ? 2 * metric[mu] : 0.0;
                Assert.True(MaxAbs(DiracAmplitude.Add(anti, DiracAmplitude.Identity, -expected)) < 1e-15, $"{{γ{mu}, γ{nu}}}");
            }
            // γ5 anticommutes with every γ^μ
            var a5 = DiracAmplitude.Add(DiracAmplitude.Mul(DiracAmplitude.Gamma5, DiracAmplitude.Gamma[mu]),
                DiracAmplitude.Mul(DiracAmplitude.Gamma[mu], DiracAmplitude.Gamma5), 1);
            Assert.True(MaxAbs(a5) < 1e-15);
        }
        // γ5 = iγ⁰γ¹γ²γ³
        var g5 = DiracAmplitude.Mul(DiracAmplitude.Mul(DiracAmplitude.Gamma[0], DiracAmplitude.Gamma[1]),
            DiracAmplitude.Mul(DiracAmplitude.Gamma[2], DiracAmplitude.Gamma[3]));
        Assert.True(MaxAbs(DiracAmplitude.Add(DiracAmplitude.Gamma5, g5, -Complex.ImaginaryOne)) < 1e-15);
    }

    [Theory]
    [InlineData(0.105658, 0.3, -0.2, 0.25)]
    [InlineData(0.000511, 0.05, 0.12, -0.08)]
    [InlineData(0.0, 0.2, 0.1, -0.3)]
    public void SpinorsObeyDiracEquationAndSpinSums(double m, double px, double py, double pz)
    {
        var p = new FourVector(Math.Sqrt(m * m + px * px + py * py + pz * pz), px, py, pz);
        var pslash = DiracAmplitude.Slash(p.ToComplex());
        var sumU = new Complex[4, 4];
        var sumV = new Complex[4, 4];
        for (int spin = 0; spin < 2; spin++)
        {
            var u = DiracAmplitude.U(p, m, spin);
            var v = DiracAmplitude.V(p, m, spin);
            var du = DiracAmplitude.Mul(DiracAmplitude.Add(pslash, DiracAmplitude.Identity, -m), u); // (p̸ − m)u = 0
            var dv = DiracAmplitude.Mul(DiracAmplitude.Add(pslash, DiracAmplitude.Identity, m), v);  // (p̸ + m)v = 0
            Assert.All(du, z => Assert.True(z.Magnitude < 1e-15));
            Assert.All(dv, z => Assert.True(z.Magnitude < 1e-15));
            // Σ u ū and Σ v v̄, with ū = u†γ⁰
            var ubar = DiracAmplitude.Mul(DiracAmplitude.Gamma[0], u).Select(Complex.Conjugate).ToArray(); // γ⁰ is Hermitian
            var vbar = DiracAmplitude.Mul(DiracAmplitude.Gamma[0], v).Select(Complex.Conjugate).ToArray();
            for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) { sumU[i, j] += u[i] * ubar[j]; sumV[i, j] += v[i] * vbar[j]; }
        }
        Assert.True(MaxAbs(DiracAmplitude.Add(sumU, DiracAmplitude.Add(pslash, DiracAmplitude.Identity, m), -1)) < 1e-15); // p̸ + m
        Assert.True(MaxAbs(DiracAmplitude.Add(sumV, DiracAmplitude.Add(pslash, DiracAmplitude.Identity, -m), -1)) < 1e-15); // p̸ − m
    }

    /// <summary>ε(λ) must be an eigenvector of the spin-1 helicity operator (n̂·S)v = i n̂ × v with eigenvalue λ,
    /// transverse to q (ε·q = 0) and normalised (ε·ε* = −1). This pins the ± labels of the oracle independently of
    /// any decay formula.</summary>
    [Fact]
    public void PolarisationVectorsAreHelicityEigenstates()
    {
        var rng = new Random(7);
        for (int trial = 0; trial < 20; trial++)
        {
            // a physical K → μνZ′ point (E_ℓ, E_ν) from the phase-space sampler, random orientation
            var mc = new ThreeBodyPhaseSpaceMonteCarlo(0.493677, 0.1056584, 0.05, 100 + trial);
            var (el, enu, _, _) = mc.Next();
            var kin = new DecayKinematics(0.493677, 0.1056584, 0.05, el, enu,
                Math.Acos(2 * rng.NextDouble() - 1), 2 * Math.PI * rng.NextDouble(), 2 * Math.PI * rng.NextDouble());
            int[] lambdas = [0, 1, -1];
            for (int l = 0; l < 3; l++)
            {
                var e = kin.Polarisations[l];
                Complex[] v = [e[1], e[2], e[3]];
                double[] n = kin.N;
                Complex[] hv = [Complex.ImaginaryOne * (n[1] * v[2] - n[2] * v[1]),
                                Complex.ImaginaryOne * (n[2] * v[0] - n[0] * v[2]),
                                Complex.ImaginaryOne * (n[0] * v[1] - n[1] * v[0])];
                for (int i = 0; i < 3; i++) Assert.True((hv[i] - lambdas[l] * v[i]).Magnitude < 1e-14, $"helicity of ε(λ={lambdas[l]})");
                var q = kin.Z;
                Complex eq = e[0] * q.E - e[1] * q.X - e[2] * q.Y - e[3] * q.Z;
                Assert.True(eq.Magnitude < 1e-14 * q.E, "ε·q = 0");
                Complex ee = e[0] * Complex.Conjugate(e[0]) - e[1] * Complex.Conjugate(e[1]) - e[2] * Complex.Conjugate(e[2]) - e[3] * Complex.Conjugate(e[3]);
                Assert.True((ee + 1).Magnitude < 1e-13, "ε·ε* = −1");
            }
            // momentum balance and mass shells of the constructed point
            var sum = kin.Lepton + kin.Neutrino + kin.Z;
            Assert.True(Math.Abs(sum.E - 0.493677) < 1e-15 && Math.Abs(sum.X) + Math.Abs(sum.Y) + Math.Abs(sum.Z) < 1e-15);
            Assert.True(Math.Abs(kin.Lepton.Dot(kin.Lepton) - 0.1056584 * 0.1056584) < 1e-14);
            Assert.True(Math.Abs(kin.Neutrino.Dot(kin.Neutrino)) < 1e-15);
        }
    }
}

/// <summary>
/// Library Σ|𝓜|² (eq. 3.1) and its helicity split (eq. 3.3) against the explicit Dirac-matrix evaluation of the
/// unsimplified amplitude (Oracles/DiracAmplitude.cs) at seeded random phase-space points.
/// </summary>
public class ThreeBodyAmplitudeOracleTests(ITestOutputHelper output)
{
    /// <summary>
    /// Per-point tolerance 1e-10 · (1 + κ/100), κ = (E_Z′/|q|)² (E_ℓ/|p_ℓ|)² = 1/(β_Z′² β_ℓ²).
    /// <para>Why: both sides get only (E_ℓ, E_ν) and must form |q|² = E_Z′² − M² and |p_ℓ|² = E_ℓ² − m_ℓ², whose
    /// relative rounding errors are ε·(E/|p|)²; near closure (slow Z′, slow ℓ) both lose digits the same way
    /// (checked against a 50-digit evaluation of (3.1)/(3.3): oracle and library each within ~5ε·κ there). At
    /// κ ≈ 1 the floor 1e-10 covers the oracle's matrix-product cancellations (ε_L ~ E_Z′/M: ≤ 5e-12 at M = 1 keV)
    /// and the library's a/b cancellation for τ, μ (physics.md §3.3; ≤ 6e-11 seen, D⁺→τ). Worst observed
    /// deviation/tolerance over all points ≈ 0.1. A formula error is O(1), an m_ℓ² term ≥ m_e²/m_D² ≈ 7e-8.</para>
    /// <para>Scales: λ = 0 and the total relative to themselves; λ = ±1 relative to |𝓜₊|² + |𝓜₋|², because the
    /// library forms them as common ∓ asym (3.3), so a component much smaller than the other (e.g. 1e-6 of it for a
    /// slow electron) legitimately carries that much larger relative rounding error.</para>
    /// </summary>
    static double Tolerance(double kappa) => 1e-10 * (1 + kappa / 100);
    const int PointsPerMass = 8;

    public static TheoryData<string, string> Channels => new()
    {
        { "pi", "e" }, { "pi", "mu" }, { "K", "e" }, { "K", "mu" }, { "Ds", "e" }, { "Ds", "mu" }, { "Ds", "tau" }, { "D+", "tau" },
    };

    internal static ChargedMeson Meson(string name) => name switch
    {
        "pi" => ChargedMeson.Pion, "K" => ChargedMeson.Kaon, "Ds" => ChargedMeson.Ds, _ => ChargedMeson.DPlus,
    };

    internal static ChargedLepton Lepton(string name) => name switch
    {
        "e" => ChargedLepton.Electron, "mu" => ChargedLepton.Muon, _ => ChargedLepton.Tau,
    };

    [Theory]
    [MemberData(nameof(Channels))]
    public void SquaredAmplitudeAndHelicitiesMatchDiracEvaluation(string mesonName, string leptonName)
    {
        var meson = Meson(mesonName);
        var lepton = Lepton(leptonName);
        double mM = meson.Mass, ml = lepton.Mass, closure = mM - ml;
        double[] masses = new[] { 1e-6, 1e-3, 1e-2, 0.1 }.Where(m => m < closure).Append(closure * (1 - 1e-3)).ToArray();
        int seed = 1000 * mesonName.Length + 17 * leptonName.Length + (int)(1e4 * mM);
        var rng = new Random(seed);

        double worstRatio = 0, worstRel = 0, worstComponentRel = 0;
        int points = 0, standardMatches = 0, swappedMatches = 0, distinguishing = 0;
        var failures = new List<string>();
        foreach (double M in masses)
        {
            var decay = new ThreeBodyDecay(meson, lepton, M);
            var sampler = new ThreeBodyPhaseSpaceMonteCarlo(mM, ml, M, rng.Next());
            for (int i = 0; i < PointsPerMass; i++, points++)
            {
                var (el, enu, ez, _) = sampler.Next();
                var kin = new DecayKinematics(mM, ml, M, el, enu,
                    Math.Acos(2 * rng.NextDouble() - 1), 2 * Math.PI * rng.NextDouble(), 2 * Math.PI * rng.NextDouble());
                Assert.True(Math.Abs(kin.CosKqRaw) <= 1 + 1e-9, $"sampler produced an unphysical point at M={M}: cos = {kin.CosKqRaw}");
                double[] o = DiracAmplitude.SquaredAmplitudes(meson.WeakFactor, ml, kin); // λ = 0, +1, −1
                double oTotal = o[0] + o[1] + o[2], oT = o[1] + o[2];
                var lib = decay.SquaredAmplitudes(el, enu);
                double total = decay.SquaredAmplitude(el, enu);

                double kappa = ez * ez / (ez * ez - M * M) * (el * el / (el * el - ml * ml));
                double tol = Tolerance(kappa);
                double dTotal = Math.Max(Math.Abs(total - oTotal), Math.Abs(lib.Total - oTotal)) / oTotal;
                double dL = Math.Abs(lib.Longitudinal - o[0]) / o[0];
                double dStd = Math.Max(Math.Abs(lib.Plus - o[1]), Math.Abs(lib.Minus - o[2])) / oT;
                double dSwap = Math.Max(Math.Abs(lib.Plus - o[2]), Math.Abs(lib.Minus - o[1])) / oT;
                if (dStd <= tol) standardMatches++;
                if (dSwap <= tol) swappedMatches++;
                if (Math.Abs(o[1] - o[2]) > 1e3 * tol * oT) distinguishing++;
                double dev = Math.Max(Math.Max(dTotal, dL), dStd);
                worstRatio = Math.Max(worstRatio, dev / tol);
                worstRel = Math.Max(worstRel, dev);
                worstComponentRel = Math.Max(worstComponentRel,
                    Math.Max(dL, Math.Max(Math.Abs(lib.Plus - o[1]) / o[1], Math.Abs(lib.Minus - o[2]) / o[2])));
                if (dev > tol && failures.Count < 5)
                    failures.Add($"M={M:R} El={el:R} Enu={enu:R} (κ={kappa:G3}, tol={tol:G3}): oracle (L,+,−) = ({o[0]:G12}, {o[1]:G12}, {o[2]:G12}), " +
                                 $"library ({lib.Longitudinal:G12}, {lib.Plus:G12}, {lib.Minus:G12}), SquaredAmplitude {total:G12}");
            }
        }
        output.WriteLine($"{mesonName},{leptonName}: {points} points, M ∈ [{string.Join(", ", masses.Select(m => m.ToString("G6")))}]: " +
                         $"max deviation {worstRel:E2} (max deviation/tolerance {worstRatio:F3}; max per-component relative incl. ± on their own scale {worstComponentRel:E2}); " +
                         $"± standard labels match at {standardMatches}, swapped at {swappedMatches}, points separating ± {distinguishing}");

        // The ± labels: the oracle's ε(±1) = ∓(e1 ± i e2)/√2 is checked to have helicity ±1 along q̂
        // (DiracOracleSelfTests.PolarisationVectorsAreHelicityEigenstates). Agreement only after exchanging + and −
        // means the library uses the opposite labels.
        Assert.True(distinguishing >= points / 2, $"only {distinguishing}/{points} points tell λ = +1 from λ = −1");
        Assert.False(standardMatches < points && swappedMatches == points,
            $"HELICITY LABELS SWAPPED: ThreeBodyDecay.SquaredAmplitudes' Plus/Minus agree with the Dirac oracle's λ = −1/+1 " +
            $"(standard convention ε(±1) = ∓(x̂ ± iŷ)/√2 along q̂) at all {points} points but not with λ = +1/−1 ({standardMatches} points).");
        Assert.True(failures.Count == 0, $"{mesonName},{leptonName}: deviation above tolerance 1e-10·(1 + κ/100):\n" + string.Join("\n", failures));
    }
}

/// <summary>
/// Library integrals (Width, WidthByHelicity, NeutrinoSpectrum, ZSpectrum) against a seeded Monte-Carlo integration of
/// the library's squared amplitudes over phase space generated independently (Oracles/ThreeBodyPhaseSpaceMonteCarlo.cs).
/// </summary>
public class ThreeBodyWidthOracleTests(ITestOutputHelper output)
{
    const int Samples = 2_000_000;
    const int Bins = 25;

    /// <summary>One Monte-Carlo run per channel, shared by the tests below.</summary>
    sealed class Run
    {
        public required ThreeBodyDecay Decay;
        public readonly MeanAccumulator Width = new();
        /// <summary>E[w(|𝓜_λ|² − f_λ Σ|𝓜|²)] with f_λ the library fractions: zero if the fractions agree.</summary>
        public readonly MeanAccumulator[] FractionResidual = [new(), new(), new()];
        public required Histogram NeutrinoHist;
        /// <summary>Z′ energy, per helicity λ = 0, +1, −1.</summary>
        public required Histogram[] ZHist;
        public HelicityRates LibraryHelicity;
        public TimeSpan Elapsed;
    }

    static readonly ConcurrentDictionary<string, Lazy<Run>> Runs = new();

    public static TheoryData<string, string, double, int> Cases => new()
    {
        { "pi", "e", 0.010, 11 }, { "K", "mu", 0.050, 22 }, { "Ds", "tau", 0.030, 33 }, { "K", "e", 0.001, 44 },
    };

    static Run Get(string meson, string lepton, double M, int seed) =>
        Runs.GetOrAdd($"{meson}/{lepton}/{M}/{seed}", _ => new Lazy<Run>(() => Simulate(meson, lepton, M, seed))).Value;

    static Run Simulate(string mesonName, string leptonName, double M, int seed)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var meson = ThreeBodyAmplitudeOracleTests.Meson(mesonName);
        double mM = meson.Mass, ml = ThreeBodyAmplitudeOracleTests.Lepton(leptonName).Mass;
        var decay = new ThreeBodyDecay(meson, ml, M);
        var run = new Run
        {
            Decay = decay, LibraryHelicity = decay.WidthByHelicity(),
            // kinematic endpoints (own derivation): E_ν max when ℓ and Z′ recoil together with mass m_ℓ + M;
            // E_Z′ max when ℓ and ν recoil together with mass m_ℓ.
            NeutrinoHist = new Histogram(0, (mM * mM - (ml + M) * (ml + M)) / (2 * mM), Bins),
            ZHist = [.. Enumerable.Range(0, 3).Select(_ => new Histogram(M, (mM * mM + M * M - ml * ml) / (2 * mM), Bins))],
        };
        double[] f = [run.LibraryHelicity.Longitudinal / run.LibraryHelicity.Total,
                      run.LibraryHelicity.Plus / run.LibraryHelicity.Total, run.LibraryHelicity.Minus / run.LibraryHelicity.Total];
        var mc = new ThreeBodyPhaseSpaceMonteCarlo(mM, ml, M, seed);
        for (int i = 0; i < Samples; i++)
        {
            var (el, enu, ez, w) = mc.Next();
            var h = decay.SquaredAmplitudes(el, enu);
            double[] x = [w * h.Longitudinal, w * h.Plus, w * h.Minus];
            double total = w * decay.SquaredAmplitude(el, enu);
            run.Width.Add(total);
            run.NeutrinoHist.Fill(enu, total);
            for (int l = 0; l < 3; l++)
            {
                run.FractionResidual[l].Add(x[l] - f[l] * (x[0] + x[1] + x[2]));
                run.ZHist[l].Fill(ez, x[l]);
            }
        }
        run.Elapsed = sw.Elapsed;
        return run;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MonteCarloWidthMatchesLibrary(string meson, string lepton, double M, int seed)
    {
        var run = Get(meson, lepton, M, seed);
        double lib = run.Decay.Width(), mc = run.Width.Mean, err = run.Width.Error;
        output.WriteLine($"{meson},{lepton},M={M}: seed {seed}, N={Samples}, MC Γ/g² = {mc:G8} ± {err:G3} (rel {err / mc:E2}), " +
                         $"library {lib:G8}, rel dev {(mc - lib) / lib:E2} = {(mc - lib) / err:F2}σ, MC time {run.Elapsed.TotalSeconds:F2} s");
        Assert.True(err / mc <= 1e-3, $"MC statistical error {err / mc:E2} above 0.1 %: increase Samples");
        Assert.True(Math.Abs(mc - lib) <= 3e-3 * lib, $"MC width {mc:G8} ± {err:G3} vs library {lib:G8}"); // 0.3 % = 3σ of the stat. bound
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MonteCarloHelicityFractionsMatchLibrary(string meson, string lepton, double M, int seed)
    {
        var run = Get(meson, lepton, M, seed);
        int[] lambdas = [0, 1, -1];
        for (int l = 0; l < 3; l++)
        {
            // f_MC − f_lib = E[w(|𝓜_λ|² − f_lib Σ|𝓜|²)]/Γ; its error is the error of the residual mean (ratio estimator).
            var r = run.FractionResidual[l];
            double diff = r.Mean / run.Width.Mean, sigma = r.Error / run.Width.Mean;
            double fLib = run.LibraryHelicity[lambdas[l]] / run.LibraryHelicity.Total;
            output.WriteLine($"{meson},{lepton},M={M}: λ={lambdas[l],2} f_lib = {fLib:F6}, f_MC − f_lib = {diff:E2} ± {sigma:E2} ({diff / sigma:F2}σ)");
            Assert.True(Math.Abs(diff) <= 3 * sigma, $"λ={lambdas[l]}: MC fraction {fLib + diff:F6} ± {sigma:E2} vs library {fLib:F6}"); // 3σ
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MonteCarloSpectraMatchLibrary(string meson, string lepton, double M, int seed)
    {
        var run = Get(meson, lepton, M, seed);
        var d = run.Decay;
        // bin integrals of the library spectra with my own 24-point Gauss–Legendre rule per bin
        double BinIntegral(Func<double, double> spectrum, double lo, double hi) => SecretNu.Numerics.Quadrature.GaussLegendre(24).Integrate(spectrum, lo, hi);
        void Compare(string name, Histogram hist, Func<double, double> spectrum)
        {
            double chi2 = 0, worstPull = 0;
            int ndf = 0;
            for (int b = 0; b < hist.Bins; b++)
            {
                double expected = BinIntegral(spectrum, hist.Edge(b), hist.Edge(b + 1));
                double pull = (hist.Mean(b) - expected) / hist.Error(b);
                chi2 += pull * pull; ndf++;
                worstPull = Math.Max(worstPull, Math.Abs(pull));
            }
            double pValue = 1 - ChiSquared.CDF(ndf, chi2);
            output.WriteLine($"{meson},{lepton},M={M} {name}: χ²/ndf = {chi2:F1}/{ndf} (p = {pValue:G2}), max |pull| = {worstPull:F2}");
            // 4σ per bin (P ≈ 6e-5 per bin for a correct library); χ² p-value ≥ 1e-4 (16 correlated χ² tests in this class,
            // so a correct library fails a fresh seed with probability ≲ 2e-3).
            Assert.True(worstPull < 4, $"{name}: a bin deviates by {worstPull:F2}σ");
            Assert.True(pValue >= 1e-4, $"{name}: χ²/ndf = {chi2:F1}/{ndf}, p = {pValue:G2}");
        }
        Compare("dΓ/dE_ν", run.NeutrinoHist, d.NeutrinoSpectrum);
        Compare("dΓ_0/dE_Z", run.ZHist[0], e => d.ZSpectrum(e).Longitudinal);
        Compare("dΓ_+/dE_Z", run.ZHist[1], e => d.ZSpectrum(e).Plus);
        Compare("dΓ_-/dE_Z", run.ZHist[2], e => d.ZSpectrum(e).Minus);
    }
}
