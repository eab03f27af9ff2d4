package com.byoconboard.testing;

import org.jobrunr.jobs.filters.RetryFilter;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.spring.autoconfigure.JobRunrAutoConfiguration;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * The job engine of an app started from the test class path polls as often as its profile says, also below JobRunr's
 * 5 s floor for database storage (the test profile: 1 s): a step's retry, a tear down's next try and a look at a
 * peering are scheduled jobs, and at 5 s each of them waited seconds in tests whose AWS answers in milliseconds.
 * Everything else is JobRunr's own server, built as its Spring Boot starter builds it, on the app's own database.
 */
@AutoConfiguration(before = JobRunrAutoConfiguration.class)
@ConditionalOnBooleanProperty("jobrunr.background-job-server.enabled")
public class QuickJobPolls {

    @Bean
    BackgroundJobServer backgroundJobServer(StorageProvider storageProvider, JsonMapper jobRunrJsonMapper,
                                            JobActivator jobActivator, BackgroundJobServerConfiguration configuration,
                                            JobRunrProperties properties) {
        var server = new BackgroundJobServer(withoutPollFloor(storageProvider), jobRunrJsonMapper, jobActivator,
                configuration);
        server.setJobFilters(List.of(new RetryFilter(properties.getJobs().getDefaultNumberOfRetries(),
                properties.getJobs().getRetryBackOffTimeSeed())));
        return server;
    }

    /** The same storage, minus the check that refuses a poll interval under 5 s (it is final in JobRunr's base class). */
    private static StorageProvider withoutPollFloor(StorageProvider storage) {
        return (StorageProvider) Proxy.newProxyInstance(StorageProvider.class.getClassLoader(),
                new Class<?>[]{StorageProvider.class}, (proxy, method, args) -> {
                    if (method.getName().equals("validatePollInterval")) {
                        return null;
                    }
                    try {
                        return method.invoke(storage, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
