using System.CommandLine;
using System.Globalization;
using System.Text;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Output;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu plane</c>: the exclusion contour in the plane of two couplings at fixed m_Z′.</summary>
public static class PlaneCommand
{
    public static Command Create(CliContext context)
    {
        var experiment = CommonOptions.Experiment();
        var data = CommonOptions.Data();
        var couplings = new Option<string>("--couplings") { Description = "Two couplings, e.g. ee,etau (the axes g1, g2).", Required = true };
        var mass = new Option<string>("--mass") { Description = "m_Z′ with a unit, or a comma list (one contour each), e.g. 10MeV or 10MeV,100MeV.", Required = true };
        var cl = new Option<double>("--cl") { Description = "Confidence level, 0.9 or 0.95 (Δχ² = 4.605 or 5.991 for two parameters).", DefaultValueFactory = _ => 0.9 };
        var truth = new Option<string?>("--truth-coupling") { Description = "Asimov data from a Z′ with these couplings at each mass, e.g. ee=0.02,etau=0.02 (default: the SM)." };
        var outDir = new Option<string>("--out") { Description = "Output directory (plane.csv, plane.json, plane.png, plane.svg).", Required = true };
        var seed = SeedModeOptions.Create();
        var command = new Command("plane",
            "The exclusion contour in the plane of two couplings at fixed m_Z′ (two-parameter Δχ², profiled normalisation pulls as in " +
            "limit). The rates depend on the couplings through g² only, so the positive quadrant is drawn. With --truth-coupling the " +
            "allowed region around a Z′ shows whether the samples tell the two couplings apart. Writes plane.csv (mass_GeV,g1,g2, in order " +
            "around each contour), plane.json and plane.png/svg.\n\n" +
            "Examples:\n  secretnu plane --experiment faser-nu --couplings ee,etau --mass 10MeV --out out/plane\n" +
            "  secretnu plane --experiment faser2-nu-x1000 --couplings ee,etau --mass 10MeV --truth-coupling ee=0.01,etau=0.01 --out out/p")
        { experiment, data, couplings, mass, cl, truth, outDir };
        seed.AddTo(command);
        command.SetAction(parse =>
        {
            var dataDir = DataDirectory.Resolve(parse.GetValue(data));
            var card = CommonOptions.LoadCard(parse.GetValue(experiment)!);
            var axes = BoundOptions.ParseCouplings(parse.GetValue(couplings)!);
            if (axes.Count != 2 || axes.Any(a => a.Direction.Entries().Count(e => e.Value != 0) != 1))
                throw new InputException($"--couplings '{parse.GetValue(couplings)}' must name two different couplings, e.g. ee,etau");
            var pairs = axes.Select(a => a.Direction.Entries().Single(e => e.Value != 0).Name).Select(n =>
            {
                CouplingMatrix.TryParseEntry(n, out var x, out var y);
                return (x, y);
            }).ToArray();
            var masses = parse.GetValue(mass)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Units.ParseZMass(t, "--mass")).ToArray();
            if (masses.Length == 0) throw new InputException("--mass names no mass");
            if (masses.Distinct().Count() != masses.Length) throw new InputException($"--mass '{parse.GetValue(mass)}' names a mass twice");
            BoundOptions.RequireOpenMasses(axes, masses, parse.GetValue(mass)!);
            double level = CommonOptions.ConfidenceLevel(parse.GetValue(cl));
            CouplingMatrix? truthModel = parse.GetValue(truth) is string t ? CommonOptions.ForFlag("--truth-coupling", t, () => CouplingMatrix.Parse(t)) : null;
            if (truthModel is { IsZero: true }) throw new InputException("--truth-coupling has no non-zero coupling (omit it for SM truth)");
            var (mode, options) = seed.Read(parse);
            string dir = parse.GetValue(outDir)!;
            double threshold = CouplingPlane.TwoParameterThreshold(level);

            var setup = new FluxSetup(dataDir, card, FluxSettings.Default with { Mode = mode });
            var crossSection = new CrossSection(dataDir, card.Target);
            setup.Model(setup.DefaultGenerators).LoadTables();
            CommonOptions.RequireWritableDirectory(dir);
            var contours = new Progress(context).Run($"plane {axes[0].Label}–{axes[1].Label}", report =>
            {
                report("fluxes", 0, masses.Length + 1);
                var calc = new FluxCalculation(setup, setup.DefaultGenerators, mode, options, AnalysisGrid.TrueEdges);
                var response = new DetectorResponse(card, crossSection, includeExposureScale: false);
                var scan = new LimitScan();
                var list = new List<PlaneContour>();
                for (int i = 0; i < masses.Length; i++)
                {
                    report($"m_Z′ = {Units.FormatEnergy(masses[i])}", i + 1, masses.Length + 1);
                    list.Add(CouplingPlane.Run(calc, response, card.ExposureScale, scan, pairs[0], pairs[1], masses[i], StatisticsOptions.Paper,
                        new LimitFinderOptions(), threshold, truthModel));
                }
                return (calc, list);
            });
            var (calc, planes) = contours;
            var csv = new StringBuilder(Provenance.CommentLine($"{level * 100:G3} % CL contour in the plane g_{axes[0].Label}, g_{axes[1].Label}", "plane.json"));
            csv.Append("mass_GeV,g1,g2\n");
            foreach (var p in planes)
                foreach (var (a, b) in p.Points)
                    csv.Append(OutputNumber.Text(p.Mass, "mass_GeV")).Append(',').Append(OutputNumber.Text(a, "g1")).Append(',').Append(OutputNumber.Text(b, "g2")).Append('\n');
            string json = JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                Provenance.Write(w, dataDir, [.. calc.InputFiles, .. crossSection.InputFiles]);
                CardJson.Write(w, "experiment", card);
                w.WriteString("g1", axes[0].Label);
                w.WriteString("g2", axes[1].Label);
                w.WriteNumber("confidence_level", level);
                w.WriteNumber("delta_chi2_two_parameters", threshold);
                w.WriteString("truth", truthModel?.ToString() ?? "standard model");
                w.WriteString("note", "The rates depend on the couplings through g² only: the positive quadrant is shown.");
                w.WriteStartArray("contours");
                foreach (var p in planes)
                {
                    w.WriteStartObject();
                    w.WriteFinite("mass_GeV", p.Mass);
                    w.WriteNumber("points", p.Points.Count);
                    if (p.Separate is bool sep) w.WriteBoolean("couplings_determined_separately", sep);
                    w.WriteBoolean("g1_zero_allowed", p.G1ZeroAllowed);
                    w.WriteBoolean("g2_zero_allowed", p.G2ZeroAllowed);
                    w.WriteString("note", p.Describe(axes[0].Label, axes[1].Label));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
            var figure = PlaneFigure(planes, axes[0].Label, axes[1].Label, level, truthModel);
            AtomicFiles.WriteText(Path.Combine(dir, "plane.csv"), csv.ToString());
            AtomicFiles.WriteText(Path.Combine(dir, "plane.json"), json);
            figure.Save(Path.Combine(dir, "plane"), 1000, 800);
            foreach (var p in planes)
                context.Out.WriteLine($"m_Z′ = {Units.FormatEnergy(p.Mass)}: {p.Points.Count} contour points; {p.Describe(axes[0].Label, axes[1].Label)}");
            context.Out.WriteLine($"wrote {string.Join(", ", new[] { "plane.csv", "plane.json", "plane.png", "plane.svg" }.Select(f => Path.Combine(dir, f)))}");
            return 0;
        });
        return command;
    }

