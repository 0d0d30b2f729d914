package dev.cloudgate.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A suite whose subject is PostgreSQL ({@link TestPostgres}). Without {@code CLOUDGATE_TEST_PG_URL} it is
 * skipped with a message on a developer's machine, and fails in CI ({@code CI=true}), where .ci/run always
 * provides a database: a PostgreSQL suite that silently did not run would hide every PostgreSQL bug.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestPostgres.available()) {
                return ConditionEvaluationResult.enabled(TestPostgres.URL_VARIABLE + " is set");
            }
            if (dev.cloudgate.testing.NoSilentSkips.inCi()) {
                throw new IllegalStateException("CI=true but " + TestPostgres.URL_VARIABLE
                        + " is not set: the PostgreSQL suites must run in CI (.ci/run starts a PostgreSQL for them)");
            }
            return ConditionEvaluationResult.disabled(TestPostgres.SKIPPED);
        }
    }
}
