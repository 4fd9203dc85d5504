package vn.ttdn.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A DOCX printed to PDF by LibreOffice ({@code soffice --headless --convert-to pdf}, path overridable by
 * TTDN_SOFFICE), cached under target/format-roundtrip by the digest of the DOCX's parts so reruns are fast.
 */
final class SeedAsPdf {

    private static final Path CACHE = Path.of("target", "format-roundtrip");

    private SeedAsPdf() {
    }

    static String soffice() {
        String env = System.getenv("TTDN_SOFFICE");
        return env != null && !env.isBlank() ? env : "soffice";
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder(soffice(), "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static byte[] print(byte[] docx) throws Exception {
        String key = digest(docx);
        Path pdf = CACHE.resolve(key + ".pdf");
        if (Files.exists(pdf)) {
            return Files.readAllBytes(pdf);
        }
        Files.createDirectories(CACHE);
        Path work = Files.createTempDirectory("ttdn-soffice");
        Path in = work.resolve(key + ".docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", work.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("soffice did not finish in 180 s");
        }
        Path out = work.resolve(key + ".pdf");
        if (!Files.exists(out)) {
            throw new IllegalStateException("soffice wrote no PDF: " + Files.readString(work.resolve("log")));
        }
        Files.move(out, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Files.readAllBytes(pdf);
    }

    /** The parts' contents, not the archive (whose entry times change on every write); docProps hold dates. */
    private static String digest(byte[] docx) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().startsWith("docProps/")) {
                    md.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update(zip.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(md.digest(), 0, 12);
    }
}
