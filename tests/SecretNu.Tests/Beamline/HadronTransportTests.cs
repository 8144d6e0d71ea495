using SecretNu.Beamline;

namespace SecretNu.Tests.Beamline;

public class HadronTransportTests
{
    static (DecaySegment[] Segments, TrackSummary Summary) TrackBeam(HadronTransport t, HadronStart h)
    {
        var buffer = new DecaySegment[t.MaxSegments];
        int n = t.TrackInBeamFrame(h, buffer, out var summary);
        return (buffer[..n], summary);
    }

    static double Sum(DecaySegment[] segs)
    {
        double s = 0;
        foreach (var g in segs) s += g.Probability;
        return s;
    }

    static double MeanZ(DecaySegment[] segs)
    {
        double s = 0, w = 0;
        foreach (var g in segs) { s += g.Probability * g.Z; w += g.Probability; }
        return s / w;
    }

    /// <summary>A neutral hadron with decay length <paramref name="lambda"/> [m] at 100 GeV and direction (θ, φ).</summary>
    static HadronStart Neutral(double lambda, double theta = 0, double phi = 0, Vec3 vertex = default) =>
        new(0, 0.5, lambda * 0.5 / 100, Vec3.FromPolar(100, theta, phi), vertex);

    [Theory]
    [InlineData("run2", 139.3)]
    [InlineData("run3", 139.3)]
    [InlineData("run4", 127.812)]
    public void Neutral_on_the_line_of_sight_stops_at_the_pipe_split(string run, double zSplit)
    {
        var t = new HadronTransport(BeamlineLayout.FromName(run));
        var (segs, end) = TrackBeam(t, Neutral(3000));
        Assert.Equal(TrackEndReason.Absorbed, end.Reason);
        Assert.Equal(zSplit, end.Position.Z, 1e-9);
        Assert.All(segs, s => Assert.True(s.Z < zSplit));
    }

    [Theory]
    [InlineData("run2", 3000.0)]
    [InlineData("run2", 20.0)]
    [InlineData("run4", 50.0)]
    public void Neutral_decay_probabilities_sum_to_one_minus_survival_over_the_path(string run, double lambda)
    {
        var layout = BeamlineLayout.FromName(run);
        var t = new HadronTransport(layout);
        var (segs, end) = TrackBeam(t, Neutral(lambda));
        double length = layout.Separation.ZSplit;
        Assert.Equal(1 - Math.Exp(-length / lambda), Sum(segs), 1e-12);
        Assert.Equal(Math.Exp(-length / lambda), end.Survival, 1e-12);
        // With exactly weighted decay points the mean decay z along a straight line is exact:
        // <z> = λ − L e^{−L/λ}/(1 − e^{−L/λ}).
        double e = Math.Exp(-length / lambda);
        Assert.Equal(lambda - length * e / (1 - e), MeanZ(segs), 1e-8 * length);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(Math.PI / 4)]
    [InlineData(2.0)]
    public void Neutral_at_3_mrad_leaves_the_29_mm_pipe_at_the_analytic_point(double phi)
    {
        // Central pipe: circle of 29 mm up to 10.5 m; r = z tan θ reaches 29 mm at 9.667 m (inside that row).
        const double theta = 3e-3, lambda = 200;
        var t = new HadronTransport(BeamlineLayout.Run2);
        var (segs, end) = TrackBeam(t, Neutral(lambda, theta, phi));
        double zExit = 0.029 / Math.Tan(theta);
        Assert.Equal(TrackEndReason.Absorbed, end.Reason);
        Assert.InRange(end.Position.Z, zExit - t.Policy.ExitTolerance, zExit);
        // The last step is cut at the exit: P_total = 1 − exp(−L/λ) with L the path length to the exit point.
        double path = end.Position.Z / Math.Cos(theta);
        Assert.Equal(path, end.PathLength, 1e-12);
        Assert.Equal(1 - Math.Exp(-path / lambda), Sum(segs), 1e-13);
        Assert.InRange(1 - Math.Exp(-zExit / Math.Cos(theta) / lambda) - Sum(segs), 0, t.Policy.ExitTolerance / lambda);
    }

