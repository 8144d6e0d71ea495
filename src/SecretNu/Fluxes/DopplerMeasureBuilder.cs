using SecretNu.Beamline;
using SecretNu.Physics;
using SecretNu.Production;

namespace SecretNu.Fluxes;

/// <summary>
/// Builds the <see cref="DopplerMeasure"/> of one parent species from its production table: every table bin is split
/// into θ, p sub-points and azimuths; light hadrons are carried through the beam line (<see cref="HadronTransport"/>:
/// decays in flight with exact exponential weights, absorption at the apertures, bending in the magnets) and each
/// decay segment is integrated over the face; charm hadrons decay at the interaction point. The crossing angle and
/// the IP shift of the layout rotate every momentum. Deterministic and parallel: θ rows are processed in fixed chunks
/// whose partial sums are added in order, so the result does not depend on thread scheduling.
/// </summary>
public static class DopplerMeasureBuilder
{
    /// <summary>Hadrons per unit weight statistics of a build (diagnostics).</summary>
    public sealed record Diagnostics(long Hadrons, long Segments, double TableWeight, double SkippedNegativeWeight);

    /// <summary>The measure of the parent species of <paramref name="table"/> for this beam line, face and settings.</summary>
    /// <param name="table">Production table of the parent (weights in pb).</param>
    /// <param name="layout">Beam-line layout (apertures, magnets, crossing angle, IP shift).</param>
    /// <param name="face">Integrator over the detector face.</param>
    /// <param name="settings">Sampling and stepping settings.</param>
    /// <param name="diagnostics">Counts of hadrons and decay segments, total and skipped negative table weight.</param>
    public static DopplerMeasure Build(HadronTable table, BeamlineLayout layout, FaceIntegrator face, FluxSettings settings,
        out Diagnostics diagnostics)
    {
        var hadron = Hadron.Get(table.PdgId);
        double eStarMax = 0.5 * hadron.Mass;
        var transport = hadron.DecaysInFlight ? new HadronTransport(layout, settings.Steps) : null;
        int nTheta = table.ThetaCount, nP = table.MomentumCount, nD = DopplerGrid.Count, nZ = DopplerMeasure.ZClassEdges.Length;
        var weights = table.Weights;
        double faceOffset = Math.Sqrt(face.Face.OffsetX * face.Face.OffsetX + face.Face.OffsetY * face.Face.OffsetY) / face.Face.Distance;
        double offset = Math.Abs(layout.Crossing.Angle) + faceOffset;
        double minMomentum = settings.MinEnergy / eStarMax * hadron.Mass / 2; // D ≤ 2p/m

        const int chunk = 4;
        int chunks = (nTheta + chunk - 1) / chunk;
        var partial = new double[chunks][];
        var partialDist = new double[chunks][];
        var counts = new long[chunks, 2];
        double negative = 0;
        for (int k = 0; k < weights.Length; k++) if (weights[k] < 0) negative -= weights[k];

        Parallel.For(0, chunks, Parallelism.Options, c =>
        {
            var acc = new double[nZ * nD];
            var dist = new double[2 * nZ];
            var segments = transport is null ? [] : new DecaySegment[transport.MaxSegments];
            long hadrons = 0, segs = 0;
            for (int it = c * chunk; it < Math.Min(nTheta, (c + 1) * chunk); it++)
                for (int ip = 0; ip < nP; ip++)
                {
                    double w = weights[it * nP + ip];
                    if (!(w > 0)) continue; // NLO tables carry a few negative bins (≤ 2.4e-4 of the total): skipped, as FORESEE does
                    double lp0 = table.LogMomentumCentres[ip];
                    if (Math.Pow(10, lp0 + 0.025) < minMomentum) continue;
                    double lt0 = table.LogThetaCentres[it];
                    for (int st = 0; st < settings.ThetaSamples; st++)
                    {
                        double theta = Math.Pow(10, lt0 + HadronTable.BinWidthLog10 * ((st + 0.5) / settings.ThetaSamples - 0.5));
                        if (theta >= 0.5 * Math.PI) continue;
                        int nPhi = settings.Azimuths(theta, offset);
                        for (int sp = 0; sp < settings.MomentumSamples; sp++)
                        {
                            double p = Math.Pow(10, lp0 + HadronTable.BinWidthLog10 * ((sp + 0.5) / settings.MomentumSamples - 0.5));
                            if (p < minMomentum) continue;
                            double e = Math.Sqrt(p * p + hadron.Mass * hadron.Mass);
                            double gamma = e / hadron.Mass, beta = p / e;
                            double wEach = w / (settings.ThetaSamples * settings.MomentumSamples * nPhi);
                            for (int k = 0; k < nPhi; k++)
                            {
                                double phi = 2 * Math.PI * (k + 0.5) / nPhi;
                                var mom = Vec3.FromPolar(p, theta, phi);
                                hadrons++;
                                if (transport is null)
                                {
                                    var v = layout.VertexToBeamFrame(Vec3.Zero);
                                    var m = layout.MomentumToBeamFrame(mom);
                                    if (m.Z <= 0) continue;
                                    double added = face.Deposit(v.X, v.Y, v.Z, m.X / p, m.Y / p, m.Z / p, gamma, beta, wEach, eStarMax,
                                        acc.AsSpan(0, nD), out double r);
                                    dist[0] += added; dist[1] += added * r;
                                    segs++;
                                    continue;
                                }
                                var start = new HadronStart(hadron.Charge, hadron.Mass, hadron.DecayLength, mom, Vec3.Zero);
                                int n = transport.Track(start, segments);
                                for (int s = 0; s < n; s++)
                                {
                                    ref readonly var seg = ref segments[s];
                                    if (seg.Probability <= 0) continue;
                                    int zc = DopplerMeasure.ZClass(seg.Z);
                                    double added = face.Deposit(seg.X, seg.Y, seg.Z, seg.Ux, seg.Uy, seg.Uz, gamma, beta,
                                        wEach * seg.Probability, eStarMax, acc.AsSpan(zc * nD, nD), out double r);
                                    dist[2 * zc] += added; dist[2 * zc + 1] += added * r;
                                }
                                segs += n;
                            }
                        }
                    }
                }
            partial[c] = acc; partialDist[c] = dist;
            counts[c, 0] = hadrons; counts[c, 1] = segs;
        });

        var total = new double[nZ * nD];
        var distSum = new double[2 * nZ];
        long nh = 0, ns = 0;
        for (int c = 0; c < chunks; c++)
        {
            for (int i = 0; i < total.Length; i++) total[i] += partial[c][i];
            for (int i = 0; i < distSum.Length; i++) distSum[i] += partialDist[c][i];
            nh += counts[c, 0]; ns += counts[c, 1];
        }
        // momentum sub-bins are points: spread them log-uniformly over their width (D ∝ p), as FORESEE samples a bin
        double spread = 0.5 * HadronTable.BinWidthLog10 / settings.MomentumSamples;
        for (int z = 0; z < nZ; z++) DopplerGrid.Spread(total.AsSpan(z * nD, nD), spread).CopyTo(total.AsSpan(z * nD, nD));
        var mean = new double[nZ];
        for (int z = 0; z < nZ; z++) mean[z] = distSum[2 * z] > 0 ? distSum[2 * z + 1] / distSum[2 * z] : double.NaN;
        diagnostics = new Diagnostics(nh, ns, table.Sum, negative);
        return new DopplerMeasure(table.PdgId, total, mean);
    }
}
