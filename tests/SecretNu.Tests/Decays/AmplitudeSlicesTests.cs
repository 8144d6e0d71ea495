using CsCheck;
using SecretNu.Decays;
using SecretNu.Numerics;
using SecretNu.Physics;

namespace SecretNu.Tests.Decays;

/// <summary>
/// The exact inner integrals of orders 2 and 3 (Laurent slices in s) against the point-by-point amplitudes (3.1), (3.3)
/// and against a brute-force quadrature of those amplitudes over E_ℓ written here.
/// </summary>
public class AmplitudeSlicesTests
{
    /// <summary>A random open channel and m_Z′ log-uniform from 1e-7 GeV to 0.99 of closure. (Nearer closure the
    /// Dalitz plot shrinks to a sliver where every formula loses digits; the widths there are checked by
    /// ThreeBodyDecayTests.OrdersAgreeAcrossChannelsAndMasses.)</summary>
    static readonly Gen<ThreeBodyDecay> Decays =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Double[0, 1]).Where(t => ChargedMeson.All[t.Item1].Mass > ChargedLepton.All[t.Item2].Mass)
            .Select(t =>
            {
                var (im, il, u) = t;
                double closure = ChargedMeson.All[im].Mass - ChargedLepton.All[il].Mass;
                double mass = Math.Exp(Math.Log(1e-7) + u * (Math.Log(0.99 * closure) - Math.Log(1e-7)));
                return new ThreeBodyDecay(ChargedMeson.All[im], ChargedLepton.All[il], mass);
            });

    [Fact]
    public void SlicesEqualTheAmplitudesPointByPoint()
    {
        // the SymPy expansion, transcribed, against the direct formulas at random Dalitz points: the total (3.1) to
        // 1e-9 (rounding in the 1/M²-enhanced terms; seen 1.6e-10), the helicity parts of (3.3) to 1e-9 (± parts: 1e-8, below) of the total
        // where |q| ≥ SliceMinimumVelocity·E_Z′, the range in which ZSpectrum uses the slices (their 1/|q|² terms
        // cancel as the Z′ slows: seen 1.7e-10 at |q| = 0.12 E_Z′)
        // (the Dalitz boundary itself is excluded: there the direct helicity formulas lose their digits too).
        // The ± parts differ by the parity-odd term, whose (m_M/M)²-enhanced pieces cancel: rounding there reached 1.9e-9
        // of the total in one rare sample (D⁺ → τνZ′ at M = 0.62 MeV, E_ν near 0, E_ℓ near its edge; about ε·(m_M/M)²),
        // so the ± parts are held to 1e-8; a transcription error would be of order 1.
        Gen.Select(Decays, Gen.Double[0.001, 0.999], Gen.Double[0.001, 0.999]).Sample((d, u, v) =>
        {
            double enu = u * d.NeutrinoEnergyMax;
            var (lo, hi) = d.LeptonRangeAtNeutrino(enu);
            double el = lo + v * (hi - lo), ez = d.Meson.Mass - el - enu;
            double mM = d.Meson.Mass, l2 = d.LeptonMass * d.LeptonMass, M2 = d.ZMass * d.ZMass;
            double s = mM * mM + l2 - 2 * mM * el, k = 4 * d.Meson.WeakFactor;
            double total = d.SquaredAmplitude(el, enu);
            if (Math.Abs(k * AmplitudeSlices.AtNeutrinoEnergy(mM, l2, M2, enu).Evaluate(s) / total - 1) > 1e-9) return false;
            double vMin = ThreeBodyDecay.SliceMinimumVelocity;
            if (!(ez * ez - M2 >= vMin * vMin * ez * ez)) return true;
            var h = d.SquaredAmplitudes(el, enu);
            var (L, T, A) = AmplitudeSlices.AtZEnergy(mM, l2, M2, ez);
            double t = T.Evaluate(s), a = A.Evaluate(s);
            const double odd = 1e-8;
            return Math.Abs(k * L.Evaluate(s) - h.Longitudinal) <= 1e-9 * h.Total
                && Math.Abs(k * (t - a) - h.Plus) <= odd * h.Total
                && Math.Abs(k * (t + a) - h.Minus) <= odd * h.Total;
        }, iter: 20000, seed: "3kQ0lO2ZBw5Y");
    }

    /// <summary>∫ dE_ℓ f(E_ℓ) over an s range by 48-point Gauss–Legendre on half-decade panels of ln s: slow, simple,
    /// independent of the slices. (The range is given in s: from the E_ℓ limits it would lose digits near closure,
    /// where s ≈ m_M² + m_ℓ² − 2m_M E_ℓ is a small difference; <see cref="SRangesAgreeWithTheLeptonEnergyRanges"/>.)</summary>
    static double BruteForce(ThreeBodyDecay d, (double Lo, double Width) range, Func<double, double> f)
    {
        double mM = d.Meson.Mass, c = mM * mM + d.LeptonMass * d.LeptonMass;
        double uLo = Math.Log(range.Lo), uHi = Math.Log(range.Lo + range.Width);
        int panels = Math.Max(1, (int)Math.Ceiling((uHi - uLo) / (0.5 * Math.Log(10))));
        var gl = Quadrature.GaussLegendre(48);
        double sum = 0;
        for (int p = 0; p < panels; p++)
        {
            double a = uLo + (uHi - uLo) * p / panels, b = uLo + (uHi - uLo) * (p + 1) / panels;
            for (int i = 0; i < gl.Count; i++)
            {
                double s = Math.Exp(gl.X(i, a, b));
                sum += gl.W(i, a, b) * s / (2 * mM) * f((c - s) / (2 * mM));
            }
        }
        return sum / (64 * Math.PI * Math.PI * Math.PI * mM);
    }

    [Fact]
    public void ExactInnerIntegralsEqualBruteForceQuadrature()
    {
        // dΓ/dE_ν and dΓ_λ/dE_Z′ at random energies against the brute-force integral of the point amplitudes: 1e-9 of
        // the value plus 1e-12 of the mean density Γ/E_max for dΓ/dE_ν (seen 2e-10 relative); 1e-8 of the helicity
        // sum for dΓ_λ/dE_Z′, because the oracle itself is noisy there: in the τ channels of D⁺ and D_s⁺ near closure
        // the point formulas (3.3) round at the 1e-8 level (a 50-digit mpmath integration at D⁺ → τνZ′, m_Z′ = 0.99 of
        // closure, |q| = 0.14 E_Z′ put their 16- and 48-node quadratures 1e-8 and 4e-9 off, the slices 6e-10);
        // seen 1.4e-9 of the sum in 4e4 samples of those channels. A transcription error would be O(1).
        Gen.Select(Decays, Gen.Double[0.001, 0.999], Gen.Double[0.001, 0.999]).Sample((d, u, v) =>
        {
            double enu = u * d.NeutrinoEnergyMax;
            double direct = d.NeutrinoSpectrum(enu), brute = BruteForce(d, d.SRangeAtNeutrino(enu), el => d.SquaredAmplitude(el, enu));
            if (Math.Abs(direct - brute) > 1e-9 * brute + 1e-12 * d.Width() / d.NeutrinoEnergyMax) return false;

            double ez = d.ZMass + v * (d.ZEnergyMax - d.ZMass), mM = d.Meson.Mass;
            var range = d.SRangeAtZ(ez);
            var h = d.ZSpectrum(ez);
            double l = BruteForce(d, range, el => d.SquaredAmplitudes(el, mM - el - ez).Longitudinal);
            double p = BruteForce(d, range, el => d.SquaredAmplitudes(el, mM - el - ez).Plus);
            double m = BruteForce(d, range, el => d.SquaredAmplitudes(el, mM - el - ez).Minus);
            double scale = l + p + m + 1e-3 * d.Width() / d.ZEnergyMax;
            return Math.Abs(h.Longitudinal - l) <= 1e-8 * scale && Math.Abs(h.Plus - p) <= 1e-8 * scale && Math.Abs(h.Minus - m) <= 1e-8 * scale;
        }, iter: 2000, seed: "0Ff7ZxPq1Lm3");
    }

    [Fact]
    public void SRangesAgreeWithTheLeptonEnergyRanges()
    {
        // the s ranges from the ℓZ′ and ℓν rest frames equal m_M² + m_ℓ² − 2m_M E_ℓ at the E_ℓ limits of §3.5, to 1e-12
        // of m_M² (the subtraction form loses digits relative to s itself, not to m_M²)
        Gen.Select(Decays, Gen.Double[0.001, 0.999], Gen.Double[0.001, 0.999]).Sample((d, u, v) =>
        {
            double mM = d.Meson.Mass, c = mM * mM + d.LeptonMass * d.LeptonMass, tol = 1e-12 * mM * mM;
            double enu = u * d.NeutrinoEnergyMax, ez = d.ZMass + v * (d.ZEnergyMax - d.ZMass);
            var (lo, hi) = d.LeptonRangeAtNeutrino(enu);
            var (sLo, ds) = d.SRangeAtNeutrino(enu);
            bool ok = Math.Abs(sLo - (c - 2 * mM * hi)) <= tol && Math.Abs(sLo + ds - (c - 2 * mM * lo)) <= tol;
            (lo, hi) = d.LeptonRangeAtZ(ez);
            (sLo, ds) = d.SRangeAtZ(ez);
            return ok && Math.Abs(sLo - (c - 2 * mM * hi)) <= tol && Math.Abs(sLo + ds - (c - 2 * mM * lo)) <= tol;
        }, iter: 20000, seed: "9oPxK1tQ3ZdA");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1e-3)]
    [InlineData(1e-9)]
    [InlineData(1e-17)]
    public void Log1PKeepsItsDigits(double x)
    {
        // ln(1 + x) = Σ (−1)^(k+1) x^k/k (ten terms: the rest is < x¹⁰ ≤ 1e-30 relative for x ≤ 1e-3); ln 1.5 directly
        double series = 0, power = 1;
        for (int k = 1; k <= 10; k++) { power *= x; series += (k % 2 == 1 ? 1 : -1) * power / k; }
        double expected = x > 0.1 ? Math.Log(1.5) : series;
        Assert.Equal(1, LaurentSlice.Log1P(x) / expected, 1e-15);
    }
}
