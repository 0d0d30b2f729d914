package dev.cloudgate.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares why a test class or method may be skipped or aborted even in CI; without it, {@link NoSilentSkips}
 * turns such a skip into a failure there. The reason is read by people, so say what would have to change.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MaySkip {
    String value();
}
