package com.byoconboard.aws;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The sandbox profile: the whole product on one machine. The app starts {@code moto_server} (IAM enforced, and a
 * second one for EKS) as its own child processes on free ports, points every AWS client at them and signs as the
 * emulated vendor user (see {@link AwsClients}), and stops them on exit; they also stop when the app is killed
 * ({@link MotoServer}), and start empty each time (runs recorded before are marked lost in provisioning).
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
class SandboxAws {

    @Bean(destroyMethod = "close")
    EmulatedAws emulatedAws() {
        return EmulatedAws.start();
    }
}
