package dev.tandem.engine;
import dev.tandem.engine.pipeline.*;
import dev.tandem.engine.businessrules.*;
import org.junit.jupiter.api.Test;
class DumpTiming {
  @Test void time() {
    var m = OnlineRetail.model(); var s = m.snapshot();
    var rs = new RuleSource(m.associations().ruleIndex(), s::itemTitle);
    var cs = new CoPurchaseSource(m.complements(), s::itemTitle);
    var ps = new PopularSource(m.counts(), 50);
    var sub = RuleFilters.notSubstituteOfContext(m.judge());
    for (int rep = 0; rep < 3; rep++) {
      long[] t = new long[5];
      for (int i = 0; i < 2000; i++) {
        var r = new Request(RequestKind.ITEM, -1, new int[]{i}, 10);
        var pool = new CandidatePool(r);
        long a = System.nanoTime(); rs.propose(r, pool, 200);
        long b = System.nanoTime(); cs.propose(r, pool, 200);
        long c = System.nanoTime(); ps.propose(r, pool, 200);
        long d = System.nanoTime(); var all = pool.bestFirst();
        long e = System.nanoTime(); for (var o : all) sub.keep(r, o.item());
        long f = System.nanoTime();
        t[0]+=b-a; t[1]+=c-b; t[2]+=d-c; t[3]+=e-d; t[4]+=f-e;
      }
      System.out.println("us/request rules " + t[0]/2e6 + " copurchase " + t[1]/2e6 + " popular " + t[2]/2e6 + " sort " + t[3]/2e6 + " substitute " + t[4]/2e6);
    }
  }
}
