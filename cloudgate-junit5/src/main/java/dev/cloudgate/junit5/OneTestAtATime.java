package dev.cloudgate.junit5;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * Under parallel execution, lets one test at a time use a class's server (each resets it), while
 * other classes, each with a server of its own, run at once. {@link CloudgateTest} applies it; with a
 * registered {@link CloudgateExtension}, put {@code @ResourceLock(providers = OneTestAtATime.class)} on the class.
 */
public final class OneTestAtATime implements ResourceLocksProvider {
    @Override
    public Set<Lock> provideForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method testMethod) {
        // A @Nested class shares the server of its outermost class.
        Class<?> owner = enclosingInstanceTypes.isEmpty() ? testClass : enclosingInstanceTypes.get(0);
        return Set.of(new Lock("dev.cloudgate.junit5:" + owner.getName()));
    }
}
