using SecretNu.Spectra;

namespace SecretNu.Tests.Spectra;

/// <summary>The forward walk of <see cref="ContinuousSpectrum.AddCumulative"/> gives the numbers of <see cref="ContinuousSpectrum.Cumulative"/>
/// bit for bit, inside and outside the support.</summary>
public class ContinuousSpectrumWalkTests
{
    [Fact]
    public void TheWalkEqualsThePointwiseCumulative()
    {
        var spectrum = ContinuousSpectrum.FromDensity(e => e * (1 - e) * (1 - e), 0.01, 0.95);
        var edges = Enumerable.Range(0, 400).Select(k => 1e-3 * Math.Pow(10, k / 120.0)).ToArray(); // 1e-3 to ~2 GeV, increasing
        foreach (double divisor in new[] { 0.7, 1.0, 3.3, 41.0 })
        {
            var sums = Enumerable.Repeat(0.25, edges.Length).ToArray();
            spectrum.AddCumulative(edges, divisor, sums);
            for (int k = 0; k < edges.Length; k++) Assert.Equal(0.25 + spectrum.Cumulative(edges[k] / divisor), sums[k]);
        }
    }
}
