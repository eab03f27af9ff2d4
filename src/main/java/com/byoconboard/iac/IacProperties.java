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
 * @param publicBaseUrl      where customers' browsers and AWS CloudFormation reach this app; template URLs start here
 */
@ConfigurationProperties("byoc.iac")
public record IacProperties(String vendorAccountId, String roleName, Map<String, String> tags,
                            URI publicBaseUrl) {

    public IacProperties {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    Vendor vendor() {
        return new Vendor(vendorAccountId, roleName, tags);
    }
}
