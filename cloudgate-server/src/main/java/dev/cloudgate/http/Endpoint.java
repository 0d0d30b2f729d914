package dev.cloudgate.http;

/** Answers one route. Javalin-style: one method on a context. */
@FunctionalInterface
public interface Endpoint {
    Reply handle(Call call);
}
