using SecretNu.Dune;
using SecretNu.Physics;
using SecretNu.Spectra;
using Xunit.Abstractions;

namespace SecretNu.Tests.Dune;

/// <summary>The parent reconstruction (physics.md §13) on the public DUNE ND fluxes (data README §8).</summary>
public class DuneParentFluxTests(ITestOutputHelper output)
{
    static string Fhc => TestData.File("dune/DUNE_ND_FHC.dat");
    static string Rhc => TestData.File("dune/DUNE_ND_RHC.dat");

    static readonly Lazy<ParentFluxBand> FhcBand = new(() => DuneParentFlux.Band(Fhc, HornMode.Fhc));
    static readonly Lazy<ParentFluxBand> RhcBand = new(() => DuneParentFlux.Band(Rhc, HornMode.Rhc));

    /// <summary>Peak region for the per-bin check [GeV]: the ν_μ peak of the FHC file (2.1 GeV) and its flanks.</summary>
    const double PeakLo = 0.5, PeakHi = 6;

    [Theory]
    [InlineData(HornMode.Fhc)]
    [InlineData(HornMode.Rhc)]
    public void PushedForwardParentsReproduceTheInputSpecies(HornMode mode)
    {
        var band = mode == HornMode.Fhc ? FhcBand.Value : RhcBand.Value;
        foreach (var r in band.Variations.Prepend(band.Central))
        {
            foreach (var s in DuneReconstruction.FittedSpecies)
            {
                double total = r.TotalRatio(s), peak = r.MaxRelativeDeviation(s, PeakLo, PeakHi);
                output.WriteLine($"{mode} {r.Regularisation}: {s.Name()} total {total:F4}, worst bin in [{PeakLo}, {PeakHi}] GeV {peak:P1}");
                Assert.InRange(total, 0.98, 1.02);
                // ν_μ and ν̄_μ (smooth, high statistics): 2 % per bin; ν_e and ν̄_e carry the upstream simulation's
                // bin-to-bin fluctuations (~5–10 %), which a smooth parent spectrum does not follow: 15 % per bin.
                double perBin = s.Flavor() == Flavor.Mu ? 0.02 : 0.15;
                Assert.True(peak <= perBin, $"{s.Name()}: {peak:P1} > {perBin:P0}");
            }
            foreach (var p in DuneParentExtensions.All) Assert.All(r.Parents[p].Values, v => Assert.True(v >= 0));
        }
    }

    [Fact]
    public void TheBandIsNarrowForPionsAndWideForKaons()
    {
        foreach (var (band, focused, kaon) in new[] { (FhcBand.Value, DuneParent.PiPlus, DuneParent.KPlus), (RhcBand.Value, DuneParent.PiMinus, DuneParent.KMinus) })
        {
            foreach (var p in DuneParentExtensions.All)
                output.WriteLine($"{band.Central.Mode} {p.Name()}: ∫W = {band.Central.Parents[p].Integral():E3} ± {band.IntegralSpread(p):P1}");
            Assert.InRange(band.IntegralSpread(focused), 0, 0.03);
            Assert.InRange(band.IntegralSpread(kaon), 0.02, 1.0);
            var lo = band.Lower(kaon); var hi = band.Upper(kaon); var c = band.Central.Parents[kaon].Values;
            for (int j = 0; j < c.Count; j++) Assert.InRange(c[j], lo[j], hi[j]);
            // the focused pion makes most of the main species
            var main = focused == DuneParent.PiPlus ? NeutrinoSpecies.NuMu : NeutrinoSpecies.NuMuBar;
            Assert.InRange(band.Central.Share(focused, main), 0.8, 0.97);
        }
    }

    [Fact]
    public void FoldingAParentReproducesItsContributionAndTheSanityNumber()
    {
        var r = FhcBand.Value.Central;
        var pi = r.Parents[DuneParent.PiPlus];
        var again = pi.StandardModelFlux(NeutrinoSpecies.NuMu, r.NeutrinoEdges);
        var stored = r.Contribution(DuneParent.PiPlus, NeutrinoSpecies.NuMu);
        for (int i = 0; i < again.Length; i++) Assert.Equal(stored[i], again[i], 1e-6 * (stored[i] + 1e-20));
        // README §8 / physics.md §13: FHC ν_μ integrates to 1.05e-7 per cm² per POT
        double total = r.Predicted(NeutrinoSpecies.NuMu).Sum() * DuneFluxFile.BinWidth;
        Assert.Equal(1.05e-7, total, 0.01e-7);
        // the ν_μ of π⁺ equals the rest-frame line folded: BR(π→μν) × ∫ D² W dE_M (physics.md §6.1)
        double expected = 0;
        for (int j = 0; j < pi.Values.Count; j++)
        {
            double a = OnAxisResponse.Doppler(Constants.PionMass, pi.Edges[j]), b = OnAxisResponse.Doppler(Constants.PionMass, pi.Edges[j + 1]);
            expected += pi.Values[j] * 0.5 * Constants.PionMass * (b * b * b / 3 - b - (a * a * a / 3 - a));
        }
        Assert.Equal(1, stored.Sum() * DuneFluxFile.BinWidth / (Constants.BrPionMuNu * expected), 1e-3);
    }
}
