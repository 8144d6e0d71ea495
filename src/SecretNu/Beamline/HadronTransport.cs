namespace SecretNu.Beamline;

/// <summary>
/// Transports long-lived hadrons through a <see cref="BeamlineLayout"/> and returns, for each trajectory, its decay
/// segments: one per magnet step or per stretch of straight flight up to <see cref="StepPolicy.MaxDriftStep"/>, each
/// with a representative decay point, the direction of motion there and the exact probability of decaying within it
/// (README §5.4–5.6, but with the decay probability integrated exactly instead of one sampled decay per fixed step). Neutral hadrons move on straight lines; charged ones cross drifts, dipoles
/// (exact helix), quadrupoles (thick lens) and thin orbit kicks. |p| is conserved. Tracking ends where the hadron
/// leaves the aperture (exit located by bisection, the last step is cut there), at z_max, or when its survival
/// probability falls below <see cref="StepPolicy.MinSurvival"/>.
/// </summary>
/// <remarks>
/// Thread-safe and allocation-free after construction: one instance can be shared by all threads, each passing its own
/// output buffer of at least <see cref="MaxSegments"/> elements (e.g. rented once per thread or stack-allocated).
/// Steps end at every breakpoint of the layout (aperture rows, pipe-separation kinks, magnet ends, kicks), where the
/// aperture is checked with the row that starts there; within an interval the pipe cross-section is convex (per pipe)
/// and constant, so a straight step whose end is inside never left it, and magnet steps are kept short.
/// </remarks>
public sealed class HadronTransport
{
    /// <summary>
    /// Upstream drops hadrons produced by a charged parent further than this z [m] downstream (generator frame),
    /// because the generator placed that decay without knowing about the magnets. Applying the cut needs the parent,
    /// so it is the caller's job; <see cref="Track(in HadronStart, Span{DecaySegment})"/> does not apply it.
    /// </summary>
    public const double ChargedParentVertexLimitZ = 22.0;

    readonly TrackInterval[] _intervals;
    readonly double[] _starts;
    readonly double _maxDrift, _maxMagnet, _exitTolerance, _minSurvival;

    /// <summary>Prepares transport through <paramref name="layout"/> with <paramref name="policy"/> (default: <see cref="StepPolicy.Default"/>).</summary>
    public HadronTransport(BeamlineLayout layout, StepPolicy? policy = null)
    {
        Layout = layout ?? throw new ArgumentNullException(nameof(layout));
        Policy = policy ?? StepPolicy.Default;
        Policy.Validate();
        (_maxDrift, _maxMagnet, _exitTolerance, _minSurvival) =
            (Policy.MaxDriftStep, Policy.MaxMagnetStep, Policy.ExitTolerance, Policy.MinSurvival);
        _intervals = BuildIntervals(layout);
        _starts = new double[_intervals.Length];
        int max = 1;
        for (int i = 0; i < _intervals.Length; i++)
        {
            ref readonly var iv = ref _intervals[i];
            _starts[i] = iv.A;
            double step = iv.Kind == FieldKind.Drift ? _maxDrift : Math.Min(_maxDrift, _maxMagnet);
            max += StepCount(iv.B - iv.A, step);
        }
        MaxSegments = max;
    }

    /// <summary>The beam line.</summary>
    public BeamlineLayout Layout { get; }

    /// <summary>The step policy.</summary>
    public StepPolicy Policy { get; }

    /// <summary>
    /// Upper bound on the number of segments of one trajectory (Σ over the layout's intervals of the number of steps it
    /// is cut into, plus one); output buffers must hold at least this many. With the default policy: 278 (Run 2),
    /// 276 (Run 3), 130 (Run 4); typical forward hadrons use 10–40.
    /// </summary>
    public int MaxSegments { get; }

    /// <summary>Number of intervals between geometry breakpoints (diagnostics).</summary>
    public int IntervalCount => _intervals.Length;

    /// <summary>
    /// Tracks a hadron given in the generator frame: the layout's IP shift and crossing-angle rotation are applied to
    /// the vertex and momentum first (<see cref="BeamlineLayout.VertexToBeamFrame"/>,
    /// <see cref="BeamlineLayout.MomentumToBeamFrame"/>). Writes the decay segments (beam frame) to
    /// <paramref name="output"/> and returns their number (0 when the hadron is dropped).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> shorter than <see cref="MaxSegments"/>.</exception>
    public int Track(in HadronStart start, Span<DecaySegment> output) => Track(start, output, out _);

