package com.byoconboard.validation;

import com.byoconboard.onboarding.DraftLimits;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingProperties;
import com.byoconboard.onboarding.SubmissionCheck;
import com.byoconboard.validation.rules.AccountIdFormat;
import com.byoconboard.validation.rules.AdminEmailFormat;
import com.byoconboard.validation.rules.AllowListDuplicates;
import com.byoconboard.validation.rules.AllowListEntryFormat;
import com.byoconboard.validation.rules.AllowListOpenToInternet;
import com.byoconboard.validation.rules.AllowListPrivateRange;
import com.byoconboard.validation.rules.AzIdsExactlyThree;
import com.byoconboard.validation.rules.AzIdsInRegion;
import com.byoconboard.validation.rules.InvisibleCharacters;
import com.byoconboard.validation.rules.ListSizeLimits;
import com.byoconboard.validation.rules.TextLengthLimits;
import com.byoconboard.validation.rules.ExistingVpcCidrFormat;
import com.byoconboard.validation.rules.ExistingVpcIdFormat;
import com.byoconboard.validation.rules.MaintenanceStartAcrossDst;
import com.byoconboard.validation.rules.MaintenanceStartChosen;
import com.byoconboard.validation.rules.MaintenanceTimeZoneValid;
import com.byoconboard.validation.rules.MaintenanceWeekdayChosen;
import com.byoconboard.validation.rules.NewVpcNeedsVpcWrite;
import com.byoconboard.validation.rules.OrganizationNameValid;
import com.byoconboard.validation.rules.PeerAccountIdFormat;
import com.byoconboard.validation.rules.PeerInByocAccount;
import com.byoconboard.validation.rules.PeerCidrFormat;
import com.byoconboard.validation.rules.PeerCidrNoOverlap;
import com.byoconboard.validation.rules.PeerVpcIdFormat;
import com.byoconboard.validation.rules.PeeringHasPeers;
import com.byoconboard.validation.rules.PeerRegionNote;
import com.byoconboard.validation.rules.PeerRegionValid;
import com.byoconboard.validation.rules.PeeringNeedsVpcWrite;
import com.byoconboard.validation.rules.PublicLoadBalancerRemoval;
import com.byoconboard.validation.rules.PermissionsBoundaryArnFormat;
import com.byoconboard.validation.rules.PrivateAccessNeedsPeering;
import com.byoconboard.validation.rules.PrivateAccessOnly;
import com.byoconboard.validation.rules.PrivateSubnetEgress;
import com.byoconboard.validation.rules.RegionAndCidrPermanent;
import com.byoconboard.validation.rules.RegionSupported;
import com.byoconboard.validation.rules.ReservedRanges;
import com.byoconboard.validation.rules.ResourceNamePrefixFormat;
import com.byoconboard.validation.rules.RoleArnFormat;
import com.byoconboard.validation.rules.RoleInOnboardedAccount;
import com.byoconboard.validation.rules.SharedAccountNote;
import com.byoconboard.validation.rules.SubnetAzIdInRegion;
import com.byoconboard.validation.rules.SubnetCidrFormat;
import com.byoconboard.validation.rules.SubnetIdFormat;
import com.byoconboard.validation.rules.SubnetInsideVpc;
import com.byoconboard.validation.rules.SubnetMinimumSize;
import com.byoconboard.validation.rules.SubnetPreparation;
import com.byoconboard.validation.rules.SubnetsDoNotOverlap;
import com.byoconboard.validation.rules.SubnetsInThreeAzs;
import com.byoconboard.validation.rules.VpcCidrFormat;
import com.byoconboard.validation.rules.VpcCidrPrefixSize;
import com.byoconboard.validation.rules.VpcCidrPrivateRange;
import org.springframework.stereotype.Service;

import java.util.List;

/** Runs every rule of the guide over a set of inputs; used live by the wizard and again on submit. */
@Service
public class OnboardingValidator implements SubmissionCheck, DraftLimits {

