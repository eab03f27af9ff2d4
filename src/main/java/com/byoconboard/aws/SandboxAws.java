package com.byoconboard.aws;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The sandbox profile: the whole product on one machine. The app starts {@code moto_server} as its own child
 * process on a free port, points every AWS client at it (see {@link AwsClients}), and stops it on exit.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
class SandboxAws {

    @Bean(destroyMethod = "close")
    MotoServer sandboxMoto() {
        return MotoServer.start();
    }
}