    [Fact]
    public void Neutral_at_2_mrad_stops_at_the_face_of_the_18_9_m_restriction()
    {
        // r = 2 mrad × z stays inside the 29/38/40/55.7/60/54.6/43.9 mm rows; at 18.9 m r = 37.8 mm > 33.1 mm.
        var t = new HadronTransport(BeamlineLayout.Run2);
        var (_, end) = TrackBeam(t, Neutral(500, 2e-3));
        Assert.Equal(TrackEndReason.Absorbed, end.Reason);
        Assert.Equal(18.9, end.Position.Z, 1e-9);
        // Run 4: 31.5 mm restriction from 17.389 m (r = 34.8 mm there).
        var t4 = new HadronTransport(BeamlineLayout.Run4);
        Assert.Equal(17.389, TrackBeam(t4, Neutral(500, 2e-3)).Summary.Position.Z, 1e-9);
    }

    [Fact]
    public void Neutral_leaves_the_D1_chamber_through_its_top()
    {
        // Run 2 D1 chamber (59.7-84.4 m): a_y = b_y = 26.5 mm; a vertical ray at 0.379 mrad crosses 26.5 mm at ≈ 70 m.
        const double theta = 0.379e-3;
        var t = new HadronTransport(BeamlineLayout.Run2);
        var (_, end) = TrackBeam(t, Neutral(1000, theta, Math.PI / 2));
        double zExit = 0.0265 / Math.Tan(theta);
        Assert.InRange(end.Position.Z, zExit - t.Policy.ExitTolerance, zExit);
    }

    [Theory]
    [InlineData("run2", +1, +1.0)]
    [InlineData("run2", -1, -1.0)]
    [InlineData("run3", +1, +1.0)]
    [InlineData("run4", +1, +1.0)]
    public void D1_bends_positive_hadrons_towards_plus_x_by_kL_over_p(string run, int charge, double side)
    {
        // README §5.5: k q > 0 bends a +z particle towards −x. D1 has k < 0, so a positive hadron goes to +x.
        var layout = BeamlineLayout.FromName(run);
        double kTotalLength = 0, zStart = double.MaxValue, zEnd = 0;
        foreach (var r in layout.Dipoles.Regions)
            if (r.Strength < 0 && r.ZTo < 100) { kTotalLength += r.Strength * r.Length; zStart = Math.Min(zStart, r.ZFrom); zEnd = r.ZTo; }
        const double p = 3000;
        var start = new HadronStart(charge, 0.13957, 1e6, new Vec3(0, 0, p), new Vec3(0, 0, zStart - 1));
        var t = new HadronTransport(layout);
        var (_, end) = TrackBeam(t, start);
        Assert.True(end.Position.Z > zEnd, $"hadron stopped at {end.Position.Z} m, before the end of D1");
        double expected = Math.Abs(kTotalLength) / p;          // small-angle deflection |k| L/p
        double angle = Math.Atan2(end.Direction.X, end.Direction.Z);
        Assert.Equal(side, Math.Sign(angle));
        Assert.Equal(expected, Math.Abs(angle), 1e-3 * expected);
    }

    [Fact]
    public void Dipole_motion_is_the_exact_helix()
    {
        // Single dipole k = −0.5 GeV/m from 10 to 20 m; p = 100 GeV, q = +1 → bends to +x on a circle of
        // horizontal radius R = p_h/|k|; p_y is conserved.
        var t = new HadronTransport(TestLayouts.With(dipoles: new DipoleField([new FieldRegion(10, 20, -0.5)]), zMax: 20));
        const double p = 100, uy = 0.01;
        var dir = new Vec3(0, uy, Math.Sqrt(1 - uy * uy));
        var (_, end) = TrackBeam(t, new HadronStart(+1, 0.14, 1e6, p * dir, new Vec3(0, 0, 5)));
        double h = Math.Sqrt(1 - uy * uy), r = p * h / 0.5;
        double sinPsi = 10 / r, psi = Math.Asin(sinPsi);
        Assert.Equal(20.0, end.Position.Z, 12);
        Assert.Equal(r * (1 - Math.Cos(psi)), end.Position.X, 1e-10);
        Assert.Equal(h * sinPsi, end.Direction.X, 1e-12);
        Assert.Equal(uy, end.Direction.Y, 1e-15);
        double arcH = r * psi;
        Assert.Equal(5 * uy / h + uy / h * arcH, end.Position.Y, 1e-10);
        Assert.Equal(5 / h + arcH / h, end.PathLength, 1e-9);
    }

