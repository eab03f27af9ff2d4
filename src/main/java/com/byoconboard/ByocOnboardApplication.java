package com.byoconboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Entry point of BYOC Onboard: the self-service wizard that puts a managed database into a customer's AWS account. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ByocOnboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(ByocOnboardApplication.class, args);
    }

    /** One clock for the whole app, so that tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
