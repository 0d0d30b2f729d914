package dev.cloudgate.tasks;

/** Task states in declared order (SPEC §4; ordering matters in queries). OperationFinished is never used here. */
public enum TaskState { Running, OperationFinished, Finished }