    /**
     * Every rule: first those on every field (a field shows its first error, and an invisible character or a 100 kB
     * value explains the rest), then in the order of the wizard's steps; the catalogue (docs/rules.md) follows this order.
     */
    static final List<Rule> RULES = List.of(
            new InvisibleCharacters(),
            new TextLengthLimits(),
            new ListSizeLimits(),
            new AccountIdFormat(),
            new AdminEmailFormat(),
            new OrganizationNameValid(),
            new SharedAccountNote(),
            new RegionSupported(),
            new RegionAndCidrPermanent(),
            new RoleArnFormat(),
            new RoleInOnboardedAccount(),
            new PermissionsBoundaryArnFormat(),
            new NewVpcNeedsVpcWrite(),
            new ResourceNamePrefixFormat(),
            new VpcCidrFormat(),
            new VpcCidrPrefixSize(),
            new VpcCidrPrivateRange(),
            new ReservedRanges(),
            new AzIdsExactlyThree(),
            new AzIdsInRegion(),
            new ExistingVpcIdFormat(),
            new ExistingVpcCidrFormat(),
            new SubnetIdFormat(),
            new SubnetsInThreeAzs(),
            new SubnetAzIdInRegion(),
            new SubnetCidrFormat(),
            new SubnetMinimumSize(),
            new SubnetInsideVpc(),
            new SubnetsDoNotOverlap(),
            new SubnetPreparation(),
            new PrivateSubnetEgress(),
            new PeerAccountIdFormat(),
            new PeerInByocAccount(),
            new PeerVpcIdFormat(),
            new PeerCidrFormat(),
            new PeerCidrNoOverlap(),
            new PeeringHasPeers(),
            new PeerRegionValid(),
            new PeerRegionNote(),
            new PublicLoadBalancerRemoval(),
            new PeeringNeedsVpcWrite(),
            new AllowListEntryFormat(),
            new AllowListDuplicates(),
            new AllowListOpenToInternet(),
            new AllowListPrivateRange(),
            new PrivateAccessOnly(),
            new PrivateAccessNeedsPeering(),
            new MaintenanceWeekdayChosen(),
            new MaintenanceStartChosen(),
            new MaintenanceTimeZoneValid(),
            new MaintenanceStartAcrossDst());

    private final RuleContext context;

    OnboardingValidator(OnboardingProperties properties) {
        this.context = new RuleContext(properties.supportedRegions(), AzCatalog.shipped());
    }

    public ValidationReport validate(OnboardingInputs inputs) {
        return new ValidationReport(RULES.stream().flatMap(r -> r.check(inputs, context).stream()).toList());
    }

    public List<Rule> rules() {
        return RULES;
    }

    /** The rules pre-flight runs over the customer's account, in catalogue order. */
    public List<AccountRule> accountRules() {
        return RULES.stream().filter(AccountRule.class::isInstance).map(AccountRule.class::cast).toList();
    }

    /**
     * The existing-VPC rules over what the account holds: the VPC CIDR and the subnets (IDs, AZ IDs, CIDRs) as AWS
     * reports them take the place of what was typed, and the rules that need the account judge its facts.
     */
    public ValidationReport checkAgainstAccount(OnboardingInputs inputs, ExistingVpcFacts facts) {
        var actual = inputs.withNetwork(n -> n.withExistingVpcId(facts.vpcId()).withExistingVpcCidr(facts.vpcCidr())
                .withExistingSubnets(facts.subnets().stream()
                        .map(s -> new ExistingSubnet(s.subnetId(), s.azId(), s.cidr())).toList()));
        var withFacts = context.withAccount(facts);
        return new ValidationReport(accountRules().stream().flatMap(r -> r.check(actual, withFacts).stream()).toList());
    }

    /** Only the {@link SaveRule}s run here: every autosave asks, so this stays as cheap as counting and scanning text. */
    @Override
    public List<String> refusingRuleIds(OnboardingInputs inputs) {
        return RULES.stream().filter(SaveRule.class::isInstance)
                .flatMap(r -> r.check(inputs, context).stream())
                .filter(Finding::isError).map(Finding::ruleId).distinct().toList();
    }

    @Override
    public List<String> blockingRuleIds(OnboardingInputs inputs) {
        return validate(inputs).errors().stream().map(Finding::ruleId).distinct().toList();
    }
}
