package com.byoconboard.guide;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites a screenshot as a PNG of at most 256 colours, less than half of Chromium's size: the page's most
 * frequent colours are kept exactly, each other colour (anti-aliased edges) becomes its nearest kept one. The same
 * picture always gives the same bytes.
 */
final class IndexedPng {

    static final int COLOURS = 256;

    private IndexedPng() {
    }

    static void rewrite(Path png) throws IOException {
        var image = ImageIO.read(png.toFile());
        ImageIO.write(indexed(image), "png", png.toFile());
    }

    static BufferedImage indexed(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        var counts = new HashMap<Integer, Integer>();
        for (int p : pixels) {
            counts.merge(p & 0xFFFFFF, 1, Integer::sum);
        }
        // Most frequent first; equal counts by colour value, so that the palette never depends on hash order.
        int[] palette = counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparingInt(Map.Entry::getKey))
                .limit(COLOURS).mapToInt(Map.Entry::getKey).toArray();
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        var index = new HashMap<Integer, Integer>();
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
            index.put(palette[i], i);
        }
        var out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, palette.length, r, g, b));
        var raster = out.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int colour = pixels[y * width + x] & 0xFFFFFF;
                raster.setSample(x, y, 0, index.computeIfAbsent(colour, c -> nearest(c, palette)));
            }
        }
        return out;
    }

    private static int nearest(int colour, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = ((colour >> 16) & 0xFF) - ((palette[i] >> 16) & 0xFF);
            long dg = ((colour >> 8) & 0xFF) - ((palette[i] >> 8) & 0xFF);
            long db = (colour & 0xFF) - (palette[i] & 0xFF);
            long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
