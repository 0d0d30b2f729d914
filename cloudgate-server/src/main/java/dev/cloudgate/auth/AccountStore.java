package dev.cloudgate.auth;

import java.util.List;

/** Accounts, as seeded. */
public interface AccountStore {
    List<Account> accounts();

    void add(Account account);
}
