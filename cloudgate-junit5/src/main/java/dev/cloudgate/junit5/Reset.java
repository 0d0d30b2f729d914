package dev.cloudgate.junit5;

/** When the extension puts the store back to its seed. */
public enum Reset {
    /** Before each test (the default): every test starts from the seed, whatever the one before did. */
    PER_TEST,
    /** Once, when the server starts for the class: tests of the class see each other's changes. */
    PER_CLASS
}
