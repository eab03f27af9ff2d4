package com.byoconboard.guide;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedPngTest {

    @Test
    void aPictureOfFewColoursKeepsEveryPixelExactly() {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                // 16 × 16 = 256 colours: as many as a palette holds.
                image.setRGB(x, y, (x % 16 * 16) << 16 | (y % 16 * 16) << 8 | 0x40);
            }
        }
        var indexed = IndexedPng.indexed(image);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                assertThat(indexed.getRGB(x, y) & 0xFFFFFF).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void aRareColourBecomesTheNearestFrequentOne() {
        var image = new BufferedImage(513, 1, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 513; x++) {
            // 256 greys twice each, then one near-white pixel: a 257th colour, the rarest.
            image.setRGB(x, 0, x < 512 ? (x % 256) * 0x010101 : 0xFEFEFD);
        }
        var indexed = IndexedPng.indexed(image);
        assertThat(((java.awt.image.IndexColorModel) indexed.getColorModel()).getMapSize()).isEqualTo(IndexedPng.COLOURS);
        assertThat(indexed.getRGB(512, 0) & 0xFFFFFF).isEqualTo(0xFEFEFE);
        assertThat(indexed.getRGB(7, 0) & 0xFFFFFF).isEqualTo(0x070707);
    }
}
