package com.byoconboard.validation;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped AZ catalog covers every region the app offers, with enough zones for three distinct AZ IDs. */
class AzCatalogTest {

    private final AzCatalog catalog = AzCatalog.shipped();

    @Test
    void everyConfiguredSupportedRegionHasAtLeastThreeAzIds() {
        var regions = new YAMLMapper().readTree(Path.of("src/main/resources/application.yaml").toFile())
                .at("/byoc/onboarding/supported-regions");
        assertThat(regions.size()).isPositive();
        regions.forEach(region -> assertThat(catalog.azIds(region.asString())).as(region.asString()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void anAzIdBelongsToExactlyTheRegionWhoseCodeItCarries() {
        assertThat(catalog.regionOf("use1-az4")).contains("us-east-1");
        assertThat(catalog.regionOf("apne1-az1")).contains("ap-northeast-1");
        assertThat(catalog.regionOf("use1-az9")).isEmpty();
        assertThat(catalog.knows("us-east-1")).isTrue();
        assertThat(catalog.knows("mars-1")).isFalse();
    }
}
