package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsProxy;
import com.byoconboard.aws.MotoServer;
import com.byoconboard.testing.RequiredTool;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One moto server (and the recording, fault-injecting proxy in front of it) for all provisioning tests in
 * this JVM: moto is reset between tests instead of restarted. Both stop when the JVM exits.
 */
final class MotoFixture {

    private static MotoServer moto;
    private static AwsProxy proxy;

    private MotoFixture() {
    }

    static synchronized AwsProxy proxy() {
        if (proxy == null) {
            RequiredTool.require(MotoServer.EXECUTABLE, "Install moto: pip install 'moto[server]'");
            moto = MotoServer.start();
            proxy = AwsProxy.to(moto.endpoint());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                proxy.close();
                moto.close();
            }));
        }
        return proxy;
    }

    static synchronized MotoServer moto() {
        proxy();
        return moto;
    }

    /**
     * An empty emulated AWS for the next test: resources of earlier tests would count against the account's
     * quotas (the quota pre-flight check fails a run beyond 5 VPCs).
     */
    static AwsProxy fresh() {
        moto().reset();
        proxy.reset();
        return proxy;
    }

    /** Points every AWS client of the app under test at the proxy. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("byoc.aws.endpoint", () -> proxy().endpoint().toString());
    }
}
