using SecretNu.Beamline;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Tests.Fluxes;

public class FluxEngineTests
{
    static ForwardFluxModel Model() => new(DataDirectory.Resolve(TestData.Directory), "14", new GeneratorChoice("EPOSLHC", "SIBYLL"), BeamlineLayout.Run2);

    [Fact]
    public void MeasuresAreDeterministicUnderParallelism()
    {
        var face = new DetectorFace(480, 0.25, 0.25);
        var a = Model().Measure(431, face);
        var b = Model().Measure(431, face); // a new model: rebuilt, possibly on other threads
        Assert.Equal(a.Weights, b.Weights); // bit for bit: chunk sums are added in a fixed order
    }

    [Fact]
    public void FoldingAUnitLineCountsEveryNeutrinoAboveThreshold()
    {
        // a line with one neutrino per decay: the folded counts add up to Σ μ over the Doppler nodes where D·E*₀ lands
        // inside the binning — the bookkeeping of SpectrumFolder against a direct sum
        var m = Model().Measure(321, new DetectorFace(480, 0.25, 0.25));
        var mu = SpectrumFolder.TotalOverClasses(m);
        double[] edges = PublishedFlux.StandardEdges.ToArray();
        var result = new double[edges.Length - 1];
        SpectrumFolder.Fold(RestFrameSpectrum.Line(0.2355, 1), mu, edges, result);
        double direct = 0;
        for (int d = 0; d < mu.Length; d++)
        {
            double e = DopplerGrid.Value(d) * 0.2355;
            if (e >= edges[0] && e < edges[^1]) direct += mu[d];
        }
        Assert.Equal(direct, result.Sum(), 1e-12 * direct);
    }

    [Fact]
    public void ContinuumFoldConservesNeutrinosInsideTheBinning()
    {
        // a flat continuum on [0.1, 0.2] GeV: each Doppler node contributes the fraction of [0.1 D, 0.2 D] inside the edges
        var m = Model().Measure(-211, new DetectorFace(480, 0.25, 0.25));
        var mu = SpectrumFolder.TotalOverClasses(m);
        double[] edges = PublishedFlux.StandardEdges.ToArray();
        var flat = ContinuousSpectrum.FromDensity(_ => 10.0, 0.1, 0.2);
        var result = new double[edges.Length - 1];
        SpectrumFolder.Fold(RestFrameSpectrum.Continuum(flat), mu, edges, result);
        double direct = 0;
        for (int d = 0; d < mu.Length; d++)
        {
            double D = DopplerGrid.Value(d), lo = Math.Max(0.1 * D, edges[0]), hi = Math.Min(0.2 * D, edges[^1]);
            if (hi > lo) direct += mu[d] * (hi - lo) / (0.1 * D);
        }
        Assert.Equal(1, result.Sum() / direct, 1e-6);
    }
}

public class AlignedFoldingTests
{
    static readonly ForwardFluxModel Model = new(DataDirectory.Resolve(TestData.Directory), "14", new GeneratorChoice("EPOSLHC", "SIBYLL"), BeamlineLayout.Run2);

    [Fact]
    public void AlignedConvolutionEqualsTheGenericFold()
    {
        // the fast path (rest-frame cells m = 2j − d) against the generic Hermite fold on the same edges (nudged by
        // 1e-13 so that the generic path is taken)
        var m = Model.Measure(321, new DetectorFace(480, 0.25, 0.25));
        var mu = SpectrumFolder.TotalOverClasses(m);
        var aligned = AnalysisGrid.TrueEdges;
        var generic = (double[])aligned.Clone();
        generic[0] *= 1 + 1e-13;
        var ch = new ZPrimeChannelSpectra(ChargedMeson.Kaon, ChargedLepton.Electron, 3e-3);
        var f = RestFrameSpectrum.Continuum(ch.ZNeutrino.Spectrum);
        var a = new double[aligned.Length - 1];
        var g = new double[aligned.Length - 1];
        SpectrumFolder.Fold(f, mu, aligned, a);
        SpectrumFolder.Fold(f, mu, generic, g);
        for (int k = 0; k < a.Length; k++) Assert.Equal(g[k], a[k], 1e-9 * g.Max());

        int nl = m.Classes, nc = DecayLengthClasses.Count;
        var ac = new double[a.Length * nl * nc];
        var gc = new double[a.Length * nl * nc];
        SpectrumFolder.FoldByClass(ch.ZNeutrino, m, aligned, ac);
        SpectrumFolder.FoldByClass(ch.ZNeutrino, m, generic, gc);
        // the class fractions are taken at the cell centre (aligned) or the bin centre (generic): totals agree
        // exactly, the split between classes to a few per mille
        Assert.Equal(1, ac.Sum() / gc.Sum(), 1e-9);
        for (int k = 0; k < a.Length; k++)
        {
            double sa = 0, sg = 0;
            for (int q = 0; q < nl * nc; q++) { sa += ac[k * nl * nc + q]; sg += gc[k * nl * nc + q]; }
            Assert.Equal(sg, sa, 1e-9 * g.Max());
        }
    }
}
