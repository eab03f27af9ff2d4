package com.byoconboard.iac;

/**
 * One generated file, by its path inside the download (e.g. {@code terraform/modules/bootstrap-role/main.tf}).
 */
public record GeneratedFile(String path, String content) {

    /**
     * The path inside its module, e.g. {@code main.tf} or {@code examples/complete/main.tf} (two files named
     * main.tf must not look alike); the last segment for a file outside a module.
     */
    public String name() {
        var inModule = java.util.regex.Pattern.compile("(?:^|/)modules/[^/]+/(.+)$").matcher(path);
        return inModule.find() ? inModule.group(1) : path.substring(path.lastIndexOf('/') + 1);
    }
}