    /// <inheritdoc cref="Track(in HadronStart, Span{DecaySegment})"/>
    /// <param name="start">The hadron in the generator frame.</param>
    /// <param name="output">Buffer for the segments; length ≥ <see cref="MaxSegments"/>.</param>
    /// <param name="summary">Where and why tracking ended.</param>
    public int Track(in HadronStart start, Span<DecaySegment> output, out TrackSummary summary) =>
        Run(start, Layout.VertexToBeamFrame(start.Vertex), Layout.MomentumToBeamFrame(start.Momentum), output, out summary);

    /// <summary>
    /// Tracks a hadron whose vertex and momentum are already in the beam frame (no IP shift, no crossing rotation).
    /// Otherwise as <see cref="Track(in HadronStart, Span{DecaySegment})"/>.
    /// </summary>
    public int TrackInBeamFrame(in HadronStart start, Span<DecaySegment> output) => TrackInBeamFrame(start, output, out _);

    /// <inheritdoc cref="TrackInBeamFrame(in HadronStart, Span{DecaySegment})"/>
    /// <param name="start">The hadron in the beam frame.</param>
    /// <param name="output">Buffer for the segments; length ≥ <see cref="MaxSegments"/>.</param>
    /// <param name="summary">Where and why tracking ended.</param>
    public int TrackInBeamFrame(in HadronStart start, Span<DecaySegment> output, out TrackSummary summary) =>
        Run(start, start.Vertex, start.Momentum, output, out summary);

    int Run(in HadronStart start, Vec3 vertex, Vec3 momentum, Span<DecaySegment> output, out TrackSummary summary)
    {
        if (output.Length < MaxSegments)
            throw new ArgumentException($"Output buffer holds {output.Length} segments; {MaxSegments} are needed.", nameof(output));
        double p = momentum.Length;
        if (!(start.Mass > 0) || !(start.CTau > 0) || !(p > 0))
            throw new ArgumentException("Hadron start not initialised (mass, cτ and |p| must be positive).", nameof(start));

        var s = new PhaseState { X = vertex.X, Y = vertex.Y, Z = vertex.Z, Ux = momentum.X / p, Uy = momentum.Y / p, Uz = momentum.Z / p };
        summary = new TrackSummary(TrackEndReason.Dropped, vertex, new Vec3(s.Ux, s.Uy, s.Uz), 1.0, 0.0);
        if (!(momentum.Z > 0) || !(s.Z >= BeamlineLayout.ZMin && s.Z < Layout.ZMax)) return 0;
        int k = IntervalIndex(s.Z);
        if (!_intervals[k].Contains(s.X, s.Y, s.Z)) return 0;

        double lambda = start.CTau * p / start.Mass;
        int q = start.Charge;
        double path = 0.0;
        var writer = new SegmentWriter(output, lambda, _maxDrift);
        TrackEndReason reason;

        while (true)
        {
            ref readonly var iv = ref _intervals[k];
            var kind = q == 0 ? FieldKind.Drift : iv.Kind;
            double remaining = iv.B - s.Z;
            int n = StepCount(remaining, kind == FieldKind.Drift ? _maxDrift : Math.Min(_maxDrift, _maxMagnet));
            double dz = remaining / n;
            var map = StepMap.Create(kind, iv.Strength, q, p, dz);

            for (int j = 0; j < n; j++)
            {
                var next = s;
                double sep = kind == FieldKind.Quadrupole ? iv.SeparationAt(s.Z) : 0.0;
                double len = map.Apply(ref next, sep);
                if (j == n - 1) next.Z = iv.B;   // remove rounding drift
                bool inside = len >= 0 && iv.Contains(next.X, next.Y, next.Z);
                if (!inside)
                {
                    // The hadron leaves the aperture within this step: bisect for the exit and cut the step there.
                    len = FindExit(ref next, s, iv, kind, q, p, dz);
                }
                if (len > 0)
                {
                    if (kind == FieldKind.Drift) writer.Straight(s, len, next.Z - s.Z);
                    else writer.Curved(s, next, len);
                    path += len;
                    s = next;
                }
                if (!inside) { reason = TrackEndReason.Absorbed; goto done; }
                if (writer.Survival < _minSurvival) { reason = TrackEndReason.Decayed; goto done; }
            }

            if (k == _intervals.Length - 1) { reason = TrackEndReason.EndOfTracking; goto done; }
            k++;
            // Crossing into the next row: a narrower aperture starting here absorbs the hadron at its face.
            if (!_intervals[k].Contains(s.X, s.Y, s.Z)) { reason = TrackEndReason.Absorbed; goto done; }
            if (q != 0 && iv.HasKick)
            {
                writer.Flush(s);   // the direction changes here: a straight segment must end
                double pb = Layout.BeamMomentum * q;
                double px = p * s.Ux + pb * iv.KickX, py = p * s.Uy + pb * iv.KickY, pz = p * s.Uz;
                double inv = 1.0 / Math.Sqrt(px * px + py * py + pz * pz);
                s.Ux = px * inv; s.Uy = py * inv; s.Uz = pz * inv;
            }
        }

    done:
        writer.Flush(s);
        summary = new TrackSummary(reason, new Vec3(s.X, s.Y, s.Z), new Vec3(s.Ux, s.Uy, s.Uz), writer.Survival, path);
        return writer.Count;
    }

