import com.adobe.epubcheck.tool.EpubChecker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** EPUBCheck's own command (EpubChecker.run) on each file in turn, in one JVM: one report and exit status per file. */
public class EpubCheckEach {
  public static void main(String[] files) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    for (String file : files) {
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      PrintStream into = new PrintStream(report, true, StandardCharsets.UTF_8);
      System.setOut(into);
      System.setErr(into);
      int status;
      try {
        status = new EpubChecker().run(new String[] { file });
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      out.println("\u0000" + status + "\u0000" + file);
      out.print(report.toString(StandardCharsets.UTF_8));
    }
  }
}
