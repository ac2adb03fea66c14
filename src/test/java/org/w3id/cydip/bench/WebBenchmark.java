package org.w3id.cydip.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.server.CydipServer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;

/**
 * The workbench in Chromium, on the real graph (not a test; run on purpose, see
 * docs/benchmarks.md):
 * <ul>
 * <li>bytes on first load (an empty cache; gzip as sent) of {@code /}, a gallery
 * page and a state page, against the peer: the page's HTML alone;</li>
 * <li>time to first contentful paint and to a drawn map ({@code performance.mark}
 * of the map component) on the A/RES/74/247 page;</li>
 * <li>the server time of a resource page's HTML against the Turtle of the same
 * resource, sequential requests on one connection, medians.</li>
 * </ul>
 * {@code WebBenchmark [runs] [--screenshot docs/workbench.png]}.
 */
public final class WebBenchmark {
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final List<String> FIRST_LOAD = List.of("/", "/queries/votes-on-resolution", "/id/state/FRA");
    private static final String MAP_PAGE = "/id/instrument/A-RES-74-247";
    private static final String RESOURCE = "/id/state/RUS";

    private WebBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 5;
        Path shot = screenshotArg(args);
        CydipServer server = CydipServer.create().project(ProjectFiles.directory(Path.of(""))).port(0).build().start();
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get(System.getProperty("cydip.chromium", "/usr/bin/chromium")))
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            for (String path : FIRST_LOAD)
                firstLoad(browser, server, path);
            timings(browser, server, runs);
            if (shot != null)
                screenshot(browser, server, shot);
            serverTimes(server, runs * 20);
        } finally {
            server.stop();
        }
    }

    /** Every request of one first load (fresh context, so nothing cached), summed; the HTML alone is the peer. */
    private static void firstLoad(Browser browser, CydipServer server, String path) {
        try (BrowserContext ctx = browser.newContext()) {
            Page page = ctx.newPage();
            List<Request> requests = new CopyOnWriteArrayList<>();
            page.onRequestFinished(requests::add);
            page.navigate(server.url(path));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            long sent = 0, html = 0;
            for (Request r : requests) {
                var sizes = r.sizes();
                long bytes = sizes.responseBodySize + sizes.responseHeadersSize;
                sent += bytes;
                if (r.resourceType().equals("document"))
                    html = bytes;
            }
            System.out.printf("first load %-32s %3d requests, %,9d bytes sent (gzip); the HTML alone %,7d bytes; ratio %.1f%n",
                    path, requests.size(), sent, html, (double) sent / html);
        }
    }

    /** First contentful paint and the drawn map, from navigation start, cold context each run. */
    private static void timings(Browser browser, CydipServer server, int runs) {
        double[] fcp = new double[runs];
        double[] map = new double[runs];
        for (int i = 0; i < runs; i++) {
            try (BrowserContext ctx = browser.newContext()) {
                Page page = ctx.newPage();
                page.navigate(server.url(MAP_PAGE));
                page.waitForSelector("#roll-call-map[data-state=ready]");
                fcp[i] = ((Number) page.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")).doubleValue();
                map[i] = ((Number) page.evaluate("performance.getEntriesByName('cydip:map#roll-call-map')[0].startTime")).doubleValue();
            }
        }
        System.out.printf("%s: first contentful paint median %.0f ms %s; map drawn median %.0f ms %s; map/paint %.1f%n",
                MAP_PAGE, median(fcp), Arrays.toString(round(fcp)), median(map), Arrays.toString(round(map)), median(map) / median(fcp));
    }

    private static void screenshot(Browser browser, CydipServer server, Path file) {
        try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1180))) {
            Page page = ctx.newPage();
            page.navigate(server.url("/queries/votes-on-resolution?resolution=A/RES/74/247&view=map"));
            page.waitForSelector("#results[data-state=ready]");
            page.screenshot(new Page.ScreenshotOptions().setPath(file));
            System.out.println("screenshot: " + file);
        }
    }

    /** Sequential GETs of the page's HTML and of its Turtle (the peer), after one of each to warm up. */
    private static void serverTimes(CydipServer server, int n) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            double htmlFirst = time(http, server.url(RESOURCE), HTML);
            double turtleFirst = time(http, server.url(RESOURCE), "text/turtle");
            double[] html = new double[n];
            double[] turtle = new double[n];
            for (int i = 0; i < n; i++) {
                html[i] = time(http, server.url(RESOURCE), HTML);
                turtle[i] = time(http, server.url(RESOURCE), "text/turtle");
            }
            System.out.printf("%s server time: first HTML %.1f ms (renders), first Turtle %.1f ms; then median HTML %.2f ms, Turtle %.2f ms over %d each; ratio HTML/Turtle %.2f%n",
                    RESOURCE, htmlFirst, turtleFirst, median(html), median(turtle), n, median(html) / median(turtle));
        }
    }

    private static double time(HttpClient http, String url, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).header("Accept-Encoding", "gzip").build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200)
            throw new IllegalStateException(url + " (" + accept + ") answered " + r.statusCode());
        return ms;
    }

    private static Path screenshotArg(String[] args) {
        for (int i = 0; i < args.length - 1; i++)
            if (args[i].equals("--screenshot"))
                return Path.of(args[i + 1]);
        return null;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static long[] round(double[] xs) {
        return Arrays.stream(xs).mapToLong(Math::round).toArray();
    }
}
