using SecretNu.Beamline;

namespace SecretNu.Tests.Beamline;

public class BeamlineLayoutTests
{
    [Theory]
    [InlineData("run2", 6500.0, 220.0)]
    [InlineData(" RUN3 ", 6800.0, 220.0)]
    [InlineData("Run4", 7000.0, 150.0)]
    public void FromName_is_case_insensitive_and_carries_the_run_parameters(string name, double beam, double zMax)
    {
        var layout = BeamlineLayout.FromName(name);
        Assert.Equal(name.Trim().ToLowerInvariant(), layout.Name);
        Assert.Equal(beam, layout.BeamMomentum);
        Assert.Equal(zMax, layout.ZMax);
    }

    [Fact]
    public void FromName_rejects_unknown_names_with_the_list_of_valid_ones()
    {
        var ex = Assert.Throws<InputException>(() => BeamlineLayout.FromName("run5"));
        Assert.Contains("run5", ex.Message);
        Assert.Contains("run2, run3, run4", ex.Message);
    }

    [Fact]
    public void Run_configurations_match_README_5_1()
    {
        Assert.Equal(150e-6, BeamlineLayout.Run2.Crossing.Angle);
        Assert.Equal(CrossingPlane.Vertical, BeamlineLayout.Run2.Crossing.Plane);
        Assert.Equal(new Vec3(-0.55e-3, 0, 0), BeamlineLayout.Run2.IpShift);
        Assert.Equal(-160e-6, BeamlineLayout.Run3.Crossing.Angle);
        Assert.Equal(CrossingPlane.Vertical, BeamlineLayout.Run3.Crossing.Plane);
        Assert.Equal(Vec3.Zero, BeamlineLayout.Run3.IpShift);
        Assert.Equal(250e-6, BeamlineLayout.Run4.Crossing.Angle);
        Assert.Equal(CrossingPlane.Horizontal, BeamlineLayout.Run4.Crossing.Plane);
        // Run 3 uses the Run 2 apertures with its own magnets and kicks; Run 4 has no kicks.
        Assert.Same(BeamlineLayout.Run2.Apertures, BeamlineLayout.Run3.Apertures);
        Assert.NotSame(BeamlineLayout.Run2.Dipoles, BeamlineLayout.Run3.Dipoles);
        Assert.Equal(0, BeamlineLayout.Run4.Kicks.Kicks.Length);
        Assert.Equal(7, BeamlineLayout.Run2.Kicks.Kicks.Length);
        Assert.Equal(5, BeamlineLayout.Run3.Kicks.Kicks.Length);
    }

    [Fact]
    public void Aperture_tables_have_the_rows_of_Appendix_B()
    {
        var r23 = ApertureTable.Run2Run3;
        Assert.Equal(126, r23.Count);
        Assert.Equal(new ApertureRow(-10.5, 0.029, 0.029, 0.029, 0.029), r23[0]);
        Assert.Equal(new ApertureRow(149.53, 0.0113210117, 0.05, 0.04, 0.04), r23[r23.RowIndexAt(150.0)]);
        Assert.Equal(new ApertureRow(259.499999, 0.022, 0.01715, 0.022, 0.022), r23[125]);
        var r4 = ApertureTable.Run4;
        Assert.Equal(124, r4.Count);
        Assert.Equal(new ApertureRow(-1, 0.0235, 0.0235, 0.0235, 0.0235), r4[0]);
        Assert.Equal(new ApertureRow(81.826, 0.05765, 0.05765, 0.2949613, 1.27583502), r4[r4.RowIndexAt(81.83)]);
        Assert.Equal(new ApertureRow(219.817, 0.03, 0.04, 0.04, 0.04), r4[123]);
        Assert.Equal(-1, r4.RowIndexAt(-1.5));
    }

    [Fact]
    public void Magnet_tables_have_the_lengths_and_strengths_of_Appendix_B()
    {
        double d1 = 0;
        foreach (var r in DipoleField.Run2.Regions) if (r.ZTo < 100) d1 += r.Length;
        Assert.Equal(6 * 3.4, d1, 1e-9);
        Assert.Equal(-0.37634956, DipoleField.Run3.StrengthAt(70.0));
        Assert.Equal(0.0, DipoleField.Run3.StrengthAt(70.0 + 1.6)); // gap between modules 71.554 and 72.42
        Assert.Equal(1.35, DipoleField.Run4.StrengthAt(140.0));
        Assert.Equal(-198.815642, QuadrupoleField.Run3.GradientAt(40.0));
        Assert.Equal(132.0, QuadrupoleField.Run4.GradientAt(60.0));
        Assert.Equal(0.0, QuadrupoleField.Run4.GradientAt(65.0));
    }

