package org.plenum.core.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.plenum.api.Pictures;
import org.plenum.api.Rejected;
import org.plenum.core.config.PlenumConfig;

/**
 * Images members upload (avatars, covers). What arrives is never kept: it must decode as a PNG,
 * JPEG or GIF of sensible dimensions, and is then drawn afresh into a new PNG (with transparency)
 * or JPEG, so that no script, metadata or polyglot trick survives. Files live in the data folder's
 * {@code media/<kind>/} under random names and are served by {@link MediaServlet} with {@code
 * nosniff}.
 */
@ApplicationScoped
public class Images implements Pictures {

  /** The largest upload accepted, in bytes. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The largest width or height decoded, in pixels. */
  static final int MAX_SIDE = 8000;

  /** The most pixels decoded. */
  static final long MAX_PIXELS = 40_000_000L;

  private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");
  private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}\\.(png|jpg)");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,30}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Avatars: 256 × 256, cut square. */
  public static final Shape AVATAR = new Shape("avatars", 256, 256, true);

  @Inject PlenumConfig config;

  private final Path root;

  /** For CDI: files go to the configured data folder. */
  public Images() {
    this.root = null;
  }

  /**
   * Images kept in a given folder.
   *
   * @param root the folder that holds {@code <kind>/} folders
   */
  public Images(Path root) {
    this.root = root;
  }

  /**
   * Checks, re-encodes and stores an uploaded image.
   *
   * @param shape how to store it
   * @param in what was uploaded; read at most {@link #MAX_BYTES} + 1 bytes
   * @return the stored file's name
   * @throws Rejected when it is empty, too large, not an image, or of a refused format or size
   */
  public String store(Shape shape, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw refuse("core.image.error.unreadable");
    }
    if (bytes.length == 0) {
      throw refuse("core.image.error.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw refuse("core.image.error.size", MAX_BYTES / (1024 * 1024));
    }
    BufferedImage decoded = decode(bytes);
    boolean alpha = decoded.getColorModel().hasAlpha();
    BufferedImage drawn = redraw(decoded, shape, alpha);
    String name = randomName() + (alpha ? ".png" : ".jpg");
    Path folder = folder(shape.kind());
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        write(drawn, alpha, out);
      }
      try {
        Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, folder.resolve(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store an image in " + folder, e);
    }
    return name;
  }

  /**
   * A stored image.
   *
   * @param kind its kind
   * @param name its file name
   * @return the file, when the name is one this class makes and the file exists
   */
  public Optional<Path> find(String kind, String name) {
    if (kind == null
        || name == null
        || !KIND.matcher(kind).matches()
        || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Path file = folder(kind).resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * Deletes a stored image; an unknown one is ignored.
   *
   * @param kind its kind
   * @param name its file name, may be {@code null}
   */
  public void delete(String kind, String name) {
    find(kind, name)
        .ifPresent(
            file -> {
              try {
                Files.deleteIfExists(file);
              } catch (IOException e) {
                // an orphan file harms nobody: its name is random and nothing links to it
              }
            });
  }

  private Path folder(String kind) {
    return (root != null ? root : config.dataFolder().resolve("media")).resolve(kind);
  }

  private static BufferedImage decode(byte[] bytes) {
    try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
      if (!readers.hasNext()) {
        throw refuse("core.image.error.type");
      }
      ImageReader reader = readers.next();
      try {
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        if (format.equals("jpg")) {
          format = "jpeg";
        }
        if (!FORMATS.contains(format)) {
          throw refuse("core.image.error.type");
        }
        reader.setInput(iis, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
          throw refuse("core.image.error.dimensions", MAX_SIDE);
        }
        BufferedImage image = reader.read(0);
        if (image == null) {
          throw refuse("core.image.error.unreadable");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof Rejected r) {
        throw r;
      }
      // truncated files, CMYK JPEGs, broken palettes…: all refused the same way
      throw refuse("core.image.error.unreadable");
    }
  }

  private static BufferedImage redraw(BufferedImage src, Shape shape, boolean alpha) {
    int sw = src.getWidth();
    int sh = src.getHeight();
    int sx = 0;
    int sy = 0;
    int cw = sw;
    int ch = sh;
    int tw;
    int th;
    if (shape.crop()) {
      double target = (double) shape.width() / shape.height();
      if ((double) sw / sh > target) {
        cw = (int) Math.round(sh * target);
        sx = (sw - cw) / 2;
      } else {
        ch = (int) Math.round(sw / target);
        sy = (sh - ch) / 2;
      }
      tw = Math.min(shape.width(), cw);
      th = Math.max(1, (int) Math.round(tw / target));
    } else {
      double scale =
          Math.min(1.0, Math.min((double) shape.width() / sw, (double) shape.height() / sh));
      tw = Math.max(1, (int) Math.round(sw * scale));
      th = Math.max(1, (int) Math.round(sh * scale));
    }
    BufferedImage out =
        new BufferedImage(tw, th, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      if (!alpha) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, tw, th);
      }
      g.drawImage(src, 0, 0, tw, th, sx, sy, sx + cw, sy + ch, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static void write(BufferedImage image, boolean alpha, OutputStream out)
      throws IOException {
    if (alpha) {
      ImageIO.write(image, "png", out);
      return;
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.86f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  private static String randomName() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static Rejected refuse(String key, Object... args) {
    return new Rejected(List.of(Rejected.problem("image", key, args)), false);
  }
}
