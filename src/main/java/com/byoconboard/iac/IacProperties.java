package com.byoconboard.iac;

import com.byoconboard.iac.model.Vendor;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.Map;

/**
 * What every generated template shares.
 *
 * @param vendorAccountId    the vendor's AWS account, the only principal the role trusts
 * @param roleName           name of the bootstrap role (the guide's ClickHouseManagementRole)
 * @param tags               tags put on the role and on every resource of the customer-managed VPC
 * @param publicBaseUrl      where customers' browsers reach this app; null: wherever the request came to
 *                           ({@link PublicBaseUrl})
 * @param templateBucket     the vendor's S3 bucket quick-create links fetch templates from (AWS accepts no
 *                           other URL); blank: links name this app's template URL, which only an emulator accepts
 * @param templateBucketRegion region of {@code templateBucket}
 */
@ConfigurationProperties("byoc.iac")
public record IacProperties(String vendorAccountId, String roleName, Map<String, String> tags,
                            URI publicBaseUrl, String templateBucket,
                            String templateBucketRegion) {

    public IacProperties {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        templateBucket = templateBucket == null ? "" : templateBucket.strip();
        templateBucketRegion = templateBucketRegion == null || templateBucketRegion.isBlank() ? "us-east-1"
                : templateBucketRegion;
    }

    Vendor vendor() {
        return new Vendor(vendorAccountId, roleName, tags);
    }
}
