package dev.cloudgate.control;

import java.util.ArrayDeque;
import java.util.List;

/** The last {@code capacity} answered requests, oldest first, for tests to assert on. */
public final class Journal {
    private final int capacity;
    private final ArrayDeque<JournalEntry> entries;

    public Journal(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal size must not be negative");
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public synchronized void record(JournalEntry entry) {
        if (capacity == 0) {
            return;
        }
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }

    public int capacity() {
        return capacity;
    }
}