    [Theory]
    [InlineData(+1)]
    [InlineData(-1)]
    public void Short_quadrupole_has_the_thin_lens_focal_length(int charge)
    {
        // G = 100 T/m over L = 0.1 m at p = 100 GeV: κ = 0.299 G q/p = ±0.299 m⁻², f = 1/(κ L) = 33.4 m.
        const double g = 100, len = 0.1, p = 100, x0 = 1e-3, y0 = -2e-3;
        var t = new HadronTransport(TestLayouts.With(quads: new QuadrupoleField([new FieldRegion(10, 10 + len, g)])));
        var (_, end) = TrackBeam(t, new HadronStart(charge, 0.14, 1e6, new Vec3(0, 0, p), new Vec3(x0, y0, 5)));
        double kappa = 0.299 * g * charge / p, f = 1 / (kappa * len);
        // Thin lens: slope after the lens = −offset/f (focusing in x for κ > 0, defocusing in y).
        Assert.Equal(-x0 / f, end.Direction.X, 1e-3 * Math.Abs(x0 / f));
        Assert.Equal(+y0 / f, end.Direction.Y, 1e-3 * Math.Abs(y0 / f));
        // Thick-lens solution exactly.
        double w = Math.Sqrt(Math.Abs(kappa)), phi = w * len;
        double expectedUx = charge > 0 ? -x0 * w * Math.Sin(phi) : x0 * w * Math.Sinh(phi);
        Assert.Equal(expectedUx, end.Direction.X, 1e-15);
    }

    [Fact]
    public void Quadrupole_offsets_are_measured_from_the_pipe_the_hadron_is_in()
    {
        // Two pipes at ±0.1 m; a hadron on the axis of the +x pipe is not deflected, one 1 mm off it is.
        var layout = new BeamlineLayout("split", 6500, new CrossingAngle(0, CrossingPlane.Vertical), Vec3.Zero, 30,
            new ApertureTable([-1.0, 1.0, 1.0, 1.0, 1.0]), new PipeSeparation(0.5, 0, 1, 0.1),
            new DipoleField([]), new QuadrupoleField([new FieldRegion(10, 12, 50)]), OrbitKicks.None, 1);
        var t = new HadronTransport(layout);
        var onAxis = TrackBeam(t, new HadronStart(1, 0.14, 1e6, new Vec3(0, 0, 100), new Vec3(-0.1, 0, 5))).Summary;
        Assert.Equal(0.0, onAxis.Direction.X, 1e-15);
        var off = TrackBeam(t, new HadronStart(1, 0.14, 1e6, new Vec3(0, 0, 100), new Vec3(-0.101, 0, 5))).Summary;
        Assert.True(off.Direction.X > 0); // focused back towards x = −0.1
    }

    [Theory]
    [InlineData(+1)]
    [InlineData(-1)]
    [InlineData(0)]
    public void Orbit_kick_deflects_by_beam_momentum_times_angle_over_p(int charge)
    {
        const double pBeam = 6500, thx = 1e-5, thy = -2e-5, p = 650;
        var t = new HadronTransport(TestLayouts.With(kicks: new OrbitKicks([new OrbitKick(10, thx, thy)]), beamMomentum: pBeam));
        var (segs, end) = TrackBeam(t, new HadronStart(charge, 0.14, 1e6, new Vec3(0, 0, p), new Vec3(0, 0, 1)));
        Assert.Equal(charge * pBeam * thx / p, end.Direction.X / end.Direction.Z, 1e-6 * pBeam * Math.Abs(thx) / p);
        Assert.Equal(charge * pBeam * thy / p, end.Direction.Y / end.Direction.Z, 1e-6 * pBeam * Math.Abs(thy) / p);
        foreach (var s in segs)
            if (s.Z < 10) Assert.Equal(0.0, s.Ux);
        Assert.Equal(1.0, end.Direction.Length, 1e-15);
    }

