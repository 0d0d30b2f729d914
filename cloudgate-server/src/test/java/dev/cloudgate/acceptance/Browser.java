package dev.cloudgate.acceptance;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Debian's chromedriver: Selenium is pointed at both
 * binaries, so it never runs Selenium Manager and never downloads a driver. One per test class;
 * without the packages the class is skipped, except on CI (CI=true), where that is a failure.
 */
public final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser start() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Debian's chromium and chromium-driver packages (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: install Debian's chromium and chromium-driver packages");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean visible(String css) {
        List<WebElement> found = all(css);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    public <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
        // A live update may replace the rows a condition is looking at: look again.
        return new WebDriverWait(driver, timeout, Duration.ofMillis(25)).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    public <T> T await(String what, Function<WebDriver, T> condition) {
        return await(Duration.ofSeconds(10), what, condition);
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return driver.executeAsyncScript(js, args);
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** The browser's console entries at SEVERE since the last call, minus those matching {@code expected}. */
    public List<String> severeLogs(String... expected) {
        List<String> found = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                String message = entry.getMessage();
                boolean allowed = false;
                for (String pattern : expected) {
                    allowed |= message.contains(pattern);
                }
                if (!allowed) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
