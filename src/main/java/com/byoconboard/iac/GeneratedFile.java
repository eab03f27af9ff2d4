package com.byoconboard.iac;

/**
 * One generated file, by its path inside the download (e.g. {@code terraform/modules/bootstrap-role/main.tf}).
 */
public record GeneratedFile(String path, String content) {

    /** The last path segment, e.g. {@code main.tf}. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
