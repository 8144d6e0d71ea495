using SecretNu.Detection; using SecretNu.Fluxes; using SecretNu.Measurements; using SecretNu.Physics; using SecretNu.Statistics;
namespace SecretNu.Tests;
public class TmpProbe { [Fact] public void Probe() {
  var data = DataDirectory.Resolve(TestData.Directory);
  var a = new ObservedAnalysis(data, ExperimentCatalog.Load("faser-2025-numu"), ZPrimeOptions.Default);
  var sb = new System.Text.StringBuilder();
  foreach (var (c, m) in new[]{("emu",1e-6),("emu",1e-3),("mutau",0.05)}) {
    var model = a.Model(m, CouplingMatrix.Parse(c+"=1"));
    var chi2 = a.Chi2For(a.Observed);
    var asim = a.Chi2For(a.StandardModel.Zip(a.Background,(x,y)=>x+y).ToArray());
    sb.AppendLine($"{c} {m}");
    for (double lg=-6; lg<=1.1; lg+=0.25) { double g=Math.Pow(10,lg); var s=a.Signal(model,g); sb.AppendLine($"  g={g:E2} obs={chi2(s):F4} asimov={asim(s):F4} bins={string.Join(" ", s.Select(x=>x.ToString("F1")))}"); }
  }
  File.WriteAllText("/tmp/probe/out2.txt", sb.ToString());
} }
