package org.plenum.testkit;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium without going online: the driver and the browser
 * come from the system, never downloaded. Each journey saves screenshots under {@code
 * target/screenshots}.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final String base;
  private final String journey;
  private final Path downloads;
  private int shot;

  private Browser(WebDriver driver, String base, String journey, Path downloads) {
    this.driver = driver;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.journey = journey;
    this.downloads = downloads;
  }

  /**
   * Opens a browser for a journey.
   *
   * @param base the site's root URL
   * @param journey a name for the screenshots
   * @return the browser
   */
  public static Browser open(String base, String journey) {
    String chromium = which("chromium");
    String chromedriver = which("chromedriver");
    System.setProperty("webdriver.chrome.driver", chromedriver);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    Path profile;
    try {
      profile = Files.createTempDirectory("plenum-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL", "browser", "ALL"));
    Path downloads = profile.resolve("downloads");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,1000",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(chromedriver).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, base, journey, downloads);
  }

  private static String which(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path p = Path.of(dir, command);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    throw new IllegalStateException(
        command
            + " is not installed: the browser tests need "
            + "Debian's chromium and chromium-driver (./plenum test installs them as root)");
  }

  /**
   * @return the driver
   */
  public WebDriver driver() {
    return driver;
  }

  /**
   * Opens a path of the site.
   *
   * @param path such as {@code /en/}
   */
  public void go(String path) {
    driver.get(base + path);
  }

  /**
   * Finds an element, waiting for it.
   *
   * @param by locator
   * @return the element
   */
  public WebElement find(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /**
   * Types into a field after clearing it.
   *
   * @param by locator
   * @param text text
   */
  public void type(By by, String text) {
    WebElement e = find(by);
    e.clear();
    e.sendKeys(text);
  }

  /**
   * Picks a proposal from a field that proposes as one types (a PrimeFaces {@code p:autoComplete},
   * such as the co-authors' or tags' field): types into it, waits for the proposals and clicks the
   * first whose text holds what is given.
   *
   * @param field the field's component id, such as {@code post:authors}
   * @param typed what to type, such as three letters of a name
   * @param proposal a part of the proposal's text to pick
   */
  public void pick(String field, String typed, String proposal) {
    WebElement input = find(By.id(field + "_input"));
    input.sendKeys(typed);
    By item =
        By.xpath(
            "//*[@id='"
                + field
                + "_panel']//li[contains(@class,'ui-autocomplete-item')][contains(.,"
                + xpathText(proposal)
                + ")]");
    WebElement found =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(ExpectedConditions.elementToBeClickable(item));
    found.click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id(field + "_panel")));
  }

  /**
   * Adds a value of one's own to a field of several that proposes as one types (a PrimeFaces {@code
   * p:autoComplete} with {@code multiple} that takes new values, such as tags): types it, lets the
   * proposals come and go, and takes it with Enter.
   *
   * @param field the field's component id, such as {@code post:tags}
   * @param text the value
   */
  public void addToken(String field, String text) {
    WebElement input = find(By.id(field + "_input"));
    input.sendKeys(text);
    settle(field);
    if (!driver
        .findElements(By.cssSelector("[id='" + field + "_panel']:not([style*='none'])"))
        .stream()
        .filter(WebElement::isDisplayed)
        .toList()
        .isEmpty()) {
      input.sendKeys(Keys.ESCAPE);
    }
    input.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> tokens(field).contains(text));
  }

  /** Waits until a field's proposals were asked for and have come. */
  private void settle(String field) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              Object idle =
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "var w = PrimeFaces.getWidgetById(arguments[0]);"
                              + " return !!w && !w.timeout && !w.querying"
                              + " && PrimeFaces.ajax.Queue.isEmpty();",
                          field);
              return Boolean.TRUE.equals(idle);
            });
  }

  /**
   * The values a field of several (a PrimeFaces {@code p:autoComplete} with {@code multiple})
   * holds, as shown in its tokens.
   *
   * @param field the field's component id
   * @return the tokens' texts, in order
   */
  public List<String> tokens(String field) {
    return driver
        .findElements(
            By.cssSelector(
                "[id='" + field + "'] .ui-autocomplete-token .ui-autocomplete-token-label"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String xpathText(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    return "concat('" + s.replace("'", "', \"'\", '") + "')";
  }

  /**
   * Clicks a button that changes part of the page without loading another (a PrimeFaces component's
   * request), and waits until its answer is drawn.
   *
   * @param by locator
   */
  public void clickAndSettle(By by) {
    find(by).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && (!window.jQuery || jQuery.active === 0);")));
  }

  /**
   * Clicks and waits for the next page to load.
   *
   * @param by locator
   */
  public void clickAndWait(By by) {
    WebElement e = find(by);
    e.click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                e.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                // stale, or the node left the document while being asked: the next page is there
                return true;
              }
            });
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * What the page's scripts and the browser reported as errors since the last call: a script that
   * failed, a request refused, and every Content-Security-Policy violation.
   *
   * @return the messages
   */
  public List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get("browser")) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()
          || entry.getMessage().contains("Content Security Policy")) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }

  /**
   * Waits for a file the page made the browser download.
   *
   * @param name the file's name
   * @return its content, as UTF-8
   */
  public String downloaded(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file));
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every address the browser asked for since the last call (page, styles, images, scripts,
   * including requests the page's policy then blocked), from Chrome's network log.
   *
   * @return absolute URLs
   */
  public List<String> requests() {
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get("performance")) {
      JsonObject message = Http.parse(entry.getMessage()).asJsonObject().getJsonObject("message");
      if ("Network.requestWillBeSent".equals(message.getString("method", ""))) {
        urls.add(message.getJsonObject("params").getJsonObject("request").getString("url"));
      }
    }
    return urls;
  }

  /**
   * Resizes the window.
   *
   * @param width CSS pixels
   * @param height CSS pixels
   */
  public void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /**
   * @return true when the page is wider than the window: it scrolls sideways
   */
  public boolean scrollsSideways() {
    Object wider =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
    return Boolean.TRUE.equals(wider);
  }

  /**
   * @return the page's visible text
   */
  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * @return the current path
   */
  public String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /**
   * Saves a screenshot.
   *
   * @param name what it shows
   * @return the file
   */
  public Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("plenum.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(String.format("%s-%02d-%s.png", journey, ++shot, name));
      Path file = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
