package org.sendfunding.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlacesAndServicesScriptTest {

  /**
   * Seeded, so the output is exact. Halton's 6 EPs fall behind as requests grow 8% a year (waits
   * unbounded from 2028-29), and Camden's by 2030-31; 3 more EPs from 2027-28 keep every plan within 20 weeks. the two LAs lack
   * 235 state specialist places in 2026-27, and a needs-led programme for 2028-29 closes the gap that year.
   */
  @Test
  void script_prints_waits_and_places_for_two_las() throws Exception {
    Path dir = JShellScript.scriptDir();
    String out = JShellScript.run(dir.resolve("startup.jsh"), dir.resolve("places-and-services.jsh"));
    assertThat(out).isEqualTo(""
            + "year         LA  EPs  requests  advice 6 wks  plans 20 wks  EPs +3  plans 20 wks +3\n"
            + "2026-27  Camden   22      1093         99.6%        100.0%      22           100.0%\n"
            + "2026-27  Halton    6       321        100.0%        100.0%       6           100.0%\n"
            + "2027-28  Camden   22      1206         99.9%        100.0%      25           100.0%\n"
            + "2027-28  Halton    6       333        100.0%        100.0%       9           100.0%\n"
            + "2028-29  Camden   22      1278         99.8%        100.0%      25           100.0%\n"
            + "2028-29  Halton    6       390         60.3%         73.1%       9           100.0%\n"
            + "2029-30  Camden   22      1395         96.2%         99.9%      25           100.0%\n"
            + "2029-30  Halton    6       369          0.0%          2.4%       9           100.0%\n"
            + "2030-31  Camden   22      1534          2.7%         41.4%      25           100.0%\n"
            + "2030-31  Halton    6       404          0.0%          0.0%       9           100.0%\n"
            + "cost per pupil-week of waiting removed: £83.63\n"
            + "year     places short  s43 over capacity  to independent   placement cost  short (needs-led)  cost (needs-led)\n"
            + "2026-27           235                 45             144  £181,284,868.00                235   £181,284,868.00\n"
            + "2027-28           390                 74             239  £198,553,196.00                390   £198,553,196.00\n"
            + "2028-29           583                114             355  £217,603,466.00                  0   £206,011,941.00\n"
            + "2029-30           791                154             480  £238,088,292.00                208   £226,593,982.00\n"
            + "2030-31          1021                201             618  £260,504,891.00                438   £249,046,447.00\n"
            + "needs-led capital £49,276,605.00 for 735 places; payback not by 2030-31\n");
  }
}
