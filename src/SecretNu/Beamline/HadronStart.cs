namespace SecretNu.Beamline;

/// <summary>
/// A long-lived hadron at its production point: the input of <see cref="HadronTransport"/>. Whether the momentum and
/// vertex are in the generator frame or already in the beam frame depends on the method it is passed to
/// (<see cref="HadronTransport.Track(in HadronStart, Span{DecaySegment})"/> versus
/// <see cref="HadronTransport.TrackInBeamFrame(in HadronStart, Span{DecaySegment})"/>).
/// </summary>
public readonly struct HadronStart
{
    /// <summary>
    /// A hadron of charge <paramref name="charge"/> (−1, 0 or +1 [e]), mass <paramref name="mass"/> &gt; 0 [GeV], proper
    /// decay length <paramref name="cTau"/> &gt; 0 [m], momentum <paramref name="momentum"/> (|p| &gt; 0, finite) [GeV]
    /// and production point <paramref name="vertex"/> (finite) [m].
    /// </summary>
    public HadronStart(int charge, double mass, double cTau, Vec3 momentum, Vec3 vertex)
    {
        if (charge is < -1 or > 1) throw new ArgumentOutOfRangeException(nameof(charge), charge, "Charge must be -1, 0 or +1.");
        if (!(mass > 0) || !double.IsFinite(mass)) throw new ArgumentOutOfRangeException(nameof(mass), mass, "Mass must be positive [GeV].");
        if (!(cTau > 0) || !double.IsFinite(cTau)) throw new ArgumentOutOfRangeException(nameof(cTau), cTau, "cτ must be positive [m].");
        if (!double.IsFinite(momentum.X) || !double.IsFinite(momentum.Y) || !double.IsFinite(momentum.Z) || !(momentum.Length > 0))
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "Momentum must be finite and non-zero [GeV].");
        if (!double.IsFinite(vertex.X) || !double.IsFinite(vertex.Y) || !double.IsFinite(vertex.Z))
            throw new ArgumentOutOfRangeException(nameof(vertex), vertex, "Vertex must be finite [m].");
        Charge = charge;
        Mass = mass;
        CTau = cTau;
        Momentum = momentum;
        Vertex = vertex;
    }

    /// <summary>
    /// A hadron identified by PDG id (either sign) from <see cref="RivetLightHadrons"/> (mass, cτ and charge as upstream).
    /// </summary>
    /// <exception cref="ArgumentException">The id is not one of the light hadrons in Appendix B.6.</exception>
    public static HadronStart FromPdg(int pdgId, Vec3 momentum, Vec3 vertex)
    {
        if (!RivetLightHadrons.TryGet(pdgId, out var h, out int charge))
            throw new ArgumentException($"PDG id {pdgId} is not a light hadron with a beam-line entry.", nameof(pdgId));
        return new HadronStart(charge, h.Mass, h.CTau, momentum, vertex);
    }

    /// <summary>Electric charge [e]: −1, 0 or +1.</summary>
    public int Charge { get; }
    /// <summary>Mass [GeV].</summary>
    public double Mass { get; }
    /// <summary>Proper decay length cτ [m].</summary>
    public double CTau { get; }
    /// <summary>Momentum at production [GeV]. Its magnitude is conserved during transport.</summary>
    public Vec3 Momentum { get; }
    /// <summary>Production point [m].</summary>
    public Vec3 Vertex { get; }

    /// <summary>Lab-frame decay length λ = cτ |p|/m [m].</summary>
    public double DecayLength => CTau * Momentum.Length / Mass;
}
