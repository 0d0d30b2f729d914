package dev.cloudgate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The CI rule of docs/architecture.md ("Tests"): in CI a test that cannot run fails; outside CI it is skipped as before. */
class NoSilentSkipsTest {

    @Test
    void anAbortInBeforeAllFailsInCiAndIsASkipElsewhere() {
        TestExecutionSummary ci = run(AbortsInBeforeAll.class, true);
        assertThat(ci.getTotalFailureCount()).isEqualTo(1);
        assertThat(ci.getFailures().get(0).getException()).hasMessageContaining("aborted in @BeforeAll in CI");
        TestExecutionSummary local = run(AbortsInBeforeAll.class, false);
        assertThat(local.getTotalFailureCount()).isZero();
        assertThat(local.getContainersAbortedCount()).isEqualTo(1);
    }

    @Test
    void anAbortInATestFailsInCi() {
        assertThat(run(AbortsInTest.class, true).getTotalFailureCount()).isEqualTo(1);
        assertThat(run(AbortsInTest.class, false).getTestsAbortedCount()).isEqualTo(1);
    }

    @Test
    void aConditionalClassFailsInCiUnlessItDeclaresWhyItMaySkip() {
        assertThat(run(EnabledByEnvironment.class, true).getTotalFailureCount()).isEqualTo(1);
        assertThat(run(EnabledByEnvironment.class, false).getTotalFailureCount()).isZero();
        assertThat(run(EnabledByEnvironmentWithReason.class, true).getTotalFailureCount()).isZero();
    }

    /**
     * JUnit asks its own {@code @Disabled} condition before any other, so a plain {@code @Disabled} is still a skip
     * here; run-tests fails CI on it from the surefire report unless its reason starts with "declared: ".
     */
    @Test
    void disabledIsLeftToTheReportCheck() {
        TestExecutionSummary ci = run(DisabledWithoutReason.class, true);
        assertThat(ci.getTotalFailureCount()).isZero();
        assertThat(ci.getContainersSucceededCount()).isEqualTo(1); // the engine only: the class was skipped
    }

    @Test
    void aTestThatRunsIsNotTouched() {
        TestExecutionSummary ci = run(Passes.class, true);
        assertThat(ci.getTotalFailureCount()).isZero();
        assertThat(ci.getTestsSucceededCount()).isEqualTo(1);
    }

    private static TestExecutionSummary run(Class<?> sample, boolean ci) {
        String before = System.getProperty("cloudgate.ci");
        System.setProperty("cloudgate.ci", Boolean.toString(ci));
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(sample))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true").build();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(request, listener);
            return listener.getSummary();
        } finally {
            if (before == null) {
                System.clearProperty("cloudgate.ci");
            } else {
                System.setProperty("cloudgate.ci", before);
            }
        }
    }

    // The samples are nested classes, which surefire does not pick up on its own.

    static class AbortsInBeforeAll {
        @BeforeAll
        static void start() {
            Assumptions.abort("the subject did not start");
        }

        @Test
        void test() {
        }
    }

    static class AbortsInTest {
        @Test
        void test() {
            Assumptions.assumeTrue(false, "not here");
        }
    }

    @Disabled("no reason given")
    static class DisabledWithoutReason {
        @Test
        void test() {
        }
    }

    @EnabledIfEnvironmentVariable(named = "CLOUDGATE_NO_SUCH_VARIABLE", matches = ".+")
    static class EnabledByEnvironment {
        @Test
        void test() {
        }
    }

    @EnabledIfEnvironmentVariable(named = "CLOUDGATE_NO_SUCH_VARIABLE", matches = ".+")
    @MaySkip("a sample of NoSilentSkipsTest")
    static class EnabledByEnvironmentWithReason {
        @Test
        void test() {
        }
    }

    static class Passes {
        @Test
        void test() {
        }
    }
}