    [Theory]
    // Run 2/3 central pipe, circle of 29 mm: boundary at r = 0.029 m.
    [InlineData("run2", 0.0289, 0.0, 5.0, true)]
    [InlineData("run2", 0.0291, 0.0, 5.0, false)]
    [InlineData("run2", 0.0205, 0.0205, 5.0, true)]   // r = 28.99 mm
    [InlineData("run2", 0.0206, 0.0206, 5.0, false)]  // r = 29.13 mm
    // z limits: -0.1 ≤ z ≤ z_max.
    [InlineData("run2", 0.0, 0.0, -0.1, true)]
    [InlineData("run2", 0.0, 0.0, -0.1001, false)]
    [InlineData("run4", 0.0, 0.0, 150.0001, false)]
    // Rectangle narrower than the ellipse (row 21.5 m: a_x = 29.80 mm < b_x = 29.89 mm).
    [InlineData("run2", 0.02985, 0.0, 21.6, false)]
    [InlineData("run2", 0.02975, 0.0, 21.6, true)]
    // Pipe split at 139.3 m: d jumps from 0 to 0.097 (139.3 - 75)/83 = 75.15 mm.
    [InlineData("run2", 0.0, 0.0, 139.29, true)]
    [InlineData("run3", 0.0, 0.0, 139.3, false)]
    [InlineData("run3", 0.0751, 0.0, 139.3, true)]
    [InlineData("run3", -0.0751, 0.0, 139.3, true)]
    // Collimator-like restriction at 149.53-150.53 m: a_x = 11.32 mm about d(150) = 87.65 mm, ellipse 40 mm.
    [InlineData("run2", 0.08765 + 0.0110, 0.0, 150.0, true)]
    [InlineData("run2", 0.08765 + 0.0115, 0.0, 150.0, false)]
    [InlineData("run2", -0.08765, 0.039, 150.0, true)]
    [InlineData("run2", -0.08765, 0.041, 150.0, false)]
    // Run 4: split at 127.812 m (d = 0.097 (127.812 - 75)/66.39 = 77.16 mm), radius 41.55 mm there.
    [InlineData("run4", 0.0, 0.0, 127.80, true)]
    [InlineData("run4", 0.0, 0.0, 127.812, false)]
    [InlineData("run4", 0.0772 + 0.041, 0.0, 127.9, true)]
    [InlineData("run4", 0.0, 0.0234, 1.0, true)]
    [InlineData("run4", 0.0, 0.0236, 1.0, false)]
    public void IsInsideAperture_follows_README_5_4(string run, double x, double y, double z, bool inside)
    {
        Assert.Equal(inside, BeamlineLayout.FromName(run).IsInsideAperture(x, y, z));
    }

    [Fact]
    public void Pipe_separation_rules_jump_at_the_split_and_saturate()
    {
        Assert.Equal(0.0, PipeSeparation.Run2Run3.At(139.29));
        Assert.Equal(0.097 * 64.3 / 83, PipeSeparation.Run2Run3.At(139.3), 1e-15);
        Assert.Equal(0.097, PipeSeparation.Run2Run3.At(158.0), 1e-15);
        Assert.Equal(0.097, PipeSeparation.Run2Run3.At(200.0));
        Assert.Equal(0.097 * 52.812 / 66.39, PipeSeparation.Run4.At(127.812), 1e-15);
        Assert.Equal(0.097, PipeSeparation.Run4.At(145.0));
    }

    [Fact]
    public void Light_hadron_table_gives_upstream_masses_lifetimes_and_charges()
    {
        Assert.True(RivetLightHadrons.TryGet(-211, out var pi, out int q));
        Assert.Equal(-1, q);
        Assert.Equal(0.13957, pi.Mass);
        Assert.Equal(7.809, pi.CTau);
        Assert.Equal(3e8 * pi.Lifetime, pi.CTau, 1e-3);
        Assert.True(RivetLightHadrons.TryGet(-3112, out _, out int qSigmaBar));
        Assert.Equal(+1, qSigmaBar);
        Assert.True(RivetLightHadrons.TryGet(130, out var kl, out int q0));
        Assert.Equal((15.348, 0), (kl.CTau, q0));
        Assert.False(RivetLightHadrons.TryGet(111, out _, out _));
        Assert.Throws<ArgumentException>(() => HadronStart.FromPdg(411, new Vec3(0, 0, 100), Vec3.Zero));
    }
}