    /// <summary>
    /// Bisection in Δz on [0, <paramref name="dz"/>] for the last point inside <paramref name="iv"/>'s aperture, to
    /// <see cref="StepPolicy.ExitTolerance"/>. Sets <paramref name="inside"/> to that point and returns the path
    /// length from <paramref name="from"/> to it (0 if no inside point was found beyond the start).
    /// </summary>
    double FindExit(ref PhaseState inside, in PhaseState from, in TrackInterval iv, FieldKind kind, int q, double p, double dz)
    {
        double lo = 0, hi = dz, best = 0;
        inside = from;
        double sep = kind == FieldKind.Quadrupole ? iv.SeparationAt(from.Z) : 0.0;
        while (hi - lo > _exitTolerance)
        {
            double mid = 0.5 * (lo + hi);
            var trial = from;
            double len = StepMap.Create(kind, iv.Strength, q, p, mid).Apply(ref trial, sep);
            if (len >= 0 && iv.Contains(trial.X, trial.Y, trial.Z)) { lo = mid; inside = trial; best = len; }
            else hi = mid;
        }
        return best;
    }

    static int StepCount(double length, double maxStep) => Math.Max(1, (int)Math.Ceiling(length / maxStep - 1e-9));

    int IntervalIndex(double z)
    {
        int i = Array.BinarySearch(_starts, z);
        return i >= 0 ? i : ~i - 1;
    }

    static TrackInterval[] BuildIntervals(BeamlineLayout layout)
    {
        double zMin = BeamlineLayout.ZMin, zMax = layout.ZMax;
        var points = new List<double> { zMin, zMax };
        void Add(double z) { if (z > zMin && z < zMax) points.Add(z); }
        for (int i = 0; i < layout.Apertures.Count; i++) Add(layout.Apertures[i].ZFrom);
        Add(layout.Separation.ZSplit);
        Add(layout.Separation.ZFull);
        foreach (var r in layout.Dipoles.Regions) { Add(r.ZFrom); Add(r.ZTo); }
        foreach (var r in layout.Quadrupoles.Regions) { Add(r.ZFrom); Add(r.ZTo); }
        foreach (var kick in layout.Kicks.Kicks) Add(kick.Z);
        points.Sort();

        var cuts = new List<double>();
        foreach (double z in points)
            if (cuts.Count == 0 || z - cuts[^1] > 1e-9) cuts.Add(z);
        if (cuts[^1] < zMax) cuts[^1] = zMax;   // a breakpoint within 1e-9 of z_max is z_max

        var intervals = new List<TrackInterval>();
        for (int i = 0; i + 1 < cuts.Count; i++)
        {
            double a = cuts[i], b = cuts[i + 1], mid = 0.5 * (a + b);
            var row = layout.Apertures[layout.Apertures.RowIndexAt(mid)];
            double k = layout.Dipoles.StrengthAt(mid), g = layout.Quadrupoles.GradientAt(mid);
            var (kind, strength) = k != 0 ? (FieldKind.Dipole, k) : g != 0 ? (FieldKind.Quadrupole, g) : (FieldKind.Drift, 0.0);
            double slope = layout.Separation.SlopeAt(mid);
            double d0 = layout.Separation.At(mid) - slope * (mid - a);
            bool hasKick = false;
            double kx = 0, ky = 0;
            foreach (var kick in layout.Kicks.Kicks)
                if (Math.Abs(kick.Z - b) <= 1e-9) { hasKick = true; kx += kick.ThetaX; ky += kick.ThetaY; }
            var iv = new TrackInterval(a, b, kind, strength, row, d0, slope, hasKick, kx, ky);
            if (intervals.Count > 0 && intervals[^1].CanMergeWith(iv)) intervals[^1] = intervals[^1].MergedWith(iv);
            else intervals.Add(iv);
        }
        return intervals.ToArray();
    }
}
