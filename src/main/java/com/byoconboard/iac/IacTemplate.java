package com.byoconboard.iac;

/** The templates we generate, with the file name they are served and downloaded under. */
public enum IacTemplate {

    BOOTSTRAP_ROLE("bootstrap-role", "ClickHouseBootstrapRole", "clickhouse_onboarding"),
    CUSTOMER_VPC("customer-vpc", "ClickHouseByocVpc", "clickhouse_vpc");

    private final String slug;
    private final String stackName;
    private final String moduleName;

    IacTemplate(String slug, String stackName, String moduleName) {
        this.slug = slug;
        this.stackName = stackName;
        this.moduleName = moduleName;
    }

    /** e.g. {@code bootstrap-role}: the Terraform module directory and, with ".yaml", the template's name. */
    public String slug() {
        return slug;
    }

    public String fileName() {
        return slug + ".yaml";
    }

    public String stackName() {
        return stackName;
    }

    /** Name of the {@code module} block in the root snippet. */
    public String moduleName() {
        return moduleName;
    }

    public static java.util.Optional<IacTemplate> fromFileName(String fileName) {
        for (IacTemplate t : values()) {
            if (t.fileName().equals(fileName)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
