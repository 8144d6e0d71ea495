namespace SecretNu.Beamline;

/// <summary>
/// Turns the steps of one trajectory into <see cref="DecaySegment"/>s and carries the survival probability.
/// Consecutive straight steps (drifts with no kick in between) are fused into one segment up to a maximum z length,
/// which is exact for a straight line and keeps short aperture rows from multiplying the segments; curved steps
/// (inside magnets) become one segment each.
/// </summary>
internal ref struct SegmentWriter(Span<DecaySegment> output, double lambda, double maxStraightDz)
{
    readonly Span<DecaySegment> _output = output;
    readonly double _lambda = lambda, _maxDz = maxStraightDz * (1 + 1e-9);
    PhaseState _start;
    double _len, _dz;
    bool _pending;

    /// <summary>Number of segments written.</summary>
    public int Count { get; private set; }

    double _written = 1.0;

    /// <summary>Probability of surviving to the end of the last written segment (pending straight steps not included).</summary>
    public readonly double Survival => _written;

    /// <summary>Adds a straight step from <paramref name="from"/> of path length <paramref name="len"/> [m] and z length <paramref name="dz"/> [m].</summary>
    public void Straight(in PhaseState from, double len, double dz)
    {
        if (_pending && _dz + dz <= _maxDz) { _len += len; _dz += dz; }
        else
        {
            // The pending segment (if any) ends where this step starts.
            Flush(from);
            _start = from;
            _len = len;
            _dz = dz;
            _pending = true;
        }
    }

    /// <summary>Adds a curved step from <paramref name="from"/> to <paramref name="to"/> of path length <paramref name="len"/> [m].</summary>
    public void Curved(in PhaseState from, in PhaseState to, double len)
    {
        Flush(from);
        Write(from, to, len);
    }

    /// <summary>Writes the pending straight segment, which ends at <paramref name="end"/>.</summary>
    public void Flush(in PhaseState end)
    {
        if (!_pending) return;
        _pending = false;
        Write(_start, end, _len);
    }

    void Write(in PhaseState a, in PhaseState b, double len)
    {
        if (!(len > 0)) return;
        double x = len / _lambda;
        double e = Math.Exp(-x);
        double oneMinus = x < 1e-5 ? x * (1 - 0.5 * x * (1 - x / 3)) : 1 - e;
        // Decay-weighted mean path fraction: f = 1/x − 1/(eˣ − 1) (→ 1/2 for x → 0, → 0 for x → ∞).
        double f = x < 1e-2 ? 0.5 - x / 12 + x * x * x / 720 : 1 / x - e / oneMinus;
        double prob = _written * oneMinus;
        _written *= e;
        double ux = a.Ux + f * (b.Ux - a.Ux), uy = a.Uy + f * (b.Uy - a.Uy), uz = a.Uz + f * (b.Uz - a.Uz);
        double inv = 1.0 / Math.Sqrt(ux * ux + uy * uy + uz * uz);
        _output[Count++] = new DecaySegment(a.X + f * (b.X - a.X), a.Y + f * (b.Y - a.Y), a.Z + f * (b.Z - a.Z),
            ux * inv, uy * inv, uz * inv, prob);
    }
}
