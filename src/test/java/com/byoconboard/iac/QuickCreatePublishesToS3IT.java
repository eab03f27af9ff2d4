package com.byoconboard.iac;

import com.byoconboard.aws.MotoServer;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.testing.RequiredTool;
import com.byoconboard.ui.Translations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick-create link on moto's S3: its template URL is an https S3 URL (all AWS accepts), the object behind
 * it exists in the vendor's bucket (created on first use, outside us-east-1 to need a location constraint) and
 * is the rendered template, every template parameter is pre-filled, and an unchanged template is not uploaded
 * again while a changed one gets a new URL. moto serves the bucket by path, so the test reads the object by
 * the URL's bucket and key rather than fetching the virtual-host URL itself.
 */
class QuickCreatePublishesToS3IT {

    static final String BUCKET = "byoc-test-templates";
    static final String REGION = "eu-west-1";

    static MotoServer moto;
    static S3Client s3;
    static IacGenerator generator;
    static final AtomicInteger s3ClientRequests = new AtomicInteger();

    @BeforeAll
    static void start() {
        RequiredTool.require(MotoServer.EXECUTABLE, "Install it with: pip install 'moto[server]'");
        moto = MotoServer.start();
        s3 = S3Client.builder().region(Region.of(REGION)).endpointOverride(moto.endpoint()).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        var properties = new IacProperties(IacFixtures.VENDOR_ACCOUNT, "ClickHouseManagementRole", Map.of(),
                null, BUCKET, REGION);
        var publisher = new TemplatePublisher(properties, new PublicBaseUrl(properties, new MockEnvironment()), () -> {
            s3ClientRequests.incrementAndGet();
            return s3;
        });
        generator = new IacGenerator(properties, publisher, new Translations());
    }

    @AfterAll
    static void stop() {
        if (s3 != null) {
            s3.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void theLinkNamesAnHttpsS3ObjectThatIsTheRenderedTemplateWithEveryParameterFilledIn() throws Exception {
        Onboarding onboarding = IacFixtures.example();
        URI link = generator.quickCreateUrl(onboarding, IacTemplate.BOOTSTRAP_ROLE).orElseThrow();
        Map<String, String> query = quickCreateQuery(link);

        URI template = URI.create(query.get("templateURL"));
        assertThat(template.getScheme()).isEqualTo("https");
        assertThat(template.getHost()).isEqualTo(BUCKET + ".s3." + REGION + ".amazonaws.com");
        String key = template.getPath().substring(1);
        assertThat(key).startsWith("quick-create/" + onboarding.id() + "/").endsWith("/bootstrap-role.yaml");
        String rendered = generator.cloudFormation(onboarding, IacTemplate.BOOTSTRAP_ROLE).orElseThrow();
        assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asUtf8String()).isEqualTo(rendered);

        var parameters = new YAMLMapper().readTree(rendered).get("Parameters").propertyNames();
        assertThat(parameters).isNotEmpty();
        for (String parameter : parameters) {
            assertThat(query).containsKey("param_" + parameter);
        }
        assertThat(query.get("param_ExternalId")).isEqualTo(IacFixtures.EXTERNAL_ID);
    }

    @Test
    void anUnchangedTemplateIsUploadedOnceAndAChangedOneGetsANewUrl() {
        Onboarding onboarding = IacFixtures.example();
        int before = s3ClientRequests.get();
        URI first = generator.quickCreateUrl(onboarding, IacTemplate.BOOTSTRAP_ROLE).orElseThrow();
        URI again = generator.quickCreateUrl(onboarding, IacTemplate.BOOTSTRAP_ROLE).orElseThrow();
        assertThat(again).isEqualTo(first);
        assertThat(s3ClientRequests.get() - before).isEqualTo(1);

        Onboarding changed = new Onboarding(onboarding.id(), onboarding.organizationId(), onboarding.state(),
                onboarding.inputs().withBootstrapRole(r -> r.withAllowVpcWrite(false)), onboarding.externalId(),
                onboarding.revision(), onboarding.version() + 1, onboarding.createdAt(), onboarding.updatedAt());
        URI other = generator.quickCreateUrl(changed, IacTemplate.BOOTSTRAP_ROLE).orElseThrow();
        assertThat(quickCreateQuery(other).get("templateURL")).isNotEqualTo(quickCreateQuery(first).get("templateURL"));
    }

    /** The parameters after {@code #/stacks/quickcreate?} of a console link, decoded. */
    private static Map<String, String> quickCreateQuery(URI link) {
        String fragment = link.getRawFragment();
        return Arrays.stream(fragment.substring(fragment.indexOf('?') + 1).split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
