package dev.cloudgate.http;

import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskService;
import dev.cloudgate.wire.Node;

/** {@code /tasks} of the caller's logon session (SPEC §5.10). */
final class TaskEndpoints {
    private final TaskService tasks;
    private final RelatedLinks related;

    TaskEndpoints(TaskService tasks, RelatedLinks related) {
        this.tasks = tasks;
        this.related = related;
    }

    Reply list(Call call) {
        Node list = Node.list("Tasks", "Task");
        for (Task task : tasks.list(call.session().id())) {
            list.add(TaskViews.task(call.hrefs(), task, "Task", related));
        }
        return Reply.ok(list);
    }

    Reply get(Call call) {
        return Reply.ok(TaskViews.task(call.hrefs(), tasks.find(call.session().id(), call.pathParam("id")), "Task", related));
    }

    Reply delete(Call call) {
        tasks.delete(call.session().id(), call.pathParam("id"));
        return Reply.noContent();
    }

    /** The 202 answer to an operation: the Running task and a Location to poll (SPEC §1.4, §4). */
    static Reply accepted(Call call, Task task) {
        return Reply.accepted(TaskViews.task(call.hrefs(), task, "Task"), call.hrefs().task(task.taskId()));
    }
}
