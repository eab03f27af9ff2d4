package com.byoconboard.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * SDK clients acting in one customer account and region through an assumed role; credentials refresh
 * automatically. Clients are built on first use; {@link #close()} releases them all.
 */
public final class CustomerAccount implements AutoCloseable {

    private final String region;
    private final AwsCredentialsProvider credentials;
    private final AwsClients.Factory factory;
    private final List<SdkAutoCloseable> open = new ArrayList<>();
    private Ec2Client ec2;
    private IamClient iam;
    private S3Client s3;
    private EksClient eks;
    private Route53Client route53;
    private StsClient sts;
    private CloudFormationClient cloudFormation;

    CustomerAccount(String region, AwsCredentialsProvider credentials, AwsClients.Factory factory) {
        this.region = region;
        this.credentials = credentials;
        this.factory = factory;
    }

    public String region() {
        return region;
    }

    /** An assumed-role session as STS answered it: the assumed-role user's ARN and the session name asked for. */
    public record Session(String assumedRoleArn, String sessionName) {
    }

    /**
     * The session these clients act in, assuming the role now if they have not yet: proof that the role can be
     * assumed, at the cost of no call the clients would not make anyway.
     *
     * @throws software.amazon.awssdk.core.exception.SdkException STS refused the AssumeRole (asked again next time)
     * @throws IllegalStateException these clients act with credentials someone else obtained, not an assumed role
     */
    public Session session() {
        if (!(credentials instanceof AssumedRole assumed)) {
            throw new IllegalStateException("Not an assumed-role session");
        }
        String arn = assumed.session().assumedRoleUser().arn();
        return new Session(arn, assumed.sessionName());
    }

    public synchronized Ec2Client ec2() {
        return ec2 = lazily(ec2, () -> factory.ec2(region, credentials));
    }

    public synchronized IamClient iam() {
        return iam = lazily(iam, () -> factory.iam(credentials));
    }

    public synchronized S3Client s3() {
        return s3 = lazily(s3, () -> factory.s3(region, credentials));
    }

    public synchronized EksClient eks() {
        return eks = lazily(eks, () -> factory.eks(region, credentials));
    }

    public synchronized Route53Client route53() {
        return route53 = lazily(route53, () -> factory.route53(credentials));
    }

    public synchronized StsClient sts() {
        return sts = lazily(sts, () -> factory.sts(region, credentials));
    }

    public synchronized CloudFormationClient cloudFormation() {
        return cloudFormation = lazily(cloudFormation, () -> factory.cloudFormation(region, credentials));
    }

    private <T extends SdkAutoCloseable> T lazily(T existing, Supplier<T> create) {
        if (existing != null) {
            return existing;
        }
        T client = create.get();
        open.add(client);
        return client;
    }

    @Override
    public synchronized void close() {
        open.forEach(SdkAutoCloseable::close);
        open.clear();
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
