using SecretNu.Scans;
using YamlDotNet.Serialization;

namespace SecretNu.Output;

/// <summary>
/// A bound curve as a HEPData-style YAML table (the layout of HEPData's submission format: one independent variable,
/// m_Z′ in GeV, and one dependent variable, the 90 % CL upper limit on g, with qualifiers), so that the curve can be
/// uploaded or read by HEPData tools. Only the masses with a bound are listed.
/// </summary>
public static class HepDataYaml
{
    /// <summary>The YAML text of curve <paramref name="c"/>: m_Z′ [GeV] and the upper limit on g at confidence level
    /// <paramref name="cl"/> (0.9 = 90 %), after a comment line naming the program version and the JSON provenance file <paramref name="sidecar"/>.</summary>
    public static string Curve(LimitCurve c, double cl, string sidecar)
    {
        var points = c.Points.Where(p => p.Coupling is not null).ToArray();
        var table = new Dictionary<string, object>
        {
            ["independent_variables"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["header"] = new Dictionary<string, object> { ["name"] = "m_Z'", ["units"] = "GeV" },
                    ["values"] = points.Select(p => new Dictionary<string, object> { ["value"] = OutputNumber.Finite(p.Mass, "m_Z'") }).ToArray(),
                },
            },
            ["dependent_variables"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["header"] = new Dictionary<string, object> { ["name"] = $"g_{c.Coupling} upper limit", ["units"] = "" },
                    ["qualifiers"] = new[]
                    {
                        new Dictionary<string, object> { ["name"] = "CL", ["value"] = cl },
                        new Dictionary<string, object> { ["name"] = "experiment", ["value"] = c.Experiment },
                        new Dictionary<string, object> { ["name"] = "generators", ["value"] = c.Generators.ToString() },
                        new Dictionary<string, object> { ["name"] = "samples", ["value"] = string.Join(", ", c.Samples) },
                    },
                    ["values"] = points.Select(p => new Dictionary<string, object> { ["value"] = OutputNumber.Finite(p.Coupling!.Value, $"g_{c.Coupling}") }).ToArray(),
                },
            },
        };
        string yaml = new SerializerBuilder().Build().Serialize(table);
        return Provenance.CommentLine($"HEPData-style table: {cl:P0} CL upper bound on g_{c.Coupling} vs m_Z' for {c.Experiment}", sidecar) + yaml;
    }
}
