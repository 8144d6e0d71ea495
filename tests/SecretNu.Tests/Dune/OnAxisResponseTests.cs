using SecretNu.Dune;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Tests.Dune;

public class OnAxisResponseTests
{
    [Fact]
    public void DopplerFactorMatchesPhysicsMd()
    {
        // physics.md §6.2: π at 1 TeV, D = 14329.69, line at D E*₀ = 426.912 GeV
        double d = OnAxisResponse.Doppler(Constants.PionMass, 1000);
        Assert.Equal(14329.69, d, 0.01);
        Assert.Equal(426.912, d * 0.0297921, 0.001);
        Assert.Equal(1000, OnAxisResponse.EnergyOfDoppler(Constants.PionMass, d), 1e-9);
        Assert.Equal(1, OnAxisResponse.Doppler(Constants.PionMass, Constants.PionMass));
    }

    [Fact]
    public void LineAndContinuumConserveTheFocusedNumber()
    {
        // one parent bin; every neutrino lands inside the neutrino range, so Σ R ΔE = ∫ D² dE_M × ∫f (eq. 6.1)
        double m = Constants.KaonMass;
        double[] parent = [10, 12];
        var nuEdges = Enumerable.Range(0, 401).Select(i => 0.05 * i).ToArray();
        double da = OnAxisResponse.Doppler(m, 10), db = OnAxisResponse.Doppler(m, 12);
        double focus = 0.5 * m * (db * db * db / 3 - db - (da * da * da / 3 - da));
        foreach (var species in new[] { NeutrinoSpecies.NuMu, NeutrinoSpecies.NuE })
        {
            var f = StandardModelSpectra.ForParent(321)[species];
            var r = OnAxisResponse.Matrix(m, parent, f, nuEdges);
            double sum = 0;
            for (int i = 0; i < 400; i++) sum += r[i, 0] * 0.05;
            Assert.Equal(1, sum / (focus * f.Total), 2e-4);
        }
    }

    [Fact]
    public void TheLineLandsAtDopplerTimesRestEnergy()
    {
        double m = Constants.PionMass, e0 = TwoBodyDecayEnergy();
        double e = 20, d = OnAxisResponse.Doppler(m, e);
        var r = OnAxisResponse.Matrix(m, [e - 1e-6, e + 1e-6], RestFrameSpectrum.Line(e0, 1), [0, d * e0 - 0.01, d * e0 + 0.01, 100]);
        Assert.Equal(0, r[0, 0]);
        Assert.True(r[1, 0] > 0);
        Assert.Equal(0, r[2, 0]);
    }

    static double TwoBodyDecayEnergy() => SecretNu.Decays.TwoBodyDecay.NeutrinoEnergy(Constants.PionMass, Constants.MuonMass);

    [Fact]
    public void ParentGridsRunFromRestToTheBeamEnergy()
    {
        foreach (var p in DuneParentExtensions.All)
        {
            var e = ParentGrid.Edges(p);
            Assert.Equal(p.Mass(), e[0]);
            Assert.Equal(Constants.LbnfProtonEnergy, e[^1]);
            for (int i = 1; i < e.Length; i++) Assert.True(e[i] > e[i - 1]);
            Assert.InRange(e.Length, 40, 120);
        }
    }
}
