package org.w3id.cydip.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3id.cydip.testing.CydipTestServer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

/**
 * The browser tests' harness, a JUnit extension: per test class one server (on
 * 127.0.0.1, port 0) and one Debian Chromium driven by Playwright (never a
 * downloaded browser); per test a fresh browser context whose every request is
 * routed: one to a host other than 127.0.0.1 is aborted and fails the test, as do a
 * console error, an uncaught page error and a dialog. After each test a screenshot
 * of each page it opened goes to {@code target/screenshots/}; everything is closed
 * whatever happens.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserHarness browser = BrowserHarness.on(CydipTestServer::real);
 * &#64;Test void landing_page_searches() { Page page = browser.open("/"); ... }
 * </pre>
 */
public final class BrowserHarness implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    /** Debian's Chromium; {@code -Dcydip.chromium=PATH} for another. */
    static final String CHROMIUM = System.getProperty("cydip.chromium", "/usr/bin/chromium");
    /** The flags of CONTRACTS.md: no background traffic, no sandbox (tests run as root in CI). */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String LOOPBACK = "127.0.0.1";
    /** Generous: the machine may be shared with other builds. */
    private static final double TIMEOUT_MS = 60_000;

    private final Supplier<CydipTestServer> serverFactory;
    private CydipTestServer server;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private final List<Page> pages = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    private BrowserHarness(Supplier<CydipTestServer> serverFactory) {
        this.serverFactory = serverFactory;
    }

    /** A harness on the server {@code serverFactory} starts (e.g. {@code CydipTestServer::real}). */
    public static BrowserHarness on(Supplier<CydipTestServer> serverFactory) {
        return new BrowserHarness(serverFactory);
    }

    @Override
    public void beforeAll(ExtensionContext ec) {
        if (!Files.isExecutable(Paths.get(CHROMIUM)))
            throw new IllegalStateException(CHROMIUM + " is not there: install Debian's chromium "
                    + "(apt-get install chromium; .ci/run does) or give -Dcydip.chromium=PATH");
        server = serverFactory.get();
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(CHROMIUM)).setHeadless(true).setArgs(FLAGS));
        } catch (RuntimeException e) {
            afterAll(ec);
            throw e;
        }
    }

    @Override
    public void beforeEach(ExtensionContext ec) {
        violations.clear();
        pages.clear();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.route("**/*", this::route);
    }

    private void route(Route route) {
        String url = route.request().url();
        String host = URI.create(url).getHost();
        if (LOOPBACK.equals(host)) {
            route.resume();
        } else {
            synchronized (violations) {
                violations.add("request left " + LOOPBACK + ": " + route.request().method() + " " + url);
            }
            route.abort("blockedbyclient");
        }
    }

    /** A new page (tab) in this test's context, watched for console errors, page errors and dialogs. */
    public Page newPage() {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()))
                note("console error on " + page.url() + ": " + m.text() + " (" + m.location() + ")");
        });
        page.onPageError(e -> note("uncaught error on " + page.url() + ": " + e));
        page.onDialog(d -> {
            note("dialog on " + page.url() + ": " + d.message());
            d.dismiss();
        });
        pages.add(page);
        return page;
    }

    /** A new page at {@code path} on the server, once loaded. */
    public Page open(String path) {
        Page page = newPage();
        page.navigate(url(path));
        return page;
    }

    public String url(String path) {
        return server.url(path);
    }

    public CydipTestServer server() {
        return server;
    }

    private void note(String violation) {
        synchronized (violations) {
            violations.add(violation);
        }
    }

    @Override
    public void afterEach(ExtensionContext ec) throws Exception {
        try {
            screenshots(ec.getRequiredTestClass().getSimpleName() + "." + ec.getRequiredTestMethod().getName());
        } finally {
            context.close();
            context = null;
        }
        List<String> found;
        synchronized (violations) {
            found = List.copyOf(violations);
        }
        if (found.isEmpty())
            return;
        String report = "the browser saw:\n  " + String.join("\n  ", found);
        if (ec.getExecutionException().isPresent())
            System.err.println(report);
        else
            throw new AssertionError(report);
    }

    private void screenshots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (p.isClosed())
                continue;
            String file = name + (pages.size() > 1 ? "-" + (i + 1) : "") + ".png";
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)).setFullPage(true));
        }
    }

    @Override
    public void afterAll(ExtensionContext ec) {
        try (AutoCloseable s = server; AutoCloseable pw = playwright; AutoCloseable b = browser) {
            // closed in reverse order: browser, Playwright, server
        } catch (Exception e) {
            throw new IllegalStateException("closing the browser harness failed", e);
        } finally {
            browser = null;
            playwright = null;
            server = null;
        }
    }
}
