using System.Diagnostics;
using System.Globalization;
using SecretNu.Decays;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Bench;

/// <summary>
/// Convergence study behind <see cref="SpectrumResolution.Default"/> (docs/spectra.md): one resolution parameter at a
/// time is varied around Default, and each variant is compared with <see cref="SpectrumResolution.Reference"/> on the
/// metric of ZPrimeChannelSpectraTests.TabulationConvergesToOneInTenThousand (largest difference of the cumulative of
/// the primary ν, Z′ → ν and Z′ → ν̄ spectra, 1500 log-spaced energies from 1e-6 of the endpoint up, every open channel,
/// m_Z′ = 1e-7 … 1 GeV in half decades below closure and 0.9, 0.98, 0.995 of closure). Each variant is also timed,
/// single thread, building every open channel at m_Z′ = 1e-6, 1e-3, 1e-2, 0.1 GeV.
/// Run: <c>cd bench/SecretNu.Bench &amp;&amp; dotnet run -c Release -- --study spectra</c>.
/// </summary>
public static class SpectraConvergenceStudy
{
    static readonly (int Meson, int Lepton)[] Pairs =
        [(211, 11), (211, 13), (321, 11), (321, 13), (431, 11), (431, 13), (431, 15), (411, 11), (411, 13), (411, 15)];

    static readonly double[] TimingMasses = [1e-6, 1e-3, 1e-2, 0.1];
    const int Batches = 15, Repetitions = 10;

    sealed record Variant(string Parameter, string Value, SpectrumResolution Resolution);

    sealed record Accuracy(double WorstDifference, string Where, double WorstTotal, string WhereTotal);

