package dev.cloudgate.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * In CI ({@code CI=true}, as .ci/run sets it) a test that cannot run fails instead of vanishing: an abort
 * (a failed assumption) in a test or in {@code @BeforeAll}/{@code @BeforeEach} becomes a failure, and a class
 * or method that carries one of JUnit's conditional annotations ({@code @EnabledIf…}, {@code @DisabledOnOs}, …)
 * fails to start, unless it declares why with {@link MaySkip}. A plain {@code @Disabled} is decided by JUnit
 * before any extension is asked; run-tests refuses it from the surefire report unless its reason starts with
 * "declared: ". Outside CI nothing changes, so a developer without a database still
 * gets the skip and its message.
 *
 * <p>Registered for every module through {@code META-INF/services} and
 * {@code junit.jupiter.extensions.autodetection.enabled} (the parent POM's surefire configuration); run-tests
 * also refuses any skipped test in the surefire reports under CI, which covers other engines (jqwik).
 */
public final class NoSilentSkips implements ExecutionCondition, LifecycleMethodExecutionExceptionHandler, TestExecutionExceptionHandler {

    /** {@code CI=true}; the system property {@code cloudgate.ci}, when set, decides instead (NoSilentSkipsTest). */
    public static boolean inCi() {
        String property = System.getProperty("cloudgate.ci");
        return property != null ? Boolean.parseBoolean(property) : "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (inCi() && declaredReason(context).isEmpty()) {
            context.getElement().flatMap(NoSilentSkips::conditional).ifPresent(annotation -> {
                throw new IllegalStateException(context.getDisplayName() + " carries @" + annotation.annotationType().getSimpleName()
                        + ", which may skip it in CI without a declared reason; run it, or add @MaySkip(\"why\")");
            });
        }
        return ConditionEvaluationResult.enabled("no silent skips");
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw refused(context, throwable, "the test");
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw refused(context, throwable, "@BeforeAll");
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw refused(context, throwable, "@BeforeEach");
    }

    private static Throwable refused(ExtensionContext context, Throwable throwable, String where) {
        if (throwable instanceof TestAbortedException && inCi() && declaredReason(context).isEmpty()) {
            return new AssertionError(context.getDisplayName() + " was aborted in " + where + " in CI without a declared reason"
                    + " (a test that cannot start its subject must fail, not vanish): " + throwable.getMessage(), throwable);
        }
        return throwable;
    }

    private static Optional<String> declaredReason(ExtensionContext context) {
        Optional<MaySkip> onMethod = context.getTestMethod().map(m -> m.getAnnotation(MaySkip.class));
        if (onMethod.isPresent()) {
            return onMethod.map(MaySkip::value);
        }
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Optional<MaySkip> onClass = c.get().getTestClass().map(k -> k.getAnnotation(MaySkip.class));
            if (onClass.isPresent()) {
                return onClass.map(MaySkip::value);
            }
        }
        return Optional.empty();
    }

    /** {@code @Disabled} or any annotation of {@code org.junit.jupiter.api.condition}, directly or as a meta-annotation. */
    private static Optional<Annotation> conditional(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations()).filter(NoSilentSkips::isConditional).findFirst();
    }

    private static boolean isConditional(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        if (type == Disabled.class || type.getPackageName().equals("org.junit.jupiter.api.condition")) {
            return true;
        }
        return !type.getPackageName().startsWith("java.lang") && Arrays.stream(type.getAnnotations())
                .anyMatch(meta -> meta.annotationType() == Disabled.class
                        || meta.annotationType().getPackageName().equals("org.junit.jupiter.api.condition"));
    }
}
