package com.byoconboard.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Presentation settings. @param productName shown in the header and the browser tab */
@ConfigurationProperties("byoc.ui")
public record UiProperties(String productName) {
}
