package org.plenum.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.api.Rejected;

class ImagesTest {

  @TempDir Path root;

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, format, out), format);
    return out.toByteArray();
  }

  private String key(Rejected e) {
    return e.problems().get(0).key();
  }

  @Test
  void aPhotoIsCutSquareScaledAndStoredAsJpeg() throws Exception {
    Images images = new Images(root);
    byte[] png = encode(new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB), "png");
    String name = images.store(Images.AVATAR, new ByteArrayInputStream(png));
    assertTrue(name.matches("[0-9a-f]{32}\\.jpg"), name);
    Path file = images.find("avatars", name).orElseThrow();
    BufferedImage stored = ImageIO.read(file.toFile());
    assertEquals(256, stored.getWidth());
    assertEquals(256, stored.getHeight());
  }

  @Test
  void transparencyIsKeptAsPngAndSmallImagesAreNotBlownUp() throws Exception {
    Images images = new Images(root);
    byte[] png = encode(new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB), "png");
    String name = images.store(Images.AVATAR, new ByteArrayInputStream(png));
    assertTrue(name.endsWith(".png"), name);
    assertEquals(40, ImageIO.read(images.find("avatars", name).orElseThrow().toFile()).getWidth());
  }

  @Test
  void whatFollowsTheImageIsDropped() throws Exception {
    Images images = new Images(root);
    ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
    polyglot.write(encode(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "gif"));
    polyglot.write("<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));
    String name = images.store(Images.AVATAR, new ByteArrayInputStream(polyglot.toByteArray()));
    String stored =
        Files.readString(images.find("avatars", name).orElseThrow(), StandardCharsets.ISO_8859_1);
    assertFalse(stored.contains("script"));
  }

  @Test
  void notAnImageTooLargeOrEmptyIsRefusedAndNothingIsStored() throws Exception {
    Images images = new Images(root);
    byte[] svg = "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "core.image.error.type",
        key(
            assertThrows(
                Rejected.class, () -> images.store(Images.AVATAR, new ByteArrayInputStream(svg)))));
    assertEquals(
        "core.image.error.empty",
        key(
            assertThrows(
                Rejected.class,
                () -> images.store(Images.AVATAR, new ByteArrayInputStream(new byte[0])))));
    byte[] huge = new byte[Images.MAX_BYTES + 10];
    assertEquals(
        "core.image.error.size",
        key(
            assertThrows(
                Rejected.class,
                () -> images.store(Images.AVATAR, new ByteArrayInputStream(huge)))));
    byte[] bmp = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "bmp");
    assertEquals(
        "core.image.error.type",
        key(
            assertThrows(
                Rejected.class, () -> images.store(Images.AVATAR, new ByteArrayInputStream(bmp)))));
    byte[] png = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png");
    byte[] truncated = Arrays.copyOf(png, png.length / 2);
    assertEquals(
        "core.image.error.unreadable",
        key(
            assertThrows(
                Rejected.class,
                () -> images.store(Images.AVATAR, new ByteArrayInputStream(truncated)))));
    assertFalse(
        Files.exists(root.resolve("avatars"))
            && Files.list(root.resolve("avatars")).findAny().isPresent(),
        "no file left behind");
  }

  @Test
  void aDecompressionBombIsRefusedBeforeItIsDecoded() throws Exception {
    Images images = new Images(root);
    // a 1-bit 20000 × 20000 PNG compresses to a few kilobytes but would take 1.6 GB decoded
    BufferedImage bomb = new BufferedImage(20_000, 20_000, BufferedImage.TYPE_BYTE_BINARY);
    byte[] png = encode(bomb, "png");
    assertTrue(png.length < Images.MAX_BYTES, "small on the wire: " + png.length);
    assertEquals(
        "core.image.error.dimensions",
        key(
            assertThrows(
                Rejected.class, () -> images.store(Images.AVATAR, new ByteArrayInputStream(png)))));
  }

  @Test
  void onlyNamesItMadeAreFound() {
    Images images = new Images(root);
    assertTrue(images.find("avatars", "../../etc/passwd").isEmpty());
    assertTrue(images.find("../db", "0123456789abcdef0123456789abcdef.png").isEmpty());
    assertTrue(images.find("avatars", "0123456789abcdef0123456789abcdef.png").isEmpty());
  }
}