    public static void Run(TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var d = SpectrumResolution.Default;
        var variants = new List<Variant>();
        foreach (int n in new[] { 4, 6, 8, 12, 16 })
            variants.Add(new("NodesPerDecade", n.ToString(inv), d with { NodesPerDecade = n }));
        foreach (int n in new[] { 8, 10, 12, 16, 24 })
            variants.Add(new("ZNodes", n.ToString(inv), d with { ZNodes = n }));
        foreach (double r in new[] { 1e-3, 1e-4, 1e-5, 1e-6 })
            variants.Add(new("EndResolution", r.ToString("0e0", inv), d with { EndResolution = r }));
        foreach (int n in new[] { 16, 24, 32, 48 })
            variants.Add(new("LinearNodes", n.ToString(inv), d with { LinearNodes = n }));
        foreach (var (outer, inner) in new[] { (16, 8), (32, 10), (64, 16) })
            variants.Add(new("Dalitz (Outer, Inner)", $"({outer}, {inner})", d with { Dalitz = new DalitzQuadrature(outer, inner) }));

        // every (channel, mass) point of the test, with its Reference spectra built once
        var points = new List<(ChargedMeson Meson, ChargedLepton Lepton, double Mass)>();
        foreach (var (m, l) in Pairs)
        {
            var meson = ChargedMeson.All.Single(x => x.PdgId == m);
            var lepton = ChargedLepton.All.Single(x => x.PdgId == l);
            double closure = meson.Mass - lepton.Mass;
            var masses = Enumerable.Range(0, 15).Select(i => 1e-7 * Math.Pow(10, 0.5 * i)).Where(x => x < closure)
                .Concat(new[] { 0.9, 0.98, 0.995 }.Select(f => f * closure));
            foreach (double mass in masses)
                if (ThreeBodyDecay.IsOpen(meson, lepton, mass)) points.Add((meson, lepton, mass));
        }

        output.WriteLine($"Spectra convergence study: {points.Count} (channel, m_Z′) points, {variants.Count} variants, " +
                         $"{Environment.ProcessorCount} logical cores, .NET {Environment.Version}");
        var clock = Stopwatch.StartNew();
        var reference = new ZPrimeChannelSpectra[points.Count];
        Parallel.For(0, points.Count, k =>
        {
            var (meson, lepton, mass) = points[k];
            reference[k] = new ZPrimeChannelSpectra(meson, lepton, mass, RateNormalisation.Derived, SpectrumResolution.Reference);
        });
        output.WriteLine($"Reference spectra built in {clock.Elapsed.TotalSeconds:F1} s");
        output.Flush();

        // accuracy (parallel over points), once per distinct resolution
        var accuracy = new Dictionary<SpectrumResolution, Accuracy>();
        foreach (var v in variants)
        {
            if (accuracy.ContainsKey(v.Resolution)) continue;
            var diff = new double[points.Count];
            var total = new double[points.Count];
            Parallel.For(0, points.Count, k =>
            {
                var (meson, lepton, mass) = points[k];
                var s = new ZPrimeChannelSpectra(meson, lepton, mass, RateNormalisation.Derived, v.Resolution);
                diff[k] = SpectrumResolution.LargestCumulativeDifference(s, reference[k]);
                total[k] = new[] { s.Primary, s.ZNeutrino.Spectrum, s.ZAntineutrino.Spectrum }.Max(c => Math.Abs(c.Total - 1));
            });
            int kd = ArgMax(diff), kt = ArgMax(total);
            accuracy[v.Resolution] = new(diff[kd], Describe(points[kd]), total[kt], Describe(points[kt]));
            output.WriteLine(string.Create(inv, $"  accuracy {v.Parameter} = {v.Value}: {diff[kd]:0.00E+0} at {Describe(points[kd])}"));
            output.Flush();
        }

        // timing (single thread), once per distinct resolution: warm every variant up first, then interleave the
        // batches (batch b of every variant and mass before batch b + 1) so that load from other processes on the
        // machine is spread over all variants rather than landing on a few
        var distinct = variants.Select(v => v.Resolution).Distinct().ToList();
        foreach (var r in distinct) for (int w = 0; w < 3; w++) foreach (double m in TimingMasses) sink += BuildAllOpen(m, r);
        var timing = distinct.ToDictionary(r => r, _ => Enumerable.Repeat(double.PositiveInfinity, TimingMasses.Length).ToArray());
        for (int b = 0; b < Batches; b++)
            foreach (var r in distinct)
                for (int j = 0; j < TimingMasses.Length; j++)
                    timing[r][j] = Math.Min(timing[r][j], MeanMilliseconds(TimingMasses[j], r));
        foreach (var v in variants)
            output.WriteLine($"  timing {v.Parameter} = {v.Value}: {string.Join(", ", timing[v.Resolution].Select(x => x.ToString("F3", inv)))} ms");
        output.WriteLine($"Study finished in {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine();

        // the table
        double defaultCost = timing[d].Sum();
        output.WriteLine("Default = " + Format(d));
        output.WriteLine();
        output.WriteLine("| Parameter | Value | Worst Δ cumulative | at (channel, m_Z′ [GeV]) | Worst \\|Total − 1\\| | at | t(1e-6) [ms] | t(1e-3) [ms] | t(1e-2) [ms] | t(0.1) [ms] | Σt [ms] | Σt / Default |");
        output.WriteLine("|---|---|---:|---|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var v in variants)
        {
            var a = accuracy[v.Resolution];
            var t = timing[v.Resolution];
            string value = v.Resolution == d ? $"**{v.Value}** (Default)" : v.Value;
            output.WriteLine(string.Create(inv,
                $"| {v.Parameter} | {value} | {a.WorstDifference:0.00E+0} | {a.Where} | {a.WorstTotal:0.00E+0} | {a.WhereTotal} | " +
                $"{t[0]:F3} | {t[1]:F3} | {t[2]:F3} | {t[3]:F3} | {t.Sum():F3} | {t.Sum() / defaultCost:F2} |"));
        }
        output.WriteLine();

        // the conclusion in numbers: cheapest variant with worst difference ≤ 3e-5 (safety factor ≥ 3 under 1e-4),
        // and the same with totals within the 5e-6 of ZPrimeChannelSpectraTests.NormalisationAndEnergyConservation
        Cheapest(output, "worst difference ≤ 3e-5", variants, accuracy, timing, d, a => a.WorstDifference <= 3e-5);
        Cheapest(output, "worst difference ≤ 3e-5 and worst |Total − 1| ≤ 5e-6", variants, accuracy, timing, d,
            a => a.WorstDifference <= 3e-5 && a.WorstTotal <= 5e-6);
        output.Flush();
    }

    static void Cheapest(TextWriter output, string condition, List<Variant> variants, Dictionary<SpectrumResolution, Accuracy> accuracy,
        Dictionary<SpectrumResolution, double[]> timing, SpectrumResolution d, Func<Accuracy, bool> accept)
    {
        var inv = CultureInfo.InvariantCulture;
        double defaultCost = timing[d].Sum();
        var ok = variants.DistinctBy(v => v.Resolution).Where(v => accept(accuracy[v.Resolution]))
            .OrderBy(v => timing[v.Resolution].Sum()).ToList();
        if (ok.Count == 0) { output.WriteLine($"No variant has {condition}."); return; }
        var best = ok[0];
        output.WriteLine(string.Create(inv,
            $"Cheapest variant with {condition}: {best.Parameter} = {best.Value} " +
            $"({accuracy[best.Resolution].WorstDifference:0.00E+0}, |Total − 1| ≤ {accuracy[best.Resolution].WorstTotal:0.00E+0}, " +
            $"Σt = {timing[best.Resolution].Sum():F3} ms = {timing[best.Resolution].Sum() / defaultCost:F2} × Default)" +
            $"{(best.Resolution == d ? " — this is Default." : ".")}"));
    }

    static int sink;

    static int BuildAllOpen(double mass, SpectrumResolution resolution)
    {
        int n = 0;
        foreach (var meson in ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
                if (ThreeBodyDecay.IsOpen(meson, lepton, mass))
                {
                    var s = new ZPrimeChannelSpectra(meson, lepton, mass, RateNormalisation.Derived, resolution);
                    n += s.Primary.CumulativeAtNodes.Length;
                }
        return n;
    }

    /// <summary>Mean over <see cref="Repetitions"/> builds of every open channel [ms] (one batch).</summary>
    static double MeanMilliseconds(double mass, SpectrumResolution resolution)
    {
        long start = Stopwatch.GetTimestamp();
        for (int r = 0; r < Repetitions; r++) sink += BuildAllOpen(mass, resolution);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds / Repetitions;
    }

    static int ArgMax(double[] x)
    {
        int k = 0;
        for (int i = 1; i < x.Length; i++) if (x[i] > x[k]) k = i;
        return k;
    }

    static string Describe((ChargedMeson Meson, ChargedLepton Lepton, double Mass) p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Meson.Name} → {p.Lepton.Name}+, {p.Mass:G3}");

    static string Format(SpectrumResolution r) => string.Create(CultureInfo.InvariantCulture,
        $"Dalitz ({r.Dalitz.Outer}, {r.Dalitz.Inner}), NodesPerDecade {r.NodesPerDecade}, ZNodes {r.ZNodes}, " +
        $"EndResolution {r.EndResolution:0e0}, LinearNodes {r.LinearNodes}");
}
