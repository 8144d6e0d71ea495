using CsCheck;
using SecretNu.Decays;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Tests.Spectra;

public class ZPrimeChannelSpectraTests
{
    public static TheoryData<int, int, double> Channels => new()
    {
        { 211, 11, 1e-7 }, { 211, 11, 1e-3 }, { 211, 13, 0.02 }, { 321, 11, 0.01 }, { 321, 13, 0.1 },
        { 321, 13, 1e-5 }, { 431, 15, 0.01 }, { 431, 11, 0.3 }, { 411, 15, 0.05 },
    };

    static ZPrimeChannelSpectra Build(int meson, int lepton, double mass, SpectrumResolution? r = null) =>
        new(ChargedMeson.All.Single(m => m.PdgId == meson), ChargedLepton.All.Single(l => l.PdgId == lepton), mass, resolution: r);

    [Theory, MemberData(nameof(Channels))]
    public void NormalisationAndEnergyConservation(int meson, int lepton, double mass)
    {
        var s = Build(meson, lepton, mass);
        var d = new ThreeBodyDecay(s.Meson, s.Lepton, mass);
        var mean = d.MeanEnergies();
        // per-decay normalisation (§10 item 11): each part, normalised by the order-1 width, integrates to 1; the
        // spectra use E_Z′ panels of 12 nodes and a coarser tabulation than the width's rule, so 5e-6 (seen over
        // every channel and mass: 1.9e-6)
        Assert.Equal(1, s.Primary.Total, 5e-6);
        Assert.Equal(1, s.ZNeutrino.Spectrum.Total, 5e-6);
        Assert.Equal(1, s.ZAntineutrino.Spectrum.Total, 5e-6);
        Assert.Equal(1, s.WidthPerG2 / d.Width(), 1e-5);
        // the primary ν carries ⟨E_ν⟩, and ν + ν̄ of the Z′ carry ⟨E_Z′⟩ (energy conservation, §10 item 10): 2e-4
        Assert.Equal(1, s.Primary.FirstMoment() / mean.Neutrino, 2e-4);
        Assert.Equal(1, (s.ZNeutrino.Spectrum.FirstMoment() + s.ZAntineutrino.Spectrum.FirstMoment()) / mean.ZPrime, 2e-4);
        // each decay-length class table sums to one
        foreach (double e in new[] { 0.3, 0.5, 0.7 }.Select(x => x * s.ZNeutrino.Spectrum.Hi))
            Assert.Equal(1, s.ZNeutrino.ClassFractionsAt(e).ToArray().Sum(), 12);
    }

    /// <summary>Every open channel at m_Z′ = 1e-7 … 1 GeV in half decades and at 0.9, 0.98 and 0.995 of its closure.</summary>
    public static TheoryData<int, int> MesonLeptonPairs => new()
    {
        { 211, 11 }, { 211, 13 }, { 321, 11 }, { 321, 13 }, { 431, 11 }, { 431, 13 }, { 431, 15 }, { 411, 11 }, { 411, 13 }, { 411, 15 },
    };

    [Theory, MemberData(nameof(MesonLeptonPairs))]
    public void TabulationConvergesToOneInTenThousand(int meson, int lepton)
    {
        // issue 2 item 9: spectra on the production resolution agree with a reference (10.7× the tabulation nodes
        // per decade, 4× the E_Z′ nodes, 3× the Dalitz nodes, 1000× closer to the edges) to ≤ 1e-4 of the total,
        // everywhere from 1e-6 of the endpoint up; the study behind the defaults (docs/spectra.md) saw ≤ 2.1e-5
        var me = ChargedMeson.All.Single(m => m.PdgId == meson);
        var l = ChargedLepton.All.Single(x => x.PdgId == lepton);
        double closure = me.Mass - l.Mass;
        var masses = Enumerable.Range(0, 15).Select(i => 1e-7 * Math.Pow(10, 0.5 * i)).Where(m => m < closure)
            .Concat(new[] { 0.9, 0.98, 0.995 }.Select(f => f * closure));
        double worst = 0; string where = "";
        foreach (double mass in masses)
        {
            double d = SpectrumResolution.LargestCumulativeDifference(Build(meson, lepton, mass), Build(meson, lepton, mass, SpectrumResolution.Reference));
            if (d > worst) { worst = d; where = $"m_Z′ = {mass:G3} GeV"; }
        }
        Assert.True(worst < 1e-4, $"largest cumulative difference {worst:E2} at {where}");
    }

    [Fact]
    public void MasslessLeptonGivesEqualNeutrinoAndAntineutrinoSpectra()
    {
        // for m_ℓ → 0, Γ₊ = Γ₋ at every E_Z′ (e ↔ ν symmetry), so ν and ν̄ from the Z′ have the same spectrum
        var s = Build(321, 11, 0.05);
        for (double e = 0.01; e < 0.25; e += 0.01)
            Assert.Equal(s.ZNeutrino.Spectrum.Cumulative(e), s.ZAntineutrino.Spectrum.Cumulative(e), 1e-5); // m_e effect ~1e-6
        // for the τ channel (Γ₋ > Γ₊) the neutrino is softer than the antineutrino: ⟨E⟩ = E_Z/2 − λ|q|/4
        var t = Build(431, 15, 0.05);
        Assert.True(t.ZNeutrino.Spectrum.FirstMoment() > t.ZAntineutrino.Spectrum.FirstMoment());
    }

    [Fact]
    public void PropertyEverySpectrumIsFiniteAndNonNegative()
    {
        var gen = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Double[0, 1]);
        gen.Sample((im, il, u) =>
        {
            var meson = ChargedMeson.All[im];
            var lepton = ChargedLepton.All[il];
            double closure = meson.Mass - lepton.Mass;
            if (closure <= 0) return true;
            double mass = Math.Exp(Math.Log(1e-7) + u * (Math.Log(0.995 * closure) - Math.Log(1e-7)));
            var s = new ZPrimeChannelSpectra(meson, lepton, mass);
            if (!(double.IsFinite(s.WidthPerG2) && s.WidthPerG2 > 0)) return false;
            foreach (var c in new[] { s.Primary, s.ZNeutrino.Spectrum, s.ZAntineutrino.Spectrum })
            {
                double prev = 0;
                for (int i = 0; i < 200; i++)
                {
                    double e = c.Hi * Math.Pow(10, -7 + 7.2 * i / 199);
                    double v = c.Cumulative(e), f = c.Density(e);
                    if (!double.IsFinite(v) || !double.IsFinite(f) || f < 0 || v < prev - 1e-15) return false;
                    prev = v;
                }
            }
            return true;
        }, iter: 60, seed: "0N0XIzNsQ0O2");
    }
}
