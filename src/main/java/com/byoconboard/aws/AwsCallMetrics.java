package com.byoconboard.aws;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts and times every SDK call the app makes, by service, operation and outcome ({@code byoc.aws.calls}),
 * and the SDK's retries of them ({@code byoc.aws.retries}). A bean, so {@link AwsClients} puts it on every
 * client it builds, the vendor's and those acting in a customer's account alike.
 */
@Component
class AwsCallMetrics implements ExecutionInterceptor {

    static final String CALLS = "byoc.aws.calls";
    static final String RETRIES = "byoc.aws.retries";

    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("byoc.metrics.started");
    private static final ExecutionAttribute<AtomicInteger> ATTEMPTS = new ExecutionAttribute<>("byoc.metrics.attempts");

    /** How a call ended, as a metric tag: a handful of values, so that dashboards can alert on each. */
    enum Outcome {
        SUCCESS, THROTTLED, SERVER_ERROR, CLIENT_ERROR, UNREACHABLE;

        static Outcome of(Throwable failure) {
            if (failure instanceof AwsServiceException aws) {
                return aws.isThrottlingException() ? THROTTLED : aws.statusCode() >= 500 ? SERVER_ERROR : CLIENT_ERROR;
            }
            return UNREACHABLE;
        }

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry meters;

    AwsCallMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
        attributes.putAttribute(ATTEMPTS, new AtomicInteger());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        var attempts = attributes.getAttribute(ATTEMPTS);
        if (attempts != null && attempts.incrementAndGet() > 1) {
            Counter.builder(RETRIES).description("AWS SDK calls sent again after a throttling, 5xx or network error")
                    .tag("service", service(attributes)).tag("operation", operation(attributes))
                    .register(meters).increment();
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(attributes, Outcome.SUCCESS);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        record(attributes, Outcome.of(context.exception()));
    }

    private void record(ExecutionAttributes attributes, Outcome outcome) {
        Long started = attributes.getAttribute(STARTED);
        Timer.builder(CALLS).description("AWS SDK calls, retries included in their duration")
                .tag("service", service(attributes)).tag("operation", operation(attributes)).tag("outcome", outcome.tag())
                .register(meters)
                .record(started == null ? 0 : System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private static String service(ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        return service == null ? "unknown" : service.toLowerCase(Locale.ROOT);
    }

    private static String operation(ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return operation == null ? "unknown" : operation;
    }
}
