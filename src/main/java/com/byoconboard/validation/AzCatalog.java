package com.byoconboard.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The AZ IDs of each region, shipped with the app. AZ IDs, not names: {@code us-east-1a} is a different
 * physical zone in different accounts, {@code use1-az1} is the same everywhere.
 */
public final class AzCatalog {

    private static final String RESOURCE = "/validation/az-ids.properties";

    private final Map<String, List<String>> azIdsByRegion;

    public AzCatalog(Map<String, List<String>> azIdsByRegion) {
        this.azIdsByRegion = Map.copyOf(azIdsByRegion);
    }

    /** The catalog shipped in {@value #RESOURCE}. */
    public static AzCatalog shipped() {
        try (InputStream in = AzCatalog.class.getResourceAsStream(RESOURCE)) {
            var props = new Properties();
            props.load(in);
            return new AzCatalog(props.stringPropertyNames().stream().collect(Collectors.toMap(
                    r -> r, r -> Arrays.stream(props.getProperty(r).split(",")).map(String::trim).toList())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region's AZ IDs in catalog order; empty for a region the catalog does not know. */
    public List<String> azIds(String region) {
        return azIdsByRegion.getOrDefault(region, List.of());
    }

    /** The most AZ IDs any one region has: no region offers more to choose from. */
    public int mostAzIds() {
        return azIdsByRegion.values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** Whether the catalog lists the region, so that its AZ IDs can be checked. */
    public boolean knows(String region) {
        return azIdsByRegion.containsKey(region);
    }

    /** The region an AZ ID belongs to, if the catalog knows it. */
    public Optional<String> regionOf(String azId) {
        return azIdsByRegion.entrySet().stream()
                .filter(e -> e.getValue().contains(azId))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
