package dev.cloudgate.store.jdbc;

import dev.cloudgate.auth.Account;
import dev.cloudgate.auth.AccountStore;
import dev.cloudgate.auth.Role;
import dev.cloudgate.store.Transactor;
import java.util.List;

public final class JdbcAccountStore implements AccountStore {
    private final Transactor tx;

    public JdbcAccountStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public List<Account> accounts() {
        return Jdbc.list(tx.connection(), "select name, password_hash, role from account order by name",
                rs -> new Account(rs.getString("name"), rs.getString("password_hash"), Role.valueOf(rs.getString("role"))));
    }

    @Override
    public void add(Account account) {
        Jdbc.update(tx.write(), "insert into account (name, password_hash, role) values (?, ?, ?)",
                account.name(), account.passwordHash(), account.role().name());
    }
}
