package dev.cloudgate.http;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The representations every object under a backup server shares (managed servers, gateways, pools,
 * tenants): a reference names its owner in an {@code Up} link, a list is references or
 * ({@code format=Entity}) entities. An endpoint gives its two views; this class picks the form.
 */
final class OwnedViews {
    private OwnedViews() {
    }

    /** The two forms of one kind of object; a reference's {@code root} is {@link References#REF} in lists, else {@link References#ENTITY_REF}. */
    record View<T>(Entity<T> entity, Ref<T> ref) {
    }

    @FunctionalInterface
    interface Entity<T> {
        Node of(Hrefs h, T item, BackupServer owner);
    }

    @FunctionalInterface
    interface Ref<T> {
        Node of(Hrefs h, T item, BackupServer owner, String root);
    }

    /** One object, as the call asks for it. */
    static <T> Node one(Call call, T item, BackupServer owner, View<T> view) {
        return Formats.entity(call) ? view.entity().of(call.hrefs(), item, owner) : view.ref().of(call.hrefs(), item, owner, References.ENTITY_REF);
    }

    /** A list of objects of possibly several backup servers, as the call asks for it. */
    static <T> Node list(Call call, Infrastructure infrastructure, List<T> items, Function<T, UUID> ownerId, String listRoot,
            String itemRoot, View<T> view) {
        Map<UUID, BackupServer> owners = infrastructure.backupServers().stream()
                .collect(Collectors.toMap(BackupServer::id, Function.identity()));
        return list(call, items, item -> owners.get(ownerId.apply(item)), listRoot, itemRoot, view);
    }

    /** A list of objects whose owners {@code ownerOf} knows (e.g. all of one backup server). */
    static <T> Node list(Call call, List<T> items, Function<T, BackupServer> ownerOf, String listRoot, String itemRoot, View<T> view) {
        if (Formats.entity(call)) {
            return Node.list(listRoot, itemRoot).addAll(items.stream().map(i -> view.entity().of(call.hrefs(), i, ownerOf.apply(i))).toList());
        }
        return References.refList(items.stream().map(i -> view.ref().of(call.hrefs(), i, ownerOf.apply(i), References.REF)).toList());
    }
}
