package com.byoconboard;

import com.byoconboard.cli.ByocCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.Arrays;

/** Entry point of BYOC Onboard: the self-service wizard that puts a managed database into a customer's AWS account. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ByocOnboardApplication {

    /** Starts the app; {@code cli ...} instead runs the command line client, without Spring (java -jar app.jar cli). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("cli")) {
            ByocCli.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(ByocOnboardApplication.class, args);
    }

    /** One clock for the whole app, so that tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
