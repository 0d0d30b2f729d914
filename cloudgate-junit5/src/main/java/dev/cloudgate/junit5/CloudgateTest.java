package dev.cloudgate.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * One in-process cloudgate for the annotated test class: HTTP and HTTPS on free loopback ports, a
 * data directory of its own (deleted afterwards), tasks applied at once, the store reset to the seed
 * before each test. Test and lifecycle methods receive a {@link CloudgateInfo} parameter.
 *
 * <p>With parallel execution, classes run at once (each its own server); the tests of one class
 * run one after another, since each resets the server they share. For other settings (lenient XML,
 * supported versions, any key of {@code cloudgate serve}), register a {@link CloudgateExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CloudgateExtension.class)
@ResourceLock(providers = OneTestAtATime.class)
public @interface CloudgateTest {
    /** The seed: a file path, or {@code classpath:name.yaml}; empty for the demo seed. */
    String seed() default "";

    /** How long a task stays Running before it is applied, e.g. {@code 1s} or {@code 250ms}. */
    String taskDelay() default "0";

    /** When the store goes back to the seed. */
    Reset reset() default Reset.PER_TEST;
}
