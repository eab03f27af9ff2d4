package com.byoconboard.aws;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS on this machine with IAM enforced, for the sandbox and the integration tests: a moto that checks every
 * request's signature and identity policies, a second moto for EKS only (moto refuses every EKS request under
 * authentication), the vendor's own IAM user, and on request an administrator in any customer account.
 * Everything is done with the real SDK; see docs/notes-moto-iam.md for what moto enforces and what not.
 *
 * <p>The motos start while the app does (Python takes seconds to import moto, as long as the app's own start): every
 * use that talks to them, the vendor's credentials included, waits until they answer and the vendor's user exists.
 */
public final class EmulatedAws implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatedAws.class);

    /** moto's default account: the vendor's own. */
    public static final String VENDOR_ACCOUNT = "123456789012";
    /** The vendor's IAM user; the app signs its own calls with this user's access key. */
    public static final String VENDOR_USER = "byoc-vendor";
    /**
     * Everything the vendor's own identity may do in customers' accounts: assume their bootstrap roles, nothing
     * else. Rights on the vendor's own resources are added by their owner with {@link #grantVendor}.
     */
    public static final String VENDOR_POLICY = """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "AssumeCustomerRoles", "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}
            ]}""";
    /** The customer's own administrator: AWS Organizations creates a role of this name in every member account. */
    public static final String ADMINISTRATOR_ROLE = "OrganizationAccountAccessRole";
    static final String ADMINISTRATOR_POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""";
    /** Stands in for the customer's organization management account: the one who assumes {@link #ADMINISTRATOR_ROLE}. */
    static final String ORGANIZATION_USER = "emulated-organization";
    static final String ORGANIZATION_POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}""";

    /** Calls {@link #createUser} makes; the unauthenticated window is exactly as wide as the bootstrap. */
    private static final int CALLS_PER_USER = 3;
    /** With the same seed after a reset, the users get the same access keys again (configured apps keep working). */
    private static final int SEED = 20261128;
    /** Any request arriving while a window is open uses it up; then our own call fails and we try again. */
    private static final int ATTEMPTS = 5;
    private static final AwsCredentialsProvider UNSIGNED = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("unauthenticated", "unauthenticated"));

    private final MotoServer moto;
    private final MotoServer eks;
    private final Instant startedAt;
    private final Set<String> administrators = ConcurrentHashMap.newKeySet();
    private volatile AwsBasicCredentials vendor;
    private volatile AwsBasicCredentials organization;
    /** Starting both motos, then creating the vendor's user, then each {@link #grantVendor} in the order asked. */
    private CompletableFuture<Void> setUp = CompletableFuture.completedFuture(null);
    private final Object setUpLock = new Object();
    /** Closed while still setting up (an app stopped right after its start) is not a failure to report. */
    private volatile boolean closed;

    private EmulatedAws(MotoServer moto, MotoServer eks, Instant startedAt) {
        this.moto = moto;
        this.eks = eks;
        this.startedAt = startedAt;
    }

    /**
     * Starts both motos on free ports and, once they answer, creates the vendor's user, without waiting for either;
     * {@link #close()} stops them.
     */
    public static EmulatedAws start() {
        Instant startedAt = Instant.now();
        var moto = MotoServer.launch(Map.of("MOTO_IAM_LOAD_MANAGED_POLICIES", "true",
                // Enforced from the first request: every identity is created in a window we open ourselves.
                "INITIAL_NO_AUTH_ACTION_COUNT", "0"));
        MotoServer eks;
        try {
            // Not with AWS's managed policies: moto builds an IAM backend per account and partition on the first
            // requests of an account (six, each parsing ~1,500 policies), which made the EKS moto's second request,
            // a run's first DescribeCluster, take 0.8-2.3 s. Nor with EC2's default AMIs: CreateNodegroup builds an
            // EC2 model of the account (to look up a launch template), loading them. EKS needs neither.
            eks = MotoServer.launch(Map.of("MOTO_EC2_LOAD_DEFAULT_AMIS", "false"));
        } catch (RuntimeException e) {
            moto.close();
            throw e;
        }
        var aws = new EmulatedAws(moto, eks, startedAt);
        aws.then(() -> {
            moto.awaitReady();
            eks.awaitReady();
            aws.createVendor();
        });
        aws.setUp.exceptionally(e -> {
            if (!aws.closed) {
                LOG.error("The sandbox's emulated AWS did not start; every AWS call will fail", e);
            }
            return null;
        });
        return aws;
    }

    /**
     * When these motos started, empty: nothing recorded as created in them before this instant exists in them (a
     * moto keeps its state in memory only, and an earlier app's motos died with it).
     */
    public Instant startedAt() {
        return startedAt;
    }

    /** The moto with IAM enforced: every service except EKS. */
    public URI endpoint() {
        return moto.endpoint();
    }

    /** The moto without enforcement that serves EKS only. */
    public URI eksEndpoint() {
        return eks.endpoint();
    }

    /** Where the SDK client of {@code service} (ec2, iam, eks, ...) must send its requests. */
    public URI endpoint(String service) {
        return "eks".equals(service) ? eksEndpoint() : endpoint();
    }

    /** The vendor user's access key; the same after every {@link #reset()}. */
    public AwsCredentialsProvider vendorCredentials() {
        return () -> {
            awaitSetUp();
            return vendor;
        };
    }

    /**
     * Credentials of the customer's administrator in {@code accountId} (role {@value #ADMINISTRATOR_ROLE} with
     * every right, created on first use), for doing what the customer does by hand: deploy our template.
     */
    public AwsCredentialsProvider administrator(String accountId) {
        awaitSetUp();
        ensureAdministrator(accountId);
        try (var sts = StsClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(organization)).build()) {
            var session = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + accountId + ":role/" + ADMINISTRATOR_ROLE)
                    .roleSessionName("emulated-administrator")).credentials();
            return StaticCredentialsProvider.create(AwsSessionCredentials.create(session.accessKeyId(),
                    session.secretAccessKey(), session.sessionToken()));
        }
    }

    /**
     * Grants the vendor's user one more policy, for the vendor's own resources (its template bucket), as the
     * vendor's administrator would; in a window of one unauthenticated call, as the user itself was made. Done once
     * the motos are set up, before anything else uses them; a {@link #reset()} takes it away again.
     */
    public void grantVendor(String policyName, String policyDocument) {
        then(() -> putVendorPolicy(policyName, policyDocument));
    }

    private synchronized void putVendorPolicy(String policyName, String policyDocument) {
        for (int attempt = 1; ; attempt++) {
            moto.allowUnauthenticated(1);
            try (var iam = unauthenticatedIam(VENDOR_ACCOUNT)) {
                iam.putUserPolicy(r -> r.userName(VENDOR_USER).policyName(policyName).policyDocument(policyDocument));
                return;
            } catch (SdkException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Could not grant the emulated vendor user " + policyName, e);
                }
            }
        }
    }

    /** Seeds moto's random numbers: the same calls after the same seed create the same IDs. */
    public void seed(int seed) {
        awaitSetUp();
        moto.seed(seed);
    }

    /** Empties both motos, then creates the vendor's user again with the same access key. */
    public void reset() {
        awaitSetUp();
        createVendor();
    }

    private void then(Runnable step) {
        synchronized (setUpLock) {
            setUp = setUp.thenRunAsync(step);
        }
    }

    private void awaitSetUp() {
        CompletableFuture<Void> pending;
        synchronized (setUpLock) {
            pending = setUp;
        }
        try {
            pending.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The sandbox's emulated AWS did not start: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private synchronized void createVendor() {
        eks.reset();
        administrators.clear();
        for (int attempt = 1; ; attempt++) {
            moto.reset();
            moto.seed(SEED);
            moto.allowUnauthenticated(2 * CALLS_PER_USER);
            try {
                var vendorKey = createUser(VENDOR_USER, VENDOR_POLICY);
                var organizationKey = createUser(ORGANIZATION_USER, ORGANIZATION_POLICY);
                if (vendor == null || vendor.equals(vendorKey)) {
                    vendor = vendorKey;
                    organization = organizationKey;
                    return;
                }
            } catch (SdkException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Could not create the emulated vendor user", e);
                }
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("moto gave the vendor user a new access key after a reset: a request"
                        + " from elsewhere arrived during the bootstrap " + ATTEMPTS + " times");
            }
        }
    }

    private AwsBasicCredentials createUser(String name, String policy) {
        try (var iam = unauthenticatedIam(VENDOR_ACCOUNT)) {
            iam.createUser(r -> r.userName(name));
            iam.putUserPolicy(r -> r.userName(name).policyName(name).policyDocument(policy));
            var key = iam.createAccessKey(r -> r.userName(name)).accessKey();
            return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
        }
    }

    private synchronized void ensureAdministrator(String accountId) {
        for (int attempt = 1; !administrators.contains(accountId); attempt++) {
            moto.allowUnauthenticated(2);
            try (var iam = unauthenticatedIam(accountId)) {
                try {
                    iam.createRole(r -> r.roleName(ADMINISTRATOR_ROLE).assumeRolePolicyDocument(trustingOrganization()));
                } catch (IamException e) {
                    if (e.statusCode() != 409) {
                        throw e;
                    }
                    // Created in an earlier attempt whose second call lost the window to another request;
                    // the refused call still used one call of the window, the second is left for the policy.
                }
                iam.putRolePolicy(r -> r.roleName(ADMINISTRATOR_ROLE).policyName("AdministratorAccess")
                        .policyDocument(ADMINISTRATOR_POLICY));
                administrators.add(accountId);
            } catch (SdkException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Could not create " + ADMINISTRATOR_ROLE + " in " + accountId, e);
                }
            }
        }
    }

    private static String trustingOrganization() {
        return """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                  "Principal": {"AWS": "arn:aws:iam::%s:root"}}]}""".formatted(VENDOR_ACCOUNT);
    }

    /** IAM in {@code accountId} for the calls of an open window: no retries, as each attempt uses up a call. */
    private IamClient unauthenticatedIam(String accountId) {
        return IamClient.builder().endpointOverride(endpoint()).region(Region.AWS_GLOBAL).credentialsProvider(UNSIGNED)
                .overrideConfiguration(c -> c.putHeader("x-moto-account-id", accountId)
                        .retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @Override
    public void close() {
        closed = true;
        eks.close();
        moto.close();
    }
}
