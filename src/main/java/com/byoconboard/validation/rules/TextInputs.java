package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;

import java.util.ArrayList;
import java.util.List;

/**
 * Every free-text input of the wizard, with its field path and the most characters it may hold: the one list the
 * length limit and the invisible-character check walk, so that a new text field cannot escape either.
 */
final class TextInputs {

    /** IDs, CIDRs, regions, AZ IDs, time zones, times: the longest valid one (a time zone) has about 30 characters. */
    static final int IDENTIFIER = 100;
    /** RFC 5321 limits a path to 256 octets including its angle brackets, which leaves 254 for the address. */
    static final int EMAIL = 254;
    static final int ORGANIZATION_NAME = 100;
    /** IAM accepts ARNs of at most 2048 characters. */
    static final int ARN = 2048;

    /**
     * One text input.
     *
     * @param alone whether the wizard shows this value in a field of its own (a corrected value can be applied to
     *              it); allow-list entries share one text area
     */
    record Text(String field, String value, int maxLength, boolean alone) {
    }

    private TextInputs() {
    }

    static List<Text> of(OnboardingInputs in) {
        List<Text> texts = new ArrayList<>();
        var account = in.account();
        texts.add(new Text(InputField.ACCOUNT_ID, account.accountId(), IDENTIFIER, true));
        texts.add(new Text(InputField.ADMIN_EMAIL, account.adminEmail(), EMAIL, true));
        texts.add(new Text(InputField.ORGANIZATION_NAME, account.organizationName(), ORGANIZATION_NAME, true));
        texts.add(new Text(InputField.REGION, in.region(), IDENTIFIER, true));
        var role = in.bootstrapRole();
        texts.add(new Text(InputField.ROLE_ARN, role.roleArn(), ARN, true));
        texts.add(new Text(InputField.PERMISSIONS_BOUNDARY_ARN, role.permissionsBoundaryArn(), ARN, true));
        texts.add(new Text(InputField.RESOURCE_NAME_PREFIX, role.resourceNamePrefix(), IDENTIFIER, true));
        var network = in.network();
        texts.add(new Text(InputField.VPC_CIDR, network.vpcCidr(), IDENTIFIER, true));
        network.azIds().forEach(az -> texts.add(new Text(InputField.AZ_IDS, az, IDENTIFIER, false)));
        texts.add(new Text(InputField.EXISTING_VPC_ID, network.existingVpcId(), IDENTIFIER, true));
        texts.add(new Text(InputField.EXISTING_VPC_CIDR, network.existingVpcCidr(), IDENTIFIER, true));
        var subnets = network.existingSubnets();
        for (int i = 0; i < subnets.size(); i++) {
            var s = subnets.get(i);
            texts.add(new Text(InputField.existingSubnet(i, "subnetId"), s.subnetId(), IDENTIFIER, true));
            texts.add(new Text(InputField.existingSubnet(i, "azId"), s.azId(), IDENTIFIER, true));
            texts.add(new Text(InputField.existingSubnet(i, "cidr"), s.cidr(), IDENTIFIER, true));
        }
        var peers = in.connectivity().peers();
        for (int i = 0; i < peers.size(); i++) {
            var p = peers.get(i);
            texts.add(new Text(InputField.peer(i, "accountId"), p.accountId(), IDENTIFIER, true));
            texts.add(new Text(InputField.peer(i, "vpcId"), p.vpcId(), IDENTIFIER, true));
            texts.add(new Text(InputField.peer(i, "cidr"), p.cidr(), IDENTIFIER, true));
            texts.add(new Text(InputField.peer(i, "region"), p.region(), IDENTIFIER, true));
        }
        var allowList = in.connectivity().allowList();
        for (int i = 0; i < allowList.size(); i++) {
            texts.add(new Text(InputField.allowListEntry(i), allowList.get(i), IDENTIFIER, false));
        }
        texts.add(new Text(InputField.MAINTENANCE_START, in.maintenance().startTime(), IDENTIFIER, true));
        texts.add(new Text(InputField.MAINTENANCE_TIME_ZONE, in.maintenance().timeZone(), IDENTIFIER, true));
        return texts;
    }
}