    public static TheoryData<string, int, double> ConvergenceCases()
    {
        var data = new TheoryData<string, int, double>();
        foreach (var run in new[] { "run2", "run3", "run4" })
            foreach (int charge in new[] { +1, -1 })
                for (int k = 0; k < 8; k++) data.Add(run, charge, k * Math.PI / 4);
        return data;
    }

    [Theory]
    [MemberData(nameof(ConvergenceCases))]
    public void Total_probability_and_mean_decay_z_converge_when_the_steps_are_halved(string run, int charge, double phi)
    {
        // Typical forward pion: p = 500 GeV, θ = 0.3 mrad (generator frame, crossing angle applied by Track).
        var layout = BeamlineLayout.FromName(run);
        var start = HadronStart.FromPdg(211 * charge, Vec3.FromPolar(500, 0.3e-3, phi), Vec3.Zero);
        var coarse = new HadronTransport(layout);
        var fine = new HadronTransport(layout, StepPolicy.Default.Halved());
        var a = new DecaySegment[coarse.MaxSegments];
        var b = new DecaySegment[fine.MaxSegments];
        var sa = a[..coarse.Track(start, a)];
        var sb = b[..fine.Track(start, b)];
        Assert.True(sb.Length > sa.Length);
        Assert.Equal(Sum(sb), Sum(sa), 1e-3 * Sum(sb));
        Assert.Equal(MeanZ(sb), MeanZ(sa), 1e-3 * MeanZ(sb));
    }

