using SecretNu.Beamline;

namespace SecretNu.Tests.Beamline;

public class CrossingAngleTests
{
    [Theory]
    [InlineData("run2", 0.0, +1.0)]  // +150 µrad vertical: forward particles tilt to +y
    [InlineData("run3", 0.0, -1.0)]  // -160 µrad vertical: downwards
    [InlineData("run4", +1.0, 0.0)]  // +250 µrad horizontal: to +x
    public void Rotation_tilts_forward_particles_the_stated_way(string run, double sx, double sy)
    {
        var layout = BeamlineLayout.FromName(run);
        double a = Math.Abs(layout.Crossing.Angle);
        var p = layout.MomentumToBeamFrame(new Vec3(0, 0, 1000));
        Assert.Equal(sx * 1000 * Math.Sin(a), p.X, 1e-12);
        Assert.Equal(sy * 1000 * Math.Sin(a), p.Y, 1e-12);
        Assert.Equal(1000 * Math.Cos(a), p.Z, 1e-12);
    }

    [Fact]
    public void Rotation_preserves_length_and_is_rigid()
    {
        var rng = new Random(12345);
        foreach (var layout in new[] { BeamlineLayout.Run2, BeamlineLayout.Run3, BeamlineLayout.Run4 })
            for (int i = 0; i < 200; i++)
            {
                var a = new Vec3(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5, 100 * rng.NextDouble());
                var b = new Vec3(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5, 100 * rng.NextDouble());
                var ra = layout.Crossing.Rotate(a);
                var rb = layout.Crossing.Rotate(b);
                Assert.Equal(a.Length, ra.Length, 1e-12);
                Assert.Equal(a.X * b.X + a.Y * b.Y + a.Z * b.Z, ra.X * rb.X + ra.Y * rb.Y + ra.Z * rb.Z, 1e-10);
            }
    }

    [Fact]
    public void Vertex_gets_the_IP_shift_then_the_rotation()
    {
        var run2 = BeamlineLayout.Run2;
        Assert.Equal(new Vec3(-0.55e-3, 0, 0), run2.VertexToBeamFrame(Vec3.Zero));
        var v = run2.VertexToBeamFrame(new Vec3(0, 0, 1));
        Assert.Equal(-0.55e-3, v.X, 1e-15);
        Assert.Equal(Math.Sin(150e-6), v.Y, 1e-15);
        Assert.Equal(Math.Cos(150e-6), v.Z, 1e-15);
        var v4 = BeamlineLayout.Run4.VertexToBeamFrame(new Vec3(0, 0, 2));
        Assert.Equal(2 * Math.Sin(250e-6), v4.X, 1e-15);
    }

    [Fact]
    public void Track_applies_the_crossing_rotation_itself()
    {
        var transport = new HadronTransport(BeamlineLayout.Run3);
        var buffer = new DecaySegment[transport.MaxSegments];
        var kl = HadronStart.FromPdg(130, new Vec3(0, 0, 1000), Vec3.Zero);
        int n = transport.Track(kl, buffer);
        Assert.True(n > 0);
        Assert.Equal(-Math.Sin(160e-6), buffer[0].Uy, 1e-12);
        Assert.Equal(0.0, buffer[0].Ux);
        Assert.Equal(-Math.Tan(160e-6) * buffer[0].Z, buffer[0].Y, 1e-12);
    }

    [Fact]
    public void Rejects_angles_of_a_right_angle_or_more()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CrossingAngle(2.0, CrossingPlane.Vertical));
    }
}