    static Figure PlaneFigure(IReadOnlyList<PlaneContour> planes, string a, string b, double cl, CouplingMatrix? truth)
    {
        static string G(string c) => $"g_{{{c.Replace("mu", "μ").Replace("tau", "τ")}}}";
        bool single = planes.Count == 1;
        var fig = new Figure
        {
            Title = $"{cl * 100:G3} % CL, two parameters{(truth is null ? ", SM truth" : $", truth {truth}")}",
            XLabel = G(a),
            YLabel = G(b),
            XScale = single ? AxisScale.Linear : AxisScale.Log,
            YScale = single ? AxisScale.Linear : AxisScale.Log,
        };
        FigureColor[] colours = [FigureColor.Blue, FigureColor.Red, FigureColor.Green, FigureColor.Purple, FigureColor.Orange, FigureColor.Black];
        for (int i = 0; i < planes.Count; i++)
        {
            var p = planes[i];
            // a region around a Z′ truth is closed: the line returns to its first point
            var pts = p.Truth && p.Points.Count > 2 ? p.Points.Append(p.Points[0]).ToArray() : p.Points.ToArray();
            var x = pts.Select(q => q.G1).ToArray();
            var y = pts.Select(q => q.G2).ToArray();
            fig.Line(x, y, LineStyle.Solid(colours[i % colours.Length], 2.5), $"m_{{Z′}} = {Units.FormatEnergy(p.Mass)}");
        }
        if (single && planes[0].Points.Count > 0)
        {
            double max = planes[0].Points.Max(q => Math.Max(q.G1, q.G2)) * 1.15;
            fig.SetXLimits(0, max).SetYLimits(0, max);
        }
        return fig;
    }
}