    [Theory]
    [InlineData(0.2e-3, 1500.0)]
    [InlineData(-0.5e-3, 3000.0)]
    public void Opposite_charges_with_mirrored_x_are_mirror_images_through_the_dipoles(double thetaX, double p)
    {
        // From 55 m (after the triplet) the Run 2 line holds only drifts, D1, D2 and |x|-symmetric apertures until Q4
        // at 167.85 m, and dipoles are symmetric under (x → −x, q → −q). Kicks before Q4 are vertical only (163.99 m)
        // or horizontal at 165.29 m, so compare up to 163 m.
        var t = new HadronTransport(BeamlineLayout.Run2);
        var v = new Vec3(0.004, 0.001, 55);
        var mom = new Vec3(p * thetaX, 0.1e-3 * p, p);
        var (plus, endPlus) = TrackBeam(t, new HadronStart(+1, 0.13957, 7.809, mom, v));
        var (minus, _) = TrackBeam(t, new HadronStart(-1, 0.13957, 7.809, mom with { X = -mom.X }, v with { X = -v.X }));
        Assert.True(endPlus.Position.Z > 60);
        int compared = 0;
        for (int i = 0; i < Math.Min(plus.Length, minus.Length) && plus[i].Z < 163; i++, compared++)
        {
            Assert.Equal(plus[i].Z, minus[i].Z, 1e-12);
            Assert.Equal(plus[i].X, -minus[i].X, 1e-12);
            Assert.Equal(plus[i].Y, minus[i].Y, 1e-12);
            Assert.Equal(plus[i].Ux, -minus[i].Ux, 1e-14);
            Assert.Equal(plus[i].Probability, minus[i].Probability, 1e-15);
        }
        if (endPlus.Position.Z < 163) Assert.Equal(plus.Length, minus.Length);
        Assert.True(compared > 5);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Same_charge_mirrored_in_x_or_y_is_symmetric_through_the_Run4_triplet(bool mirrorX)
    {
        // Quadrupoles are symmetric under x → −x (and y → −y) at fixed charge; Run 4 has no kicks and D1 starts at 72 m.
        var t = new HadronTransport(BeamlineLayout.Run4);
        var mom = Vec3.FromPolar(800, 0.25e-3, 0.7);
        var v = new Vec3(1e-4, -2e-4, 0);
        Vec3 Mirror(Vec3 a) => mirrorX ? a with { X = -a.X } : a with { Y = -a.Y };
        var (a, _) = TrackBeam(t, new HadronStart(1, 0.13957, 7.809, mom, v));
        var (b, _) = TrackBeam(t, new HadronStart(1, 0.13957, 7.809, Mirror(mom), Mirror(v)));
        int compared = 0;
        for (int i = 0; i < Math.Min(a.Length, b.Length) && a[i].Z < 72; i++, compared++)
        {
            var pa = new Vec3(a[i].X, a[i].Y, a[i].Z);
            var pb = Mirror(new Vec3(b[i].X, b[i].Y, b[i].Z));
            Assert.Equal(pa.X, pb.X, 1e-13);
            Assert.Equal(pa.Y, pb.Y, 1e-13);
            Assert.Equal(pa.Z, pb.Z, 1e-12);
            Assert.Equal(a[i].Probability, b[i].Probability, 1e-15);
        }
        Assert.True(compared > 10);
    }

    [Fact]
    public void Segments_are_consistent_for_random_forward_hadrons()
    {
        var rng = new Random(2024);
        int[] ids = [211, -211, 321, -321, 130, 310, 3122, 3222];
        foreach (var layout in new[] { BeamlineLayout.Run2, BeamlineLayout.Run3, BeamlineLayout.Run4 })
        {
            var t = new HadronTransport(layout);
            var buffer = new DecaySegment[t.MaxSegments];
            for (int i = 0; i < 300; i++)
            {
                double p = 20 * Math.Pow(200, rng.NextDouble()), theta = 2e-3 * rng.NextDouble(), phi = 2 * Math.PI * rng.NextDouble();
                var h = HadronStart.FromPdg(ids[i % ids.Length], Vec3.FromPolar(p, theta, phi), Vec3.Zero);
                int n = t.Track(h, buffer, out var end);
                double sum = 0, lastZ = double.NegativeInfinity;
                for (int j = 0; j < n; j++)
                {
                    var s = buffer[j];
                    Assert.InRange(s.Probability, 0, 1);
                    Assert.True(s.Z > lastZ);
                    Assert.Equal(1.0, s.Ux * s.Ux + s.Uy * s.Uy + s.Uz * s.Uz, 1e-12);
                    Assert.True(layout.IsInsideAperture(s.X, s.Y, s.Z), $"decay point outside the pipe at z = {s.Z}");
                    sum += s.Probability;
                    lastZ = s.Z;
                }
                Assert.Equal(1 - end.Survival, sum, 1e-12);
                Assert.NotEqual(TrackEndReason.Dropped, end.Reason);
                Assert.True(end.Position.Z <= layout.ZMax);
            }
        }
    }

    [Fact]
    public void Hadrons_moving_backwards_or_produced_outside_the_pipe_are_dropped()
    {
        var t = new HadronTransport(BeamlineLayout.Run2);
        var buffer = new DecaySegment[t.MaxSegments];
        Assert.Equal(0, t.TrackInBeamFrame(new HadronStart(0, 0.5, 1, new Vec3(0, 0, -100), Vec3.Zero), buffer, out var s1));
        Assert.Equal(TrackEndReason.Dropped, s1.Reason);
        Assert.Equal(0, t.TrackInBeamFrame(Neutral(100, vertex: new Vec3(0.05, 0, 1)), buffer));
        Assert.Equal(0, t.TrackInBeamFrame(Neutral(100, vertex: new Vec3(0, 0, -0.2)), buffer));
        Assert.Equal(0, t.TrackInBeamFrame(Neutral(100, vertex: new Vec3(0, 0, 220)), buffer));
        Assert.True(t.TrackInBeamFrame(Neutral(100, vertex: new Vec3(0.02, 0, -0.1)), buffer) > 0);
    }

    [Fact]
    public void Output_buffer_shorter_than_MaxSegments_is_rejected()
    {
        var t = new HadronTransport(BeamlineLayout.Run2);
        var small = new DecaySegment[t.MaxSegments - 1];
        Assert.Throws<ArgumentException>(() => t.TrackInBeamFrame(Neutral(100), small));
    }

    [Fact]
    public void Step_policy_is_validated_and_halving_halves_every_length()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HadronTransport(BeamlineLayout.Run2, new StepPolicy(MaxDriftStep: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HadronTransport(BeamlineLayout.Run2, new StepPolicy(MinSurvival: 1)));
        var h = new StepPolicy(4, 1, 0.02).Halved();
        Assert.Equal((2.0, 0.5, 0.01), (h.MaxDriftStep, h.MaxMagnetStep, h.ExitTolerance));
    }
}
